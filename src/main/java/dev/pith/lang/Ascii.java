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
}
