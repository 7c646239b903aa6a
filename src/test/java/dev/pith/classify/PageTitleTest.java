package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTitleTest {
    @Test
    void publicationDayRunInBeforeTheTitleIsDropped() {
        assertEquals("Dorothea Wierer darf noch jubeln", DatedTitle.withoutDate("23.01.2022 - Dorothea Wierer darf noch jubeln"));
        assertEquals("Das schönste Ende der Welt", DatedTitle.withoutDate("Jun 17 Das schönste Ende der Welt"));
        assertEquals("2020 Endorsement Race Is Getting Interesting",
                DatedTitle.withoutDate("2020 Endorsement Race Is Getting Interesting"));
        assertEquals("Heute schon an morgen denken", DatedTitle.withoutDate("Heute schon an morgen denken"));
        assertEquals("3. Mai 2021", DatedTitle.withoutDate("3. Mai 2021"));
    }

    @Test
    void siteNameAfterABarIsDropped() {
        assertEquals("Council approves the harbour budget", PageTitle.withoutSite("Council approves the harbour budget | Harbour Times"));
    }

    @Test
    void sectionAndSiteAfterDashesAreDropped() {
        assertEquals("Why the tram line was delayed again",
                PageTitle.withoutSite("Why the tram line was delayed again - Local news - The Evening Post"));
    }

    @Test
    void longPartAfterASeparatorIsPartOfTheHeadline() {
        String title = "Storm closes the coast road – Residents were told to leave their houses before noon";
        assertEquals(title, PageTitle.withoutSite(title));
    }

    @Test
    void hyphenInsideAWordIsNoSeparator() {
        assertEquals("Mini-SUV sales rise", PageTitle.withoutSite("Mini-SUV sales rise"));
    }

    @Test
    void separatorsAreNotCountedAsWords() {
        assertEquals("Home | News", PageTitle.withoutSite("Home | News | Sport | Weather"));
    }

    @Test
    void shortHeadLeavesTheTitleAsItIs() {
        assertEquals("Blog | Harbour Times", PageTitle.withoutSite("Blog | Harbour Times"));
    }

    @Test
    void onlyAScrapersFirstLineLosesItsSiteName() {
        String dump = String.join("\n", "Council approves the harbour budget | Harbour Times", "",
                "Council approves the harbour budget | Harbour Times");
        for (DumpStyle style : List.of(DumpStyle.SCRAPER, DumpStyle.BROWSER_COPY)) {
            Classification c = Classifier.initialFor(Segmenter.segment(dump, style), style, "en");
            String want = style == DumpStyle.SCRAPER ? "Council approves the harbour budget" : c.get(0).text();
            assertEquals(want, PageTitle.headlineText(c, c.get(0)), style.toString());
            assertEquals(c.get(c.size() - 1).text(), PageTitle.headlineText(c, c.get(c.size() - 1)));
        }
    }

    @Test
    void marksOfABreadcrumbOrListBeforeTheTitleAreNotTheHeadline() {
        assertEquals("Kenji Fujimori: juicio por presunta compra de votos",
                PageTitle.withoutLeadingMarks("| : Kenji Fujimori: juicio por presunta compra de votos"));
        assertEquals("Südsudan", PageTitle.withoutLeadingMarks("☆ Südsudan"));
        assertEquals("Jens Weber", PageTitle.withoutLeadingMarks("[> Jens Weber"));
        assertEquals("»frag.jetzt«", PageTitle.withoutLeadingMarks("»frag.jetzt«"), "quotes around the title stay");
        assertEquals("„Abgebrochene Forschung“ – Eine neue Studie",
                PageTitle.withoutLeadingMarks("„Abgebrochene Forschung“ – Eine neue Studie"));
        assertEquals("| | |", PageTitle.withoutLeadingMarks("| | |"), "nothing after the marks: left as it is");
    }
}
