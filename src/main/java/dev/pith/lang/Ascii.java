package dev.pith.lang;

/**
 * The ASCII test the text steps share: ASCII text needs no Unicode normalisation (NFKC and NFD leave it as it
 * is) and is lower-cased letter by letter, so callers skip the normaliser's copy for it.
 */
public final class Ascii {
    private Ascii() {
    }

    /** True when every char of the text is ASCII. */
    public static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace} of an ASCII char: space, tab to carriage return, and the separators 0x1C to
     * 0x1F. For the loops that answer ASCII chars without the JDK's table.
     */
    public static boolean isWhitespace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, ASCII answered here without the JDK's table: for the loops over
     * every block's text.
     */
    public static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }
}
