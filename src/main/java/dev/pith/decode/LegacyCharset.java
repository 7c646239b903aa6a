package dev.pith.decode;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Picks the single-byte charset of text that is not UTF-8, by letter statistics: windows-1252 (Western
 * European, the default), ISO-8859-2 or windows-1250 (Central European) or windows-1251 (Cyrillic). Each is
 * tried on every word that holds bytes of 0x80 and above; a word reads well when those bytes give letters, and,
 * in a Latin charset, no more than two of them in a row (Cyrillic read as windows-1252 gives words made only of
 * accented letters, "Ïðèâåò"), or, in windows-1251, no Latin letters beside the Cyrillic ones ("café" read as
 * windows-1251 is "cafй"). The charset with the most words that read well wins; on a tie, the earlier one in
 * {@link #CANDIDATES}. Stateless and thread-safe.
 */
final class LegacyCharset {
    /** The charset of undeclared single-byte text when the statistics do not say otherwise. */
    static final Charset DEFAULT = Charset.forName("windows-1252");
    private static final Charset CYRILLIC = Charset.forName("windows-1251");
    /** In tie-breaking order. */
    private static final List<Charset> CANDIDATES = List.of(DEFAULT, Charset.forName("ISO-8859-2"),
            Charset.forName("windows-1250"), CYRILLIC);
    private static final int SNIFF = 65536;

    private LegacyCharset() {
    }

    /** The likeliest charset of the bytes among {@link #CANDIDATES}. */
    static Charset guess(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        Charset best = DEFAULT;
        int bestScore = Integer.MIN_VALUE;
        for (Charset c : CANDIDATES) {
            int score = score(bytes, n, new String(bytes, 0, n, c), c == CYRILLIC);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** Words with high bytes that read well minus those that do not; {@code text} is bytes[0, n) decoded. */
    private static int score(byte[] bytes, int n, String text, boolean cyrillic) {
        int score = 0;
        int i = 0;
        while (i < n) {
            if (!wordByte(bytes[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean high = false;
            while (i < n && wordByte(bytes[i])) {
                high |= bytes[i] < 0;
                i++;
            }
            if (high) {
                score += readsWell(bytes, text, start, i, cyrillic) ? 1 : -1;
            }
        }
        return score;
    }

    private static boolean readsWell(byte[] bytes, String text, int from, int to, boolean cyrillic) {
        int highRun = 0;
        boolean latin = false;
        for (int i = from; i < to; i++) {
            if (bytes[i] >= 0) {
                latin = true;
                highRun = 0;
                continue;
            }
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
            if (++highRun > 2 && !cyrillic) {
                return false;
            }
        }
        return !(cyrillic && latin);
    }

    /** An ASCII letter or a byte of 0x80 and above: what words are made of in these charsets. */
    private static boolean wordByte(byte b) {
        return b < 0 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
