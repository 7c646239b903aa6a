package dev.pith.decode;

import java.util.List;

/**
 * Text decoded from an input's bytes.
 *
 * @param text     the text, line endings normalised to \n, control characters removed
 * @param charset  the charset it was read with
 * @param warnings what was repaired or guessed, readable by a person
 */
public record DecodedText(String text, String charset, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
