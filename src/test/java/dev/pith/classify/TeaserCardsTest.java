package dev.pith.classify;

import static dev.pith.classify.ArticleFixture.PROSE;
import static dev.pith.classify.ArticleFixture.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserCardsTest {
    private static Classification classify(List<String> after) {
        return ArticleFixture.classify("By Jane Miller", after, "\n");
    }

    @Test
    void cardsOfOtherStoriesWithTitleAuthorDateAndStandfirstAreNotTheArticle() {
        // the shape of a real dump's "More from ..." section
        List<String> cards = new ArrayList<>(List.of("More from the Gazette"));
        String[] days = {"Wednesday November 20, 2019", "Wednesday November 20, 2019", "Tuesday November 19, 2019"};
        for (int i = 0; i < 3; i++) {
            cards.addAll(List.of("Another story about the town number " + (i + 1), "Rob Crilly", days[i],
                    "The mayor said on Monday that the new bridge would open in spring, two years later than planned "
                            + "and at twice the cost, story " + (i + 1) + "."));
        }
        Classification c = classify(cards);
        assertFalse(kept(c, cards.get(4)), "a teaser's standfirst");
        assertFalse(kept(c, cards.get(12)), "the last teaser's standfirst");
        assertTrue(kept(c, PROSE + " Four."), "the article's last paragraph before the cards");
    }

    @Test
    void anArticlesListOfItemsWithYearsIsKept() {
        List<String> items = new ArrayList<>();
        for (String name : List.of("Smart Hospital Service (2015)", "Doctorwork (2016)", "Medical System (2017)")) {
            items.addAll(List.of(name, "Launched in the city of Guangzhou, this system helps patients find the "
                    + "right department and book an appointment without queueing at the hospital, " + name + "."));
        }
        Classification c = classify(items);
        assertTrue(kept(c, items.get(3)), "years alone are no card dates");
    }

    @Test
    void aLiveBlogsTimedEntriesAreKept() {
        List<String> entries = new ArrayList<>();
        for (String time : List.of("10:32", "10:47", "11:05")) {
            entries.addAll(List.of(time, "Councillors are still debating the budget at the town hall, where the "
                    + "opposition asked for a delay of the vote until the spring, update at " + time + "."));
        }
        Classification c = classify(entries);
        assertEquals(true, kept(c, entries.get(3)), "times are no card dates");
    }
}
