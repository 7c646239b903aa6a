package dev.pith.classify;

import static dev.pith.classify.ArticleFixture.LAST;
import static dev.pith.classify.ArticleFixture.PROSE;
import static dev.pith.classify.ArticleFixture.kept;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruncatedTeasersTest {
    private static final String FIRST = "Police say the driver of the truck that crashed on the bridge on Monday "
            + "night had been awake for more than twenty hours before …";
    private static final String SECOND = "The school board will vote next week on a plan to close two of the "
            + "district's oldest buildings and move their pupils to …";

    private static Classification classify(List<String> after) {
        return ArticleFixture.classify(null, after, "\n\n");
    }

    @Test
    void twoTeasersCutOffWithAnEllipsisAfterTheArticleAreAList() {
        Classification c = classify(List.of(FIRST, SECOND));
        assertFalse(kept(c, FIRST));
        assertFalse(kept(c, SECOND));
        assertTrue(kept(c, LAST));
    }

    @Test
    void oneSentenceTrailingOffStays() {
        Classification c = classify(List.of(FIRST, PROSE + " Five.", PROSE + " Six.", PROSE + " Seven.", SECOND));
        assertTrue(kept(c, FIRST));
        assertTrue(kept(c, SECOND));
    }

    @Test
    void anEllipsisEndsTheTextWithOrWithoutASpace() {
        assertTrue(TruncatedTeasers.endsWithEllipsis("Die neuen Farben…"));
        assertTrue(TruncatedTeasers.endsWithEllipsis("the plan to move their pupils to ... "));
        assertFalse(TruncatedTeasers.endsWithEllipsis("The plan was approved."));
    }
}
