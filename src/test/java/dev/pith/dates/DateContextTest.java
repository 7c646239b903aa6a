package dev.pith.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateContextTest {
    @Test
    void noneHasNothingToLeanOn() {
        DateContext c = DateContext.none();
        assertNull(c.referenceDate());
        assertNull(c.yearHint());
        assertFalse(c.monthFirst());
    }

    @Test
    void withersReturnNewContextsAndLeaveTheOriginal() {
        LocalDate ref = LocalDate.of(2026, 11, 25);
        DateContext base = DateContext.of(ref);
        DateContext full = base.withYearHint(2023).withMonthFirst(true);
        assertEquals(new DateContext(ref, 2023, true), full);
        assertEquals(new DateContext(ref, null), base);
        assertTrue(full.monthFirst());
        assertEquals(LocalDate.of(2020, 1, 1), full.withReferenceDate(LocalDate.of(2020, 1, 1)).referenceDate());
        assertEquals(2021, DateContext.ofYearHint(2021).yearHint());
    }

    @Test
    void nullContextIsReadAsNone() {
        assertEquals("2023-11-25", DateFinder.find("25.11.2023", null).get(0).iso());
    }
}
