package dev.pith.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 without a byte-order mark. Text in Latin, Greek or Cyrillic script written as UTF-16 has a
 * zero byte in nearly every other position (the high byte of each ASCII character: 'A' is 41 00 in UTF-16LE and
 * 00 41 in UTF-16BE), and almost none in the others; binary content has its zeros anywhere. Stateless.
 */
final class Utf16Sniffer {
    private static final int SNIFF = 8192;
    /** Share of zero bytes at one parity that makes UTF-16 likely: ASCII-heavy text has nearly all of them. */
    private static final double ZEROS = 0.5;
    /** Share of zero bytes at the other parity that still fits UTF-16 (U+0100, U+0400, ... are rare). */
    private static final double STRAY = 0.02;

    private Utf16Sniffer() {
    }

    /** UTF-16LE or UTF-16BE when the first 8 KB look like one of them, else null. */
    static Charset detect(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int units = n / 2;
        Charset c = oddZeros >= ZEROS * units && evenZeros <= STRAY * units ? StandardCharsets.UTF_16LE
                : evenZeros >= ZEROS * units && oddZeros <= STRAY * units ? StandardCharsets.UTF_16BE : null;
        return c != null && textLike(new String(bytes, 0, n, c)) ? c : null;
    }

    /** Few control characters other than white space: text, not a binary format that happens to alternate zeros. */
    private static boolean textLike(String s) {
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control <= s.length() / 20;
    }
}
