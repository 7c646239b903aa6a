package dev.pith.dates;

import java.time.LocalDate;

/**
 * What a date search may lean on. Immutable; every part is optional.
 *
 * @param referenceDate the date relative dates count from ("3 hours ago", "gestern", "yesterday"); without it
 *                      they are reported with {@code iso == null}
 * @param yearHint      a year to complete a day and month written without one (for example the year the
 *                      document's other full dates name); also the year a weekday-based inference stays near
 * @param monthFirst    read ambiguous numeric dates with slashes or dashes month first ("11/08/2023" is
 *                      8 November), as en-US pages write them; by default they are read day first
 */
public record DateContext(LocalDate referenceDate, Integer yearHint, boolean monthFirst) {
    private static final DateContext NONE = new DateContext(null, null, false);

    /** A context with a reference date and a year hint, numeric dates day first. */
    public DateContext(LocalDate referenceDate, Integer yearHint) {
        this(referenceDate, yearHint, false);
    }

    /** No reference date, no year hint, day-first numeric dates. */
    public static DateContext none() {
        return NONE;
    }

    /** Relative dates resolved against {@code referenceDate}. */
    public static DateContext of(LocalDate referenceDate) {
        return new DateContext(referenceDate, null, false);
    }

    /** A year to complete dates written without one. */
    public static DateContext ofYearHint(int year) {
        return new DateContext(null, year, false);
    }

    public DateContext withReferenceDate(LocalDate date) {
        return new DateContext(date, yearHint, monthFirst);
    }

    public DateContext withYearHint(Integer year) {
        return new DateContext(referenceDate, year, monthFirst);
    }

    /** {@code true} for en-US style numeric dates (month/day/year). */
    public DateContext withMonthFirst(boolean value) {
        return new DateContext(referenceDate, yearHint, value);
    }
}
