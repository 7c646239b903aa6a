package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    private static final String PROSE = "Can't help sharing this lovely example, which shows the way the interpreter "
            + "keeps small integers and what the lower level functions of the language can do with them.";

    @Test
    void bulletedTitleOfATextBrowserDumpCanBeTheHeadline() {
        // w3m draws a blog's list of posts with bullets: the post's title stands in the first entry
        String dump = String.join("\n", "Four Years Remaining", "", "[          ][Search]",
                "  • Interning of Small Integers in Python", "", "    Posted by Konstantin 21.10.2019", "",
                "    " + PROSE, "", "    " + PROSE);
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.TEXT_BROWSER),
                DumpStyle.TEXT_BROWSER, "en");
        LabeledBlock title = c.blocks().stream().filter(b -> b.text().equals("Interning of Small Integers in Python"))
                .findFirst().orElseThrow();
        assertEquals(Label.HEADLINE, title.label());
    }

    @Test
    void titleCaseNeedsEveryLongWordCapitalised() {
        assertEquals(true, HeadlineFeatures.titleCase("The Endorsement Race Is Getting Interesting"));
        assertEquals(false, HeadlineFeatures.titleCase("Report claims universities have created a pool of staff"));
        assertEquals(false, HeadlineFeatures.titleCase("About Us"));
    }

    @Test
    void lineStartingInLowerCaseIsAWrappedSentenceNotATitle() {
        assertEquals(true, HeadlineFeatures.startsLower("a before advice to the vc-checkin functions of the time"));
        assertEquals(true, HeadlineFeatures.startsLower("„kein App Store mehr“"));
        assertEquals(false, HeadlineFeatures.startsLower("Meta-Programming In Emacs Using Defadvice"));
        assertEquals(false, HeadlineFeatures.startsLower("15 jahre rete-mirabile.net"));
    }

    @Test
    void textBrowserPictureIsBracketedOrAFileName() {
        assertTrue(HeadlineFeatures.imageMarker("[csm_FINA_LOGO_FUKUOKA_df74dcd6b8]"));
        assertTrue(HeadlineFeatures.imageMarker("GettyImages_tote_Taube"));
        assertFalse(HeadlineFeatures.imageMarker("[Suche starten]"));
        assertFalse(HeadlineFeatures.imageMarker("Effiziente Hybridbatterie"));
    }

    @Test
    void separatorsAreCountedOnlyWithSpacesAround() {
        assertEquals(3, HeadlineFeatures.separators("Erfahrung, faire Preise! | Gas | Strom | Dienstleistungen"));
        assertEquals(2, HeadlineFeatures.separators("Start » Film » Geschichte"));
        assertEquals(0, HeadlineFeatures.separators("Zug um Zug/Schritt für Schritt: 24/7 erreichbar"));
    }

    @Test
    void personNameIsTwoOrThreeCapitalisedWordsFromAGivenName() {
        assertTrue(HeadlineFeatures.personName("Nicole Collignon", features("Nicole Collignon")));
        assertFalse(HeadlineFeatures.personName("Effiziente Hybridbatterie", features("Effiziente Hybridbatterie")));
        assertFalse(HeadlineFeatures.personName("Nicole sagt: Danke für alles",
                features("Nicole sagt: Danke für alles")));
    }

    @Test
    void lineHoldingTheDateOfADay() {
        assertTrue(HeadlineFeatures.holdsDate("Blog » frag.jetzt « 28. Juni 2019", features("Blog » frag.jetzt « 28. Juni 2019")));
        assertFalse(HeadlineFeatures.holdsDate("Fünf HR-Trends 2023", features("Fünf HR-Trends 2023")));
        assertFalse(HeadlineFeatures.holdsDate("Effiziente Hybridbatterie", features("Effiziente Hybridbatterie")));
    }

    @Test
    void shortCandidatesInARowAreAMenu() {
        String dump = String.join("\n", "Ein Dokumentarprojekt", "Start", "Film", "Vorführungen", "Geschichte",
                "Klänge des langen Verschweigens", PROSE, PROSE + " Two.");
        Classification c = TrainHeadlineModel.beforeHeadline(Segmenter.segment(dump, DumpStyle.BROWSER_COPY),
                DumpStyle.BROWSER_COPY);
        int start = Headline.start(c);
        HeadlineFeatures.Context ctx = new HeadlineFeatures.Context(c, Headline.candidates(c, start), start);
        assertTrue(ctx.inMenuRun(2));
        assertFalse(ctx.inMenuRun(5));
    }

    @Test
    void siteNameIsAMinorPartOfThePageTitle() {
        String dump = String.join("\n", "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts | MDR.DE", "", "MDR.DE",
                "", "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts", "", PROSE, "", PROSE);
        Classification c = TrainHeadlineModel.beforeHeadline(Segmenter.segment(dump, DumpStyle.SCRAPER), DumpStyle.SCRAPER);
        int start = Headline.start(c);
        HeadlineFeatures.Context ctx = new HeadlineFeatures.Context(c, Headline.candidates(c, start), start);
        int site = indexOf(c, "MDR.DE");
        int title = indexOf(c, "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts");
        assertTrue(ctx.minorPartOfPageTitle(site));
        assertFalse(ctx.minorPartOfPageTitle(title));
    }

    private static Features features(String text) {
        Classification c = TrainHeadlineModel.beforeHeadline(Segmenter.segment(text, DumpStyle.BROWSER_COPY),
                DumpStyle.BROWSER_COPY);
        return c.get(0).features();
    }

    private static int indexOf(Classification c, String text) {
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void featureVectorHasOneValuePerNameAndTheStylesOwnCopy() {
        String dump = String.join("\n", "Harbour Times | Home", "", "Council approves the harbour budget", "", PROSE, "", PROSE);
        Classification c = TrainHeadlineModel.beforeHeadline(Segmenter.segment(dump, DumpStyle.SCRAPER), DumpStyle.SCRAPER);
        int start = Headline.start(c);
        java.util.List<Integer> candidates = Headline.candidates(c, start);
        HeadlineFeatures.Context ctx = new HeadlineFeatures.Context(c, candidates, start);
        for (int i : candidates) {
            double[] v = HeadlineFeatures.of(c, i, start, ctx);
            assertEquals(HeadlineFeatures.names().size(), v.length);
            int n = HeadlineFeatures.sharedCount();
            for (int j = 0; j < n; j++) { // the copies of a browser copy, a text browser, a scraper
                assertEquals(0, v[n + j]);
                assertEquals(0, v[2 * n + j]);
                assertEquals(v[j], v[3 * n + j]);
            }
        }
    }

    @Test
    void theTitleTheCommentsHeadingQuotesIsTheHeadline() {
        // a blog post under the link to the previous post, its comments heading quoting the title (shape of a real dump)
        String dump = String.join("\n", "Startseite", "← Das F-Wort – Teil 2", "3 Jahre legalisierte Genitalverstümmelung",
                PROSE, PROSE + " Two.", PROSE + " Three.", "6 Kommentare zu “3 Jahre legalisierte Genitalverstümmelung”",
                "Anna sagt:", "Danke für den Beitrag.");
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY),
                DumpStyle.BROWSER_COPY, "de");
        assertEquals(Label.HEADLINE, c.get(2).label());
        assertTrue(c.get(2).reason().startsWith("the title the comments heading quotes"), c.get(2).reason());
    }

    @Test
    void aCommentsHeadingWhoseQuoteIsNoBlockChoosesNothing() {
        String dump = String.join("\n", "Startseite", "Another title", PROSE, PROSE + " Two.",
                "2 thoughts on “A title the page does not show”", "Anna says:");
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY),
                DumpStyle.BROWSER_COPY, "en");
        assertEquals(-1, Headline.quotedByComments(c, new BlockKeys(c)));
    }

    @Test
    void onlyATextEndingWithAClosingQuoteCanBeACommentsHeading() {
        assertTrue(Headline.endsWithClosingQuote("5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”"));
        assertTrue(Headline.endsWithClosingQuote("3 Gedanken zu „Ein Titel“"));
        assertEquals(false, Headline.endsWithClosingQuote("5 thoughts on this post"));
    }

    @Test
    void aPageTitleSplitsAtEachSeparatorIntoItsLongerParts() {
        assertEquals(java.util.Set.of("the new budget | town news - local", "the new budget", "town news - local",
                "the new budget | town news", "local"), Headline.titleParts("the new budget | town news - local"));
        assertEquals(java.util.Set.of("a title"), Headline.titleParts("a title"));
        assertEquals(java.util.Set.of("ab | cd"), Headline.titleParts("ab | cd"));
    }

    @Test
    void theKeyLowerCasesUnifiesQuotesAndDashesAndCollapsesWhiteSpace() {
        assertEquals("hello, \"world\" - again", Headline.key("  Hello,\t\u201cWorld\u201d \u2014  Again "));
        assertEquals("plain ascii title", Headline.key("Plain  ASCII\nTitle"));
        assertEquals("fi is fi", Headline.key("\ufb01 IS fi"));
    }
}
