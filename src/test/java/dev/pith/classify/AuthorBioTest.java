package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorBioTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes next year.";

    private static Classification classify(String byline, List<String> after) {
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget", byline, PROSE,
                PROSE + " Two.", PROSE + " Three.", PROSE + " Four."));
        lines.addAll(after);
        String dump = String.join("\n\n", lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    private static boolean kept(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label().isContent();
    }

    @Test
    void aLastParagraphOpeningWithTheBylinesNameIsTheAuthorsBio() {
        // the shape of real dumps' author boxes (Los Angeles Times, FiveThirtyEight)
        String bio = "Jane Miller writes about a broad range of policy issues out of the city hall, with "
                + "particular focus on schools and transport.";
        Classification c = classify("By Jane Miller", List.of(bio));
        assertFalse(kept(c, bio));
        assertTrue(kept(c, PROSE + " Four."));
    }

    @Test
    void theGivenNameAloneOpensABioToo() {
        String bio = "Jane is a reporter covering housing, schools and transport for the Gazette and has written "
                + "about the city council since she joined the paper.";
        assertFalse(kept(classify("By Jane Miller", List.of(bio)), bio));
    }

    @Test
    void withoutABylineOrWithAnotherNameTheLastParagraphStays() {
        String last = "Jane Miller is a teacher at the school and said the budget came too late for this year.";
        assertTrue(kept(classify("Posted on the council's site", List.of(last)), last));
        assertTrue(kept(classify("By Rob Crilly", List.of(last)), last));
    }

    @Test
    void theNameMustBeTheSubjectNotTheStartOfALongerName() {
        List<String> names = List.of("Jane Miller", "Jane");
        assertEquals("Jane Miller", AuthorBio.openingName("Jane Miller ist Redakteurin bei der Zeitung.", names));
        assertNull(AuthorBio.openingName("Jane Millerson said the vote was close.", names));
        assertNull(AuthorBio.openingName("Jane: the vote was close.", names));
    }
}
