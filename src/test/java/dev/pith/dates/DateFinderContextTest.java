package dev.pith.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DateFinder#search}: a result that did not need the context is the result under every context. */
class DateFinderContextTest {
    private static final List<DateContext> CONTEXTS = List.of(DateContext.none(), DateContext.ofYearHint(2019),
            DateContext.of(LocalDate.of(2024, 3, 5)), new DateContext(LocalDate.of(2021, 1, 2), 2020));

    @Test
    void fullDatesNeedNoContext() {
        assertFalse(DateFinder.search("Published 25 November 2023, updated 2023-11-26 14:30", DateContext.none())
                .readYearOrDay());
        assertFalse(DateFinder.search("No date here at all.", DateContext.none()).readYearOrDay());
    }

    @Test
    void aDayWithoutItsYearARelativeDateAndADottedDayMonthNeedIt() {
        for (String text : List.of("Saturday (November 25th)", "Posted 3 hours ago", "gestern um 14 Uhr",
                "Am 30.11. beginnt es", "on Nov 25 we met")) {
            assertTrue(DateFinder.search(text, DateContext.none()).readYearOrDay(), text);
        }
    }

    @Test
    void whereNoContextWasNeededEveryContextFindsTheSame() {
        for (String text : List.of("Published 25 November 2023, updated 2023-11-26 14:30", "11/19/2019 and 12/01/2019",
                "Von Maria, 12.03.2024, 14.30 Uhr", "2019年11月19日", "Score 3-1, version 1.2.3")) {
            DateFinder.Found none = DateFinder.search(text, DateContext.none());
            assertFalse(none.readYearOrDay(), text);
            for (DateContext c : CONTEXTS) {
                assertEquals(none.mentions(), DateFinder.find(text, c), text + " under " + c);
            }
        }
    }
}
