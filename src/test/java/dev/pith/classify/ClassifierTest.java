package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes.";

    private static Classification classify(String dump) {
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    private static Label labelOf(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label();
    }

    @Test
    void menuAboveTheArticleAndFooterBelowAreRemoved() {
        String dump = String.join("\n", "Home", "World", "Sport", "Council approves budget", PROSE, PROSE, PROSE,
                "About us", "Contact", "© 2024 Town News");
        Classification c = classify(dump);
        assertEquals(Label.NAVIGATION, labelOf(c, "Home"));
        assertEquals(Label.FURNITURE, labelOf(c, "World"));
        assertEquals(Label.HEADLINE, labelOf(c, "Council approves budget"));
        assertEquals(Label.PARAGRAPH, labelOf(c, PROSE));
        assertEquals(Label.FOOTER, labelOf(c, "About us"));
        assertEquals(Label.FOOTER, labelOf(c, "© 2024 Town News"));
    }

    @Test
    void advertisingBetweenParagraphsIsRemovedWithoutCuttingTheArticle() {
        Classification c = classify(String.join("\n", "Headline of the story", PROSE, "Advertisement", PROSE + " Again."));
        assertEquals(Label.ADVERTISING, labelOf(c, "Advertisement"));
        assertEquals(Label.PARAGRAPH, labelOf(c, PROSE + " Again."));
    }

    @Test
    void shortTitleLineBetweenParagraphsIsASubheading() {
        Classification c = classify(String.join("\n", "Headline of the story", PROSE, "What happens next",
                PROSE + " Again."));
        assertEquals(Label.SUBHEADING, labelOf(c, "What happens next"));
    }

    @Test
    void commentsAfterTheArticleAreComments() {
        String comment = "I think this is a terrible idea and the council should be ashamed of itself, frankly.";
        Classification c = classify(String.join("\n", "Headline of the story", PROSE, PROSE + " Two.", PROSE + " Three.",
                PROSE + " Four.", "3 Comments", "Jane says:", comment));
        assertEquals(Label.COMMENTS, labelOf(c, "3 Comments"));
        assertEquals(Label.COMMENTS, labelOf(c, comment));
    }

    @Test
    void mostReadHeadingTakesTheListUnderIt() {
        Classification c = classify(String.join("\n", "Headline of the story", PROSE, PROSE + " Two.", "Most read",
                "1", "23/11/2023", "Another story about something else"));
        assertEquals(Label.MOST_READ, labelOf(c, "1"));
        assertEquals(Label.MOST_READ, labelOf(c, "23/11/2023"));
        assertEquals(Label.MOST_READ, labelOf(c, "Another story about something else"));
    }

    @Test
    void lineEndingWithAnAgencyCreditIsACaption() {
        String caption = "Malian army vehicle in Timbuktu, September 9, 2021. AFP - MAIMOUNA MORO";
        Classification c = classify(String.join("\n", "Headline of the story", PROSE, caption, PROSE + " Two."));
        assertEquals(Label.CAPTION, labelOf(c, caption));
    }

    @Test
    void everyBlockGetsADecidedLabel() {
        Classification c = classify(String.join("\n", List.of("x", "Headline", PROSE, "y", "z")));
        c.blocks().forEach(b -> assertNotEquals(Label.UNDECIDED, b.label(), b.text()));
    }
}
