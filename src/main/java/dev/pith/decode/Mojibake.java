package dev.pith.decode;

import java.util.List;

/**
 * Repairs UTF-8 text that was once or twice read as windows-1252 or Latin-1 ("BachÃ©" and "BachÃƒÂ©" become
 * "Baché"), only where the repair is unambiguous. Stateless and thread-safe; linear in the text's length.
 *
 * <p>Mojibake of a UTF-8 character is a run of non-ASCII characters (every byte of a multi-byte UTF-8 sequence
 * is 0x80 or above). A run is repaired when all of this holds:
 * <ul>
 *   <li>each of its characters is a windows-1252 or Latin-1 byte, and those bytes are, as a whole, valid UTF-8;</li>
 *   <li>every character that UTF-8 gives is one that text uses (a letter, mark, punctuation or symbol of a
 *       script block in common use: not a control, private-use or unassigned code point, nor the rare Syriac,
 *       NKo or IPA blocks that "Fuß“" or "CAFÉ…" would give);</li>
 *   <li>the result has fewer suspicious pairs (a lead-byte character followed by a continuation-byte
 *       character) than the run;</li>
 *   <li>the run holds a continuation character that never ends a word in real text (©, ¼, ¶, ƒ, œ, ...), or
 *       some other run of the text does. A run that holds only word-final punctuation ("é…”", "Ä…") is
 *       repaired only in a text with such evidence elsewhere, so correct French or Polish stays as it is.</li>
 * </ul>
 * In such a text, a run that ends in "â€" is the right quotation mark ” whose last byte windows-1252 lost.
 * Double encoding is undone by a second pass, a third pass at most.
 */
public final class Mojibake {
    /** The windows-1252 characters of bytes 0x80-0x9F, index = byte - 0x80; U+0000 where the byte is undefined. */
    private static final String CP1252_HIGH = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u0000\u017D\u0000\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\u0000\u017E\u0178";
    /** Continuation characters that often end a word in correct text: weak evidence of mojibake. */
    private static final String WORD_FINAL = "\u2026\u2019\u201D\u201C\u00BB\u203A\u2013\u2014\u2122\u00AE\u00B0"
            + "\u201A\u201E\u2018\u2022\u00A0";
    private static final int MAX_PASSES = 3;

    private Mojibake() {
    }

    /**
     * The text with its mojibake repaired.
     *
     * @param text     the repaired text (the input itself when nothing was repaired)
     * @param repaired how many runs were repaired, over all passes
     * @param passes   how many passes changed something (2 for double encoding)
     * @param example  the first repaired word as it was, or null
     */
    public record Repair(String text, int repaired, int passes, String example) {
        /** The warning for the record, or null when nothing was repaired. */
        public String warning() {
            if (repaired == 0) {
                return null;
            }
            return "repaired " + repaired + " mojibake sequence(s) (UTF-8 read as windows-1252"
                    + (passes > 1 ? ", some of it " + (passes == 2 ? "twice" : passes + " times") : "") + "), e.g. \""
                    + example + "\" -> \"" + repairAll(example, true).text + "\"";
        }
    }

    /** Repairs the text's mojibake, see the class comment. */
    public static Repair repair(String text) {
        return repairAll(text, false);
    }

    /** The warnings list with the repair's warning added, when there is one. */
    public static List<String> withWarning(List<String> warnings, Repair r) {
        String w = r.warning();
        if (w == null) {
            return warnings;
        }
        List<String> out = new java.util.ArrayList<>(warnings);
        out.add(w);
        return out;
    }

