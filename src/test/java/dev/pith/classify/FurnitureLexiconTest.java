package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FurnitureLexiconTest {
    private static Label kind(String text) {
        FurnitureLexicon.Match m = FurnitureLexicon.get().match(text, text.split("\\s+").length);
        return m == null ? null : m.kind();
    }

    @Test
    void linkLabelRunIntoItsTextByABrowserCopyIsStillRecognised() {
        assertEquals(Label.RELATED, kind("Read alsoThe Malian army invades the former UN camp of Goundam without incident"));
        assertEquals(Label.PROMPT, kind("NewsletterGet all the latest international news straight to your inbox"));
    }

    @Test
    void wholeLinePhrasesMatchWhateverTheirCaseAndEdgePunctuation() {
        assertEquals(Label.ADVERTISING, kind("ADVERTISEMENT"));
        assertEquals(Label.SHARE, kind("Share:"));
        assertEquals(Label.MOST_READ, kind("Most read"));
        assertEquals(Label.COMMENTS, kind("12 Comments"));
        assertEquals(Label.ADVERTISING, kind("Anzeige"));
    }

    @Test
    void aWordThatOnlyStartsLikeAPhraseDoesNotMatch() {
        assertNull(kind("Shares of Apple rose 3% on Tuesday after the results."));
        assertNull(kind("Subscribers to the service will pay more from March."));
    }

    @Test
    void aFormsDataConsentAndTheSubscriptionConfirmationAreFurniture() {
        assertEquals(Label.COOKIE, kind("By submitting this form you agree to Example Magazine using your data for "
                + "the purposes of publishing your comment."));
        assertEquals(Label.COOKIE, kind("You may revoke this consent at any time with effect for the future, in "
                + "which case your personal data will be deleted immediately."));
        assertEquals(Label.PROMPT, kind("You have successfully subscribed. Thank you!"));
        assertNull(kind("The regulator said consumers may revoke contracts signed at the door within two weeks."));
    }

    @Test
    void copyrightLinesAreFooter() {
        assertEquals(Label.FOOTER, kind("© 2023 Example Media. All rights reserved."));
        assertEquals(Label.FOOTER, kind("Copyright 2019 Hawaii News Now. All rights reserved."));
    }

    @Test
    void longProseIsNeverMatchedByAPrefix() {
        String prose = "Read more about how the council spent the money in a report that runs to many pages and was "
                + "published on Monday by the independent auditor after months of delay and argument between parties.";
        assertNull(kind(prose));
    }
}
