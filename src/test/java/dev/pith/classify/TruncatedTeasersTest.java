package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncatedTeasersTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes next year.";
    private static final String FIRST = "Police say the driver of the truck that crashed on the bridge on Monday "
            + "night had been awake for more than twenty hours before …";
    private static final String SECOND = "The school board will vote next week on a plan to close two of the "
            + "district's oldest buildings and move their pupils to …";

    private static Classification classify(List<String> after) {
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget", PROSE, PROSE + " Two.",
                PROSE + " Three.", PROSE + " Four."));
        lines.addAll(after);
        String dump = String.join("\n\n", lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    private static boolean kept(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label().isContent();
    }

    @Test
    void twoTeasersCutOffWithAnEllipsisAfterTheArticleAreAList() {
        Classification c = classify(List.of(FIRST, SECOND));
        assertFalse(kept(c, FIRST));
        assertFalse(kept(c, SECOND));
        assertTrue(kept(c, PROSE + " Four."));
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
