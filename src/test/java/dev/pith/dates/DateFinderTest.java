package dev.pith.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 25);

    private static List<DateMention> find(String text) {
        return DateFinder.find(text, DateContext.none());
    }

    private static DateMention only(String text, DateContext context) {
        List<DateMention> found = DateFinder.find(text, context);
        assertEquals(1, found.size(), () -> "one date in \"" + text + "\": " + found);
        return found.get(0);
    }

    private static String iso(String text) {
        return only(text, DateContext.none()).iso();
    }

    // ---- ISO

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "on 2023-11-25 the        | 2023-11-25",
        "2023-11-25T14:30         | 2023-11-25T14:30",
        "2019-11-19T10:32:05Z     | 2019-11-19T10:32:05Z",
        "2023-11-25T14:30:00+01:00 | 2023-11-25T14:30:00+01:00",
        "2023-11-25T14:30:00.123+0100 | 2023-11-25T14:30:00+01:00",
        "2023-11-25 14:30         | 2023-11-25T14:30",
        "2023/11/25               | 2023-11-25",
        "2023.11.25.              | 2023-11-25",
    })
    void isoDatesAndTimesAreFound(String text, String expected) {
        assertEquals(expected, iso(text));
    }

    @Test
    void isoTimestampGluedToAWrittenDateGivesBoth() {
        List<DateMention> found = find("Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022|");
        assertEquals(List.of("2022-12-07T10:10:52+01:00", "2022-12-25"), found.stream().map(DateMention::iso).toList());
    }

    // ---- numeric

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "23/11/2023   | 2023-11-23",
        "19.11.2019   | 2019-11-19",
        "04.03.2019   | 2019-03-04",
        "4-3-2019     | 2019-03-04",
        "18. 05. 2014 | 2014-05-18",
        "19.11.19     | 2019-11-19",
        "25/11/23     | 2023-11-25",
    })
    void numericDatesAreDayFirst(String text, String expected) {
        assertEquals(expected, iso(text));
    }

    @Test
    void monthFirstNumericDateIsReadWhenTheDayCannotBeAMonth() {
        assertEquals("2019-11-19", iso("11/19/2019"));
    }

    @Test
    void ambiguousSlashDatesFollowAnUnambiguousMonthFirstDateInTheSameText() {
        List<DateMention> found = find("Posted 11/08/2023. Comments closed 11/19/2023.");
        assertEquals("2023-11-08", found.get(0).iso());
        assertEquals("2023-11-19", found.get(1).iso());
    }

    @Test
    void contextSaysMonthFirstForUsNumericDates() {
        DateContext us = DateContext.none().withMonthFirst(true);
        assertEquals("2023-11-08", only("11/08/2023", us).iso());
        assertEquals("2023-11-08", iso("08/11/2023"));
        assertEquals("2019-11-08", only("08.11.2019", us).iso(), "dotted dates stay day first");
    }

    @Test
    void numericDateWithTwoDigitYearAndUsClockIsRead() {
        DateContext us = DateContext.none().withMonthFirst(true);
        assertEquals("2023-11-08T17:19", only("By Alexandra Tremayne-Pengelly • 11/08/23 5:19pm", us).iso());
    }

    @Test
    void dayAndMonthWithDotsTakeTheYearHintOnly() {
        assertTrue(find("30.11. | Buch der Woche").isEmpty());
        DateMention d = only("30.11. | Buch der Woche", DateContext.ofYearHint(2022));
        assertEquals("2022-11-30", d.iso());
        assertTrue(d.inferred());
        assertEquals("year from year hint 2022", d.inference());
    }

    // ---- written

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saturday, November 25, 2023        | 2023-11-25",
        "November 25, 2023                  | 2023-11-25",
        "25 November 2023                   | 2023-11-25",
        "on the 25th of November 2023       | 2023-11-25",
        "November 25th, 2023                | 2023-11-25",
        "Sept. 3, 2021                      | 2021-09-03",
        "Sept 3 2021                        | 2021-09-03",
        "am 19. November 2019               | 2019-11-19",
        "18. JANUAR 2019                    | 2019-01-18",
        "Freitag, 5. Juni 2015              | 2015-06-05",
        "le 25 novembre 2023                | 2023-11-25",
        "le 1er mars 2020                   | 2020-03-01",
        "12 janv. 2021                      | 2021-01-12",
        "el 3 de marzo de 2021              | 2021-03-03",
        "3 marzo 2021                       | 2021-03-03",
        "3 de março de 2021                 | 2021-03-03",
        "25 november 2023                   | 2023-11-25",
        "3 listopada 2021                   | 2021-11-03",
        "3 listopad 2021                    | 2021-11-03",
        "15 августа 2016                    | 2016-08-15",
        "29 / Dezember / 2022               | 2022-12-29",
        "Veröffentlicht am Juli 9, 2016     | 2016-07-09",
    })
    void writtenDatesInSeveralLanguagesAreFound(String text, String expected) {
        assertEquals(expected, iso(text));
    }

    @Test
    void writtenEnglishDateWithOrdinalIsFound() {
        DateMention d = only("It happened on November 25th, 2023 in Paris.", DateContext.none());
        assertEquals("2023-11-25", d.iso());
        assertEquals("November 25th, 2023", d.text());
        assertEquals(Precision.DAY, d.precision());
        assertFalse(d.inferred());
        assertNull(d.inference());
    }

    @Test
    void offsetsPointAtTheDateInTheText() {
        String text = "Am Dienstag, 01. Februar 2022 12:10 sagte er";
        DateMention d = only(text, DateContext.none());
        assertEquals(d.text(), text.substring(d.start(), d.end()));
        assertEquals("Dienstag, 01. Februar 2022 12:10", d.text());
        assertEquals("2022-02-01T12:10", d.iso());
    }

    @Test
    void cjkDatesAreFound() {
        assertEquals("2019-11-19", iso("2019年11月19日"));
        assertEquals("2019-11-19", iso("2019년 11월 19일"));
        assertEquals("2019-11-19T10:32", iso("2019年11月19日 10:32"));
        DateMention month = only("2019年11月", DateContext.none());
        assertEquals("2019-11", month.iso());
        assertEquals(Precision.MONTH, month.precision());
    }

    @Test
    void monthAndYearGiveMonthPrecision() {
        DateMention d = only("initialement publié en avril 2017, a fait", DateContext.none());
        assertEquals("2017-04", d.iso());
        assertEquals(Precision.MONTH, d.precision());
        assertEquals("avril 2017", d.text());
        assertEquals("2022-05", iso("Show in Rostock im Mai 2022"));
    }

    @Test
    void wordPressDatesGluedTogetherAreBothFound() {
        List<DateMention> found = find("Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion");
        assertEquals(List.of("2022-12-19", "2022-12-19"), found.stream().map(DateMention::iso).toList());
        assertEquals("2020-01-20", find("scientifique française 20 janvier 202020 janvier 2020évaluation").get(0).iso());
        assertEquals("2022-05-03T21:25", iso("3 de mayo de 202221:25LA NACION"));
        assertEquals("2020-02-22", iso("Nicole Collignon22. Februar 2020"));
    }

    // ---- times

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "November 19, 2019 8:10 pm            | 2019-11-19T20:10",
        "Nov. 19, 2019 10:32 a.m. ET          | 2019-11-19T10:32",
        "Nov. 19, 2019 12:05 a.m.             | 2019-11-19T00:05",
        "25/11/2023 à 14h30                   | 2023-11-25T14:30",
        "19.11.2019, 14.30 Uhr                | 2019-11-19T14:30",
        "24. November 2019 um 17:53 Uhr       | 2019-11-24T17:53",
        "January 13, 2020 at 08:45 AM         | 2020-01-13T08:45",
        "19 Nov 2019 05:44 GMT                | 2019-11-19T05:44Z",
        "25 November 2023 14:30:15 +01:00     | 2023-11-25T14:30:15+01:00",
        "15 августа 2016, 13:43               | 2016-08-15T13:43",
        "(26 juin 2018 @21h11)                | 2018-06-26T21:11",
    })
    void timeAfterADateIsKept(String text, String expected) {
        DateMention d = only(text, DateContext.none());
        assertEquals(expected, d.iso());
        assertTrue(d.precision() == Precision.MINUTE || d.precision() == Precision.SECOND);
    }

    @Test
    void secondsGiveSecondPrecision() {
        assertEquals(Precision.SECOND, only("2019-11-19T10:32:05Z", DateContext.none()).precision());
    }

    @Test
    void aNumberAfterADateIsNotTakenForATime() {
        DateMention d = only("On 25 November 2023, 12.50 euros were paid.", DateContext.none());
        assertEquals("2023-11-25", d.iso());
        assertEquals("25 November 2023", d.text());
    }

    @Test
    void impossibleTimeIsLeftOutOfTheMention() {
        DateMention d = only("25.11.2023 25:99", DateContext.none());
        assertEquals("2023-11-25", d.iso());
        assertEquals("25.11.2023", d.text());
    }

    // ---- missing years

    @Test
    void weekdayGivesTheMissingYearNearestTheHint() {
        DateMention d = only("The group issued a statement on Saturday (November 25th)", DateContext.ofYearHint(2023));
        assertEquals("2023-11-25", d.iso());
        assertTrue(d.inferred());
        assertEquals("year from weekday Saturday", d.inference());
        assertEquals("Saturday (November 25th)", d.text());
    }

    @Test
    void weekdayPicksTheNearestMatchingYearWhenTheHintYearDoesNotFit() {
        // 24 November is a Friday in 2023 and in 2017; with hint 2021 the nearest is 2023
        DateMention d = only("on Friday, November 24", DateContext.ofYearHint(2021));
        assertEquals("2023-11-24", d.iso());
        assertEquals("year from weekday Friday", d.inference());
    }

    @Test
    void weekdayInferenceFallsBackToTheReferenceYear() {
        assertEquals("2023-11-25", only("Samstag, 25. November", DateContext.of(LocalDate.of(2024, 2, 1))).iso());
    }

    @Test
    void yearHintCompletesADateWithoutWeekday() {
        DateMention d = only("on November 24", DateContext.ofYearHint(2019));
        assertEquals("2019-11-24", d.iso());
        assertTrue(d.inferred());
        assertEquals("year from year hint 2019", d.inference());
    }

    @Test
    void dayAndMonthWithoutYearOrHintStayUnresolved() {
        DateMention d = only("on November 24th", DateContext.none());
        assertNull(d.iso());
        assertFalse(d.inferred());
        assertEquals("November 24th", d.text());
        DateMention withWeekday = only("Saturday (November 25th)", DateContext.none());
        assertNull(withWeekday.iso());
    }

    // ---- relative

    @Test
    void relativeDatesWithoutReferenceAreReportedUnresolved() {
        for (String text : List.of("3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "yesterday", "gestern")) {
            DateMention d = only(text, DateContext.none());
            assertNull(d.iso(), text);
            assertFalse(d.inferred(), text);
            assertEquals("relative, no reference date", d.inference(), text);
            assertEquals(text, d.text());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 days ago            | 2026-11-22",
        "3 hours ago           | 2026-11-25",
        "an hour ago           | 2026-11-25",
        "2 weeks ago           | 2026-11-11",
        "vor 2 Tagen           | 2026-11-23",
        "vor 3 Stunden         | 2026-11-25",
        "vor einer Woche       | 2026-11-18",
        "il y a 3 jours        | 2026-11-22",
        "hace 2 días           | 2026-11-23",
        "3 giorni fa           | 2026-11-22",
        "há 2 dias             | 2026-11-23",
        "2 dagen geleden       | 2026-11-23",
        "2 dni temu            | 2026-11-23",
        "yesterday             | 2026-11-24",
        "gestern               | 2026-11-24",
        "vorgestern            | 2026-11-23",
        "ayer                  | 2026-11-24",
        "today                 | 2026-11-25",
        "aujourd'hui           | 2026-11-25",
        "avant-hier            | 2026-11-23",
    })
    void relativeDatesResolveAgainstTheReferenceDate(String text, String expected) {
        DateMention d = only(text, DateContext.of(REFERENCE));
        assertEquals(expected, d.iso());
        assertTrue(d.inferred());
        assertEquals("relative to reference date 2026-11-25", d.inference());
    }

    @Test
    void frenchHierIsYesterdayButGermanHierIsHere() {
        DateMention d = only("Le président a annoncé hier que la réforme est prête.", DateContext.of(REFERENCE));
        assertEquals("2026-11-24", d.iso());
        assertTrue(find("Klicken Sie hier, um die Seite zu sehen, und hier ist der Link.").isEmpty());
        assertTrue(find("Hier is de link van het artikel en hier zijn de foto's.").isEmpty());
    }

    // ---- false positives

    @ParameterizedTest
    @ValueSource(strings = {
        "30.02.2019", "31.04.2021", "2023-13-01", "2023-02-30", "13/13/2020", "February 30, 2021", "32 May 2020",
        "version 1.2.3 and score 3-1 and 2019-2020",
        "it costs 12.50 and 1,000 people, 3.5% more",
        "call 030-12-34-56 or +49 30 1234 5678",
        "upgrade to v1.2.20 or release 2.10.19",
        "in 2019 there were 1998 cases",
        "3 out of 5 people",
        "sagte sie 5 Minuten später",
        "you may 5 times",
        "the Gen 2 console and Set 3",
        "NASA sent Mars 2020 to the red planet",
        "scores 3-1, 2-2 and 10-12",
        "ISBN 978-3-16-148410-0",
        "12:30 and 2:30 p.m.",
    })
    void plainNumbersAndLookalikesAreNotDates(String text) {
        assertTrue(find(text).isEmpty(), () -> text + " -> " + find(text));
    }

    @Test
    void mentionsAreInOrderAndDoNotOverlap() {
        String text = "Published 23 November 2023, updated 2023-11-24T09:00Z; event on 1.12.2023 and Dec. 5, 2023.";
        List<DateMention> found = find(text);
        assertEquals(List.of("2023-11-23", "2023-11-24T09:00Z", "2023-12-01", "2023-12-05"),
                found.stream().map(DateMention::iso).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).start() >= found.get(i - 1).end());
        }
        for (DateMention d : found) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
        }
    }

    // ---- size, speed and threads

    @Test
    void aMegabyteOfRandomTextIsSearchedCompletely() {
        Random random = new Random(42);
        String alphabet = "abcdefghij klmnop ABC 0123456789 .,/-:()年月日 Nov May de of\n";
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20) - 40) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        sb.append(" and on 25 November 2023.");
        String text = sb.toString();
        List<DateMention> found = DateFinder.find(text, DateContext.none());
        assertEquals("2023-11-25", found.get(found.size() - 1).iso(), "the date at the very end is found");
        for (DateMention d : found) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
        }
    }

    @Test
    void textDenseWithDatesHasItsMentionCountCapped() {
        String text = "word 12 may 2019-1 de 3. 2019年 11/ 1.1.1.1 25 Nov ".repeat(11_000);
        List<DateMention> found = DateFinder.find(text, DateContext.none());
        assertEquals(DateFinder.MAX_MENTIONS, found.size(), "the count is capped");
        assertEquals("2019-05-12", found.get(0).iso());
    }

    @Test
    void findIsSafeFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int day = i % 28 + 1;
                results.add(pool.submit(() -> only(day + ". März 2021", DateContext.none()).iso()));
            }
            for (int i = 0; i < 64; i++) {
                assertEquals(String.format("2021-03-%02d", i % 28 + 1), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writtenMonthsInAnyCaseAndScriptPassTheMonthNameCheck() {
        assertEquals("2020-09-12", only("12 SEPTEMBER 2020", DateContext.none()).iso());
        assertEquals("2020-06", only("ИЮНЬ 2020", DateContext.none()).iso());
        assertEquals("2019-11-19T08:03", only("am 19. November 2019 um 8:03", DateContext.none()).iso());
        // the region around "12.5" names no month: the written forms are not searched there
        assertEquals(1, find("3 hours ago, 12.5 per cent of 40 votes").size());
    }

    @Test
    void hasDigitSeesTheDigitsOfAnyScriptAndNothingElse() {
        assertTrue(DateFinder.hasDigit("Updated 3 hours ago"));
        assertTrue(DateFinder.hasDigit("\u0661\u0662 \u0645\u0627\u0631\u0633")); // Arabic-Indic "12"
        assertTrue(DateFinder.hasDigit("２０２３年")); // full-width digits
        assertFalse(DateFinder.hasDigit("yesterday, Monday"));
        assertFalse(DateFinder.hasDigit("Ⅻ"));  // a Roman numeral letter is no digit
        assertFalse(DateFinder.hasDigit(""));
    }
}
