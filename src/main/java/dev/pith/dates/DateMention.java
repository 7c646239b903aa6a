package dev.pith.dates;

/**
 * A date found in text.
 *
 * @param start     offset of its first character in the text searched
 * @param end       offset after its last character
 * @param text      the date as written
 * @param iso       ISO 8601 value ("2023-11-25", "2023-11-25T14:30"), null when it cannot be resolved
 *                  (a relative date with no reference date, a day and month with no year to infer)
 * @param precision what the text states
 * @param inferred  true when a part was not written but inferred (the year, or a relative date resolved)
 * @param inference how, readable by a person; null when nothing was inferred
 */
public record DateMention(int start, int end, String text, String iso, Precision precision, boolean inferred,
                          String inference) {
}
