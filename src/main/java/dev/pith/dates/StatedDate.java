package dev.pith.dates;

/**
 * The date a short line states, and what for.
 *
 * @param date the date
 * @param role published, updated, or not said
 */
public record StatedDate(DateMention date, Role role) {
    /** What the line says the date is. */
    public enum Role { PUBLISHED, UPDATED, UNKNOWN }
}
