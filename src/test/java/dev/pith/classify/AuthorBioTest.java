package dev.pith.classify;

import static dev.pith.classify.ArticleFixture.PROSE;
import static dev.pith.classify.ArticleFixture.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorBioTest {
    private static Classification classify(String byline, List<String> after) {
        return ArticleFixture.classify(byline, after, "\n\n");
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
