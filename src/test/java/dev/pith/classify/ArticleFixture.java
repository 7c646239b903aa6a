package dev.pith.classify;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;

/** A short article in a browser copy, for the tests of the steps that decide what follows an article's body. */
final class ArticleFixture {
    /** One paragraph of the article; the article holds it four times, numbered. */
    static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes next year.";
    /** The article's last paragraph. */
    static final String LAST = PROSE + " Four.";

    private ArticleFixture() {
    }

    /**
     * The labels of a dump of the headline, {@code byline} (none when null), the article's four paragraphs and
     * then the lines {@code after}, blocks separated by {@code separator}.
     */
    static Classification classify(String byline, List<String> after, String separator) {
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget"));
        if (byline != null) {
            lines.add(byline);
        }
        lines.addAll(List.of(PROSE, PROSE + " Two.", PROSE + " Three.", LAST));
        lines.addAll(after);
        String dump = String.join(separator, lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    /** Whether the block of this text is in the body. */
    static boolean kept(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label().isContent();
    }
}
