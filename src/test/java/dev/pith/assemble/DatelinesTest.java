package dev.pith.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.article.Article;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new harbour budget, which raises "
            + "spending on the old quays and the ferry landing by a tenth over the next three years.";

    private static Article extract(String metaLine) {
        String dump = String.join("\n", "Harbour Times", "Home", "News", "Sport", "",
                "Council approves the harbour budget", "", metaLine, "", PROSE, "", PROSE, "", PROSE, "",
                "Contact", "Imprint");
        return Pith.extract(dump, "-", ExtractOptions.DEFAULT);
    }

    @Test
    void metaLineUnderTheHeadlineGivesTheDateWhenNoDatelineDoes() {
        // more words than a dateline holds: the classifier leaves it as furniture
        Article a = extract("3. August 2015 · Filed under local politics, the harbour and the budget · 4 comments");
        assertEquals("Council approves the harbour budget", a.headline());
        assertNotNull(a.published());
        assertEquals("2015-08-03", a.published().iso().substring(0, 10));
    }

    @Test
    void dateRunIntoTheHeadlineLineIsThePostsDate() {
        String dump = String.join("\n", "Harbour Times", "Home", "News", "Sport", "",
                "08.11.2021 | Council approves the harbour budget", "", PROSE, "", PROSE, "", PROSE, "", "Contact", "Imprint");
        Article a = Pith.extract(dump, "-", ExtractOptions.DEFAULT);
        assertEquals("Council approves the harbour budget", a.headline());
        assertNotNull(a.published());
        assertEquals("2021-11-08", a.published().iso().substring(0, 10));
    }

    @Test
    void lineWithoutAFullDateGivesNone() {
        Article a = extract("Filed under local politics, the harbour and the budget in August · 4 comments");
        assertNull(a.published());
    }

    /** The article, then the site's list of its latest articles, the last entry {@code datedEntry}. */
    private static Article withLatestList(String datedEntry) {
        String dump = String.join("\n", "Harbour Times", "Home", "News", "Sport", "",
                "Council approves the harbour budget", "", PROSE, "", PROSE, "", PROSE, "", "Contact", "Latest news",
                "Ferry timetable changes for the summer", "Market moves to the old quay", "New lights for the pier",
                "Harbour swimmers race again", "Bridge works end early", "Fishing fleet returns", datedEntry, "Imprint");
        return Pith.extract(dump, "-", ExtractOptions.DEFAULT);
    }

    @Test
    void headlineRepeatedWithItsDateInTheSitesListGivesTheDate() {
        Article a = withLatestList("3. August 2015 Council approves the harbour budget");
        assertEquals("Council approves the harbour budget", a.headline());
        assertNotNull(a.published());
        assertEquals("2015-08-03", a.published().iso().substring(0, 10));
    }

    @Test
    void anotherTitleWithADateInTheSitesListGivesNone() {
        assertNull(withLatestList("3. August 2015 Council approves the ferry budget").published());
    }
}