    private static Repair repairAll(String text, boolean evidence) {
        String current = text;
        int repaired = 0;
        int passes = 0;
        String example = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Pass p = pass(current, evidence);
            if (p.repaired == 0) {
                break;
            }
            if (example == null) {
                example = word(current, p.firstAt);
            }
            repaired += pass == 0 ? p.repaired : 0;
            passes++;
            current = p.text;
        }
        return new Repair(passes == 0 ? current : withoutUndefinedControls(current), repaired, passes, example);
    }

    /** The text without the C1 controls of the bytes windows-1252 leaves undefined, left over from mojibake. */
    private static String withoutUndefinedControls(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean undefined = c >= 0x80 && c < 0xA0 && CP1252_HIGH.charAt(c - 0x80) == 0;
            if (undefined && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!undefined && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private record Pass(String text, int repaired, int firstAt) {
    }

    /** One pass over the text: every run repaired that can be. */
    private static Pass pass(String s, boolean forcedEvidence) {
        int n = s.length();
        // first look: is there strong evidence anywhere?
        boolean evidence = forcedEvidence;
        for (int i = 0; i < n && !evidence; ) {
            if (s.charAt(i) < 0x80) { // ASCII starts no run: skipped without the look-up
                i++;
                continue;
            }
            int end = runEnd(s, i);
            if (end > i) {
                evidence = decodeRun(s, i, end) != null && strong(s, i, end);
                i = end;
            } else {
                i++;
            }
        }
        if (!evidence) {
            return new Pass(s, 0, -1);
        }
        StringBuilder out = null;
        int repaired = 0;
        int firstAt = -1;
        int copied = 0;
        for (int i = 0; i < n; ) {
            int end = runEnd(s, i);
            if (end == i) {
                i++;
                continue;
            }
            String fixed = decodeRun(s, i, end);
            if (fixed == null && lostRightQuote(s, end)) {
                String head = end - 2 == i ? "" : decodeRun(s, i, end - 2);
                fixed = head == null ? null : head + "\u201D";
                end += end < n && s.charAt(end) == '\uFFFD' ? 1 : 0;
            }
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(fixed);
                copied = end;
                repaired++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
            i = end;
        }
        if (out == null) {
            return new Pass(s, 0, -1);
        }
        out.append(s, copied, n);
        return new Pass(out.toString(), repaired, firstAt);
    }

    /** The end of the run of non-ASCII byte-mapped characters that starts at i (i itself when there is none). */
    private static int runEnd(String s, int i) {
        int j = i;
        while (j < s.length() && toByte(s.charAt(j)) >= 0x80) {
            j++;
        }
        return j;
    }

    /** The run s[from, to) read back as UTF-8 when that is a clean repair (see the class comment), else null. */
    private static String decodeRun(String s, int from, int to) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            int lead = toByte(s.charAt(i));
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > to) {
                return null;
            }
            int cp = lead & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int b = toByte(s.charAt(i + k));
                if ((b & 0xC0) != 0x80) {
                    return null;
                }
                cp = (cp << 6) | (b & 0x3F);
            }
            int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || !plausible(cp)) {
                return null;
            }
            out.appendCodePoint(cp);
            i += len;
        }
        String fixed = out.toString();
        return suspicious(fixed, 0, fixed.length()) < suspicious(s, from, to) ? fixed : null;
    }

    /**
     * True when the run ending at {@code end} ends with "â€": the right quotation mark ” is E2 80 9D in UTF-8, and
     * windows-1252 has no character for 9D, so a reader drops it or shows U+FFFD. Asked only in a text that
     * has mojibake for certain.
     */
    private static boolean lostRightQuote(String s, int end) {
        return end >= 2 && s.charAt(end - 2) == '\u00E2' && s.charAt(end - 1) == '\u20AC';
    }

    /** True when some continuation character of the run never ends a word in correct text. */
    private static boolean strong(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = toByte(s.charAt(i));
            if (b >= 0x80 && b <= 0xBF && WORD_FINAL.indexOf(s.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of a lead-byte character followed by a continuation-byte character in s[from, to). */
    static int suspicious(String s, int from, int to) {
        int count = 0;
        for (int i = from; i + 1 < to; i++) {
            int a = toByte(s.charAt(i));
            int b = toByte(s.charAt(i + 1));
            if (a >= 0xC2 && a <= 0xF4 && b >= 0x80 && b <= 0xBF) {
                count++;
            }
        }
        return count;
    }

    /** Code points of the blocks text uses: what a repaired sequence may give. */
    private static boolean plausible(int cp) {
        if (cp >= 0x80 && cp < 0xA0) {
            // a byte windows-1252 leaves undefined, as a browser shows it: only a step of double encoding
            return CP1252_HIGH.charAt(cp - 0x80) == 0;
        }
        if (cp > 0xFF && cp < 0x10000 && CP1252_HIGH.indexOf(cp) >= 0) {
            return true; // ƒ, ˆ, ˜, ...: windows-1252 characters, which double encoding goes through
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) {
            return false;
        }
        return (cp >= 0xA0 && cp <= 0x17F)                  // Latin-1 supplement, Latin Extended-A
                || (cp >= 0x218 && cp <= 0x21B)             // Romanian comma-below letters
                || (cp >= 0x300 && cp <= 0x36F)             // combining accents (decomposed text)
                || (cp >= 0x370 && cp <= 0x4FF)             // Greek, Cyrillic
                || (cp >= 0x5B0 && cp <= 0x5F4)             // Hebrew
                || (cp >= 0x600 && cp <= 0x6FF)             // Arabic
                || (cp >= 0x900 && cp <= 0xE7F)             // Indic scripts, Thai
                || (cp >= 0x1E00 && cp <= 0x1EFF)           // Latin Extended Additional (Vietnamese)
                || (cp >= 0x2000 && cp <= 0x27BF)           // punctuation, currency, letterlike, arrows, symbols
                || (cp >= 0x3000 && cp <= 0x9FFF)           // CJK punctuation, kana, CJK ideographs
                || (cp >= 0xAC00 && cp <= 0xD7A3)           // Hangul
                || (cp >= 0xFF00 && cp <= 0xFFEF)           // full-width forms
                || (cp >= 0x1F300 && cp <= 0x1FAFF)         // emoji
                || (cp >= 0x20000 && cp <= 0x2FFFF);        // CJK extensions
    }

    /** The windows-1252 (or, for C1 controls, Latin-1) byte of a character, or -1 when it has none. */
    static int toByte(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c > LAST_HIGH) {
            return -1;
        }
        int b = HIGH_BYTES[c - 0x100];
        return b == 0 ? -1 : b & 0xFF;
    }

    /** The highest character windows-1252 gives a byte from 0x80 to 0x9F (the trade mark sign). */
    private static final char LAST_HIGH = '\u2122';
    /**
     * The windows-1252 byte of each character from U+0100 to {@link #LAST_HIGH}, 0 where it has none: a table
     * instead of a search of {@link #CP1252_HIGH} for every character above Latin-1 (a Cyrillic or Greek page
     * searched it for each letter).
     */
    private static final byte[] HIGH_BYTES = highBytes();

    private static byte[] highBytes() {
        byte[] out = new byte[LAST_HIGH - 0x100 + 1];
        for (int i = 0; i < CP1252_HIGH.length(); i++) {
            char c = CP1252_HIGH.charAt(i);
            if (c >= 0x100) {
                out[c - 0x100] = (byte) (0x80 + i);
            }
        }
        return out;
    }

    /** The white-space-delimited word around position at, at most 40 characters. */
    private static String word(String s, int at) {
        int from = at;
        while (from > 0 && at - from < 20 && !Character.isWhitespace(s.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < s.length() && to - at < 20 && !Character.isWhitespace(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }
}
