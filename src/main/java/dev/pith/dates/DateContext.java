package dev.pith.dates;

import java.time.LocalDate;

/**
 * What a date search may lean on: the date relative dates count from, and a year to complete dates that
 * give none (taken from other dates of the same document). Both optional.
 */
public record DateContext(LocalDate referenceDate, Integer yearHint) {
    private static final DateContext NONE = new DateContext(null, null);

    public static DateContext none() {
        return NONE;
    }

    public DateContext withYearHint(Integer year) {
        return new DateContext(referenceDate, year);
    }
}
