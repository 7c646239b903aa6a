package dev.pith.article;

/**
 * A date the record states: the ISO 8601 value, the text it was read from, and whether any part of it
 * was inferred rather than written.
 *
 * @param iso       "2023-11-25", "2023-11-25T14:30", ... or null when the text could not be resolved
 * @param text      the text as written in the input
 * @param inferred  true when some part (such as the year) was inferred, never stated
 * @param inference how it was inferred ("year from weekday Saturday"), null when stated
 */
public record DateValue(String iso, String text, boolean inferred, String inference) {
}
