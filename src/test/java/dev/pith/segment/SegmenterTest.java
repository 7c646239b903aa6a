package dev.pith.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void browserCopyGivesOneBlockPerNonBlankLine() {
        List<Block> blocks = Segmenter.segment("Headline\n\nFirst paragraph.\nSecond paragraph.\n", DumpStyle.BROWSER_COPY);
        assertEquals(List.of("Headline", "First paragraph.", "Second paragraph."), texts(blocks));
        assertEquals(3, blocks.get(1).firstLine());
        assertTrue(blocks.get(1).blankBefore());
        assertFalse(blocks.get(2).blankBefore());
    }

    @Test
    void textBrowserLinesWrappedAtTheMarginAreJoinedBackIntoOneParagraph() {
        // lines as w3m wraps them at 80 columns (from a real dump)
        String dump = """
                Americans have gone to the polls four times this month to vote in major,
                statewide races. In Virginia, they voted for control of the state Legislature;
                in Mississippi, Kentucky and Louisiana, they voted for control of the
                governor’s mansion. In each case, President Trump tied himself to the outcome.

                Short line
                Another short line
                """;
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.TEXT_BROWSER);
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(0).text().startsWith("Americans have gone"));
        assertTrue(blocks.get(0).text().endsWith("tied himself to the outcome."));
        assertTrue(blocks.get(0).text().contains("major, statewide races"));
        assertEquals("1-4", blocks.get(0).lines());
        assertEquals(List.of("Short line", "Another short line"), texts(blocks.subList(1, 3)));
    }

    @Test
    void textBrowserLinesWrappedAtANarrowerColumnAreJoinedToo() {
        // a blog's text column wrapped at 65 columns while the page's menu reaches 80 (from a real dump)
        String dump = """
                Home   Archive   About   Contact   Subscribe   Search this blog   Older posts

                Advice came to Emacs lisp in the summer of 1994, when module
                advice.el shipped as part of Emacs 19.23. A few weeks later, a
                colleague at work (Win Treese) wrote up a simple example that added
                a before advice to the vc-checkin functions of the time to create
                an RCS subdirectory if one did not exist.

                Menu
                Older Post
                Home
                """;
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.TEXT_BROWSER);
        assertEquals(5, blocks.size());
        assertTrue(blocks.get(1).text().startsWith("Advice came to Emacs lisp"));
        assertTrue(blocks.get(1).text().endsWith("if one did not exist."));
        assertEquals(List.of("Menu", "Older Post", "Home"), texts(blocks.subList(2, 5)));
    }

    @Test
    void textBrowserFormFieldsAreNotUnwrappedIntoOneBlock() {
        // a comment form's empty fields as w3m draws them (from a real dump), then the field's label
        String field = "       [                                             ]\n";
        String prose = """
                Americans have gone to the polls four times this month to vote in major,
                statewide races. In Virginia, they voted for control of the state Legislature;
                in Mississippi, Kentucky and Louisiana, they voted for control of the
                governor’s mansion. In each case, President Trump tied himself to the outcome.

                """;
        String dump = prose + "Leave a Reply\n\n" + field.repeat(7) + "Comment[                                             ]\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.TEXT_BROWSER);
        assertEquals(10, blocks.size(), texts(blocks).toString());
    }

    @Test
    void textBrowserBulletStartsAListItemEvenAfterAWrappedLine() {
        String dump = "This is a long line of text that goes right up to the margin of the page here\n"
                + "  • first item\n  • second item\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.TEXT_BROWSER);
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(1).bulleted());
        assertEquals("first item", blocks.get(1).text());
    }

    @Test
    void textBrowserDateWithADayNumberIsNotANumberedListItem() {
        List<Block> blocks = Segmenter.segment("14. November 2019\n\n1. first item\n", DumpStyle.TEXT_BROWSER);
        assertEquals("14. November 2019", blocks.get(0).text());
        assertFalse(blocks.get(0).bulleted());
        assertEquals("first item", blocks.get(1).text());
        assertTrue(blocks.get(1).bulleted());
    }

    @Test
    void scraperFragmentsSplitByLinksAreJoinedIntoTheirSentence() {
        // text nodes as a scraper's get_text() leaves them around a link (from a real dump)
        String dump = "“Governor @MattBevin has done a wonderful job!” Trump \ntweeted\n before Election Day.\n"
                + "Next paragraph.\nBy\n \nJamelle Bouie\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.SCRAPER);
        assertEquals(List.of("“Governor @MattBevin has done a wonderful job!” Trump tweeted before Election Day.",
                "Next paragraph.", "By Jamelle Bouie"), texts(blocks));
        assertEquals("1-3", blocks.get(0).lines());
    }

    @Test
    void scraperRunOfSingleSpaceLinesEndsTheBlockButOneSpaceLineJoins() {
        // a news site's menu and the text after it as get_text() leaves them (lines from a real dump): one
        // white-space node between inline links, several between nested block elements
        String dump = "Page title\n \n \nSkip to content\n \n \n \nHI NOW\n \nTributes\n \nJobs\n \n \n \n"
                + "Honolulu, HI\n \nFull Forecast\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.SCRAPER);
        assertEquals(List.of("Page title", "Skip to content", "HI NOW Tributes Jobs", "Honolulu, HI Full Forecast"),
                texts(blocks));
        assertEquals("8-12", blocks.get(2).lines());
    }

    @Test
    void scraperLineRepeatingTheTitleIsABlockOfItsOwn() {
        // the h1 after a menu's last item, with the white space a scraper leaves around it (shape of a real dump)
        String dump = "Shelter asks for a quiet New Year – City Animal Shelter\n\nContact\nReport cruelty\n"
                + " Shelter asks for a quiet New Year\n \nPublished on\n \nDecember 29, 2021\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.SCRAPER);
        assertEquals(List.of("Shelter asks for a quiet New Year – City Animal Shelter", "Contact", "Report cruelty",
                "Shelter asks for a quiet New Year", "Published on December 29, 2021"), texts(blocks));
    }

    @Test
    void titleRepeatIsTheWholeTitleOrItsPartBesideASeparator() {
        String title = "Shelter asks for a quiet New Year – City Animal Shelter";
        assertTrue(InlineJoinedBlocks.repeatsTitle(title, title));
        assertTrue(InlineJoinedBlocks.repeatsTitle("Shelter asks for a quiet New Year", title));
        assertTrue(InlineJoinedBlocks.repeatsTitle("City Animal Shelter", title), "the site's part is a repeat too");
        assertTrue(InlineJoinedBlocks.repeatsTitle("Quiet New Year", "News | Quiet New Year"));
        assertFalse(InlineJoinedBlocks.repeatsTitle("Shelter asks", title), "not at a separator");
        assertFalse(InlineJoinedBlocks.repeatsTitle("News", "News | Quiet New Year"), "one word");
    }

    @Test
    void scraperDumpsFirstLineIsTheTitleAndTakesNothingAfterIt() {
        // the title element's text, then the body's first text nodes with the white space around them
        String dump = "Shelter asks for a quiet New Year – City Animal Shelter\n \n \n back \n \n\nMenu\n";
        List<Block> blocks = Segmenter.segment(dump, DumpStyle.SCRAPER);
        assertEquals(List.of("Shelter asks for a quiet New Year – City Animal Shelter", "back", "Menu"), texts(blocks));
    }

    @Test
    void scraperLineStartingWithClosingPunctuationJoinsTheLineBefore() {
        List<Block> blocks = Segmenter.segment("he said\n.\n", DumpStyle.SCRAPER);
        assertEquals(List.of("he said."), texts(blocks));
    }

    @Test
    void carriageReturnLineEndingsAreLineBreaks() {
        List<Block> blocks = Segmenter.segment("one\r\ntwo\rthree", DumpStyle.BROWSER_COPY);
        assertEquals(List.of("one", "two", "three"), texts(blocks));
        assertEquals(3, blocks.get(2).firstLine());
    }

    @Test
    void whiteSpaceIsNormalisedInsideBlocks() {
        List<Block> blocks = Segmenter.segment("  a\u00a0 \t b  ", DumpStyle.BROWSER_COPY);
        assertEquals("a b", blocks.get(0).text());
    }

    @Test
    void emptyInputGivesNoBlocks() {
        assertTrue(Segmenter.segment("", DumpStyle.BROWSER_COPY).isEmpty());
        assertTrue(Segmenter.segment("\n\n  \n", DumpStyle.SCRAPER).isEmpty());
    }

    @Test
    void dumpWrappedBelowEightyColumnsIsDetectedAsTextBrowser() {
        String line = "word ".repeat(15).strip();
        String dump = (line + "\n").repeat(10);
        assertEquals(DumpStyle.TEXT_BROWSER, Segmenter.detectStyle(dump));
    }

    @Test
    void textBrowserDumpWithAFewWiderLinesIsStillDetectedAsTextBrowser() {
        // 90 lines wrapped near column 75, 5 wider ones (a table row, a long address): 5% of the lines, above the
        // 1% the first rule allows, but few of the long lines
        String wrapped = ("word ".repeat(15).strip() + "\n").repeat(90);
        String wide = ("cell ".repeat(20).strip() + "\n").repeat(5);
        assertEquals(DumpStyle.TEXT_BROWSER, Segmenter.detectStyle(wrapped + "\n" + wide));
        String paragraphs = ("word ".repeat(40).strip() + "\n\n").repeat(20) + ("word ".repeat(14).strip() + "\n").repeat(10);
        assertEquals(DumpStyle.BROWSER_COPY, Segmenter.detectStyle(paragraphs), "most long lines are paragraphs");
        String scraped = wrapped.replace("\n", "\n \n") + wide;
        assertNotEquals(DumpStyle.TEXT_BROWSER, Segmenter.detectStyle(scraped), "a scraper's single-space lines");
    }

    @Test
    void scraperLinesOfOneNoBreakSpaceOrTabCountAsItsSingleSpaceLinesToo() {
        // get_text() of a page whose elements are separated by &nbsp; or a tab: the same white space between
        // elements as " ", read alike by the style detector and the block joiner
        String wrapped = ("word ".repeat(15).strip() + "\n").repeat(90);
        String wide = ("cell ".repeat(20).strip() + "\n").repeat(5);
        for (String space : new String[] {"\u00a0", "\t"}) {
            String scraped = wrapped.replace("\n", "\n" + space + "\n") + wide;
            assertNotEquals(DumpStyle.TEXT_BROWSER, Segmenter.detectStyle(scraped), "lines of one " + (int) space.charAt(0));
        }
    }

    @Test
    void dumpWithLongLinesIsDetectedAsBrowserCopy() {
        String dump = ("word ".repeat(40).strip() + "\n\n").repeat(10);
        assertEquals(DumpStyle.BROWSER_COPY, Segmenter.detectStyle(dump));
    }

    @Test
    void dumpWithSpaceEdgedFragmentsAndBlankLinesIsDetectedAsScraper() {
        String dump = ("Some words of a sentence that goes on and on and on, well beyond the eighty columns of a terminal, \nlink\n\n\n").repeat(10);
        assertEquals(DumpStyle.SCRAPER, Segmenter.detectStyle(dump));
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }
}
