package dev.pith.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static List<DateMention> find(String text) {
        return DateFinder.find(text, DateContext.none());
    }

    private static String iso(String text) {
        List<DateMention> found = find(text);
        return found.isEmpty() ? null : found.get(0).iso();
    }

    @Test
    void isoDatesAndTimesAreFound() {
        assertEquals("2023-11-25", iso("on 2023-11-25 the"));
        assertEquals("2019-11-19T10:32:05Z", iso("2019-11-19T10:32:05Z"));
    }

    @Test
    void numericDatesAreDayFirst() {
        assertEquals("2023-11-23", iso("23/11/2023"));
        assertEquals("2019-11-19", iso("19.11.2019"));
        assertEquals("2019-03-04", iso("04.03.2019"));
    }

    @Test
    void monthFirstNumericDateIsReadWhenTheDayCannotBeAMonth() {
        assertEquals("2019-11-19", iso("11/19/2019"));
    }

    @Test
    void writtenDatesInSeveralLanguagesAreFound() {
        assertEquals("2023-11-25", iso("Saturday, November 25, 2023"));
        assertEquals("2019-11-19", iso("Nov. 19, 2019 8:03 am ET").substring(0, 10));
        assertEquals("2023-11-25", iso("25 November 2023"));
        assertEquals("2019-11-19", iso("am 19. November 2019"));
        assertEquals("2023-11-25", iso("le 25 novembre 2023"));
        assertEquals("2021-03-03", iso("el 3 de marzo de 2021"));
        assertEquals("2021-03-03", iso("3 marzo 2021"));
        assertEquals("2021-11-03", iso("3 listopada 2021"));
        assertEquals("2019-11-19", iso("2019年11月19日"));
    }

    @Test
    void timeAfterADateIsKept() {
        assertEquals("2019-11-19T20:10", iso("November 19, 2019 8:10 pm"));
        assertEquals("2023-11-25T14:30", iso("25/11/2023 à 14h30"));
    }

    @Test
    void weekdayGivesTheMissingYearNearestTheHint() {
        DateMention d = DateFinder.find("a statement on Saturday (November 25th) detailing", new DateContext(null, 2023)).get(0);
        assertEquals("2023-11-25", d.iso());
        assertTrue(d.inferred());
        assertEquals("year from weekday Saturday", d.inference());
    }

    @Test
    void dayAndMonthWithoutYearOrHintStayUnresolved() {
        DateMention d = find("on November 24th").get(0);
        assertNull(d.iso());
    }

    @Test
    void relativeDatesResolveOnlyAgainstAReferenceDate() {
        assertNull(find("3 days ago").get(0).iso());
        DateMention d = DateFinder.find("3 days ago", new DateContext(LocalDate.of(2026, 11, 25), null)).get(0);
        assertEquals("2026-11-22", d.iso());
        assertTrue(d.inferred());
        assertEquals("2026-11-24", DateFinder.find("gestern", new DateContext(LocalDate.of(2026, 11, 25), null)).get(0).iso());
    }

    @Test
    void impossibleDatesAndPlainNumbersAreNotDates() {
        assertTrue(find("30.02.2019").isEmpty());
        assertTrue(find("version 1.2.3 and score 3-1 and 2019-2020").isEmpty());
        assertTrue(find("it costs 12.50 and 1,000 people").isEmpty());
    }

    @Test
    void aMegabyteOfTextIsSearchedWithoutTrouble() {
        String text = "word 12 may 2019-1 de 3. ".repeat(45_000);
        assertFalse(DateFinder.find(text, DateContext.none()).isEmpty());
    }

    @Test
    void dateLineSaysWhetherItIsPublishedOrUpdated() {
        assertEquals(StatedDate.Role.PUBLISHED, DateLines.parse("Published 23 November 2023", DateContext.none()).get().role());
        assertEquals(StatedDate.Role.UPDATED,
                DateLines.parse("Updated: Nov. 19, 2019 10:32 a.m. ET", DateContext.none()).get().role());
        assertEquals(StatedDate.Role.PUBLISHED, DateLines.parse("Veröffentlicht am 19.11.2019", DateContext.none()).get().role());
        assertEquals("2023-11-25T14:30",
                DateLines.parse("Mis à jour le 25/11/2023 à 14h30", DateContext.none()).get().date().iso());
        assertEquals(StatedDate.Role.UNKNOWN, DateLines.parse("19 Nov 2019 05:44 GMT", DateContext.none()).get().role());
    }
}
