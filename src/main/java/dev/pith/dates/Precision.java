package dev.pith.dates;

/** How much of a date the text states. */
public enum Precision {
    YEAR, MONTH, DAY, MINUTE, SECOND
}
