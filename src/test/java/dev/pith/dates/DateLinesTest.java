package dev.pith.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLinesTest {
    private static StatedDate parse(String line) {
        return DateLines.parse(line, DateContext.none()).orElseThrow(() -> new AssertionError("no date in " + line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published 23 November 2023                | PUBLISHED | 2023-11-23",
        "Updated: Nov. 19, 2019 10:32 a.m. ET      | UPDATED   | 2019-11-19T10:32",
        "Veröffentlicht am 19.11.2019              | PUBLISHED | 2019-11-19",
        "Mis à jour le 25/11/2023 à 14h30          | UPDATED   | 2023-11-25T14:30",
        "Publicado el 3 de marzo de 2021           | PUBLISHED | 2021-03-03",
        "Pubblicato il 3 marzo 2021                | PUBLISHED | 2021-03-03",
        "Opublikowano: 03.03.2021                  | PUBLISHED | 2021-03-03",
        "Aktualisiert am 4. Mai 2022, 09:15 Uhr    | UPDATED   | 2022-05-04T09:15",
        "Gepubliceerd op 12 januari 2021           | PUBLISHED | 2021-01-12",
        "19 Nov 2019 05:44 GMT                     | UNKNOWN   | 2019-11-19T05:44Z",
        "von eseppelt · 31. Oktober 2023           | UNKNOWN   | 2023-10-31",
    })
    void aDatelineGivesItsDateAndRole(String line, StatedDate.Role role, String iso) {
        StatedDate s = parse(line);
        assertEquals(role, s.role());
        assertEquals(iso, s.date().iso());
    }

    @Test
    void theRoleWordNearestBeforeTheDateDecides() {
        StatedDate s = parse("Updated 24 Nov 2023 · Published 23 November 2023");
        assertEquals(StatedDate.Role.UPDATED, s.role());
        assertEquals("2023-11-24", s.date().iso());
        StatedDate p = parse("Last updated yesterday. Published 23 November 2023");
        assertEquals(StatedDate.Role.PUBLISHED, p.role());
        assertEquals("2023-11-23", p.date().iso());
    }

    @Test
    void aRelativeDatelineNeedsAReferenceDate() {
        assertTrue(DateLines.parse("Published 3 hours ago", DateContext.none()).isEmpty());
        StatedDate s = DateLines.parse("Published 3 hours ago", DateContext.of(LocalDate.of(2026, 11, 25))).orElseThrow();
        assertEquals("2026-11-25", s.date().iso());
        assertEquals(StatedDate.Role.PUBLISHED, s.role());
        assertTrue(s.date().inferred());
    }

    @Test
    void aDatelineWithoutYearUsesTheWeekdayAndHint() {
        StatedDate s = DateLines.parse("Published Saturday, November 25", DateContext.ofYearHint(2023)).orElseThrow();
        assertEquals("2023-11-25", s.date().iso());
        assertEquals("year from weekday Saturday", s.date().inference());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published in November 2023", "Updated on Friday", "Read more", "Published 2023", ""})
    void aLineWithoutAFullDateGivesNothing(String line) {
        assertTrue(DateLines.parse(line, DateContext.none()).isEmpty());
    }

    @Test
    void aLongLineIsNotADateline() {
        String line = "Published 23 November 2023 " + "and a long sentence follows ".repeat(20);
        assertTrue(DateLines.parse(line, DateContext.none()).isEmpty());
        assertTrue(DateLines.parse(null, DateContext.none()).isEmpty());
    }
}
