package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
