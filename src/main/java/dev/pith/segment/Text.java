package dev.pith.segment;

import dev.pith.lang.Ascii;

/** Character-level helpers shared by the segmenters. */
final class Text {
    private Text() {
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line is one white-space character alone (a space, a tab, a no-break space): what a scraper's
     * get_text() leaves between two elements, which both the style detector and the block joiner read.
     */
    static boolean isSingleSpace(String line) {
        return line.length() == 1 && isSpace(line.charAt(0));
    }

    /** White space including no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return Ascii.isWhitespace(c);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** Collapses runs of white space into one space and trims. */
    static String normalizeSpace(CharSequence s) {
        if (isNormal(s)) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True when {@link #normalizeSpace} would return the text as it is: no white space at either end and only single
     * plain spaces inside. Most lines are so, and their copy through a builder was 2% of the text core (JFR, dev dumps).
     */
    private static boolean isNormal(CharSequence s) {
        int n = s.length();
        if (n > 0 && (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1)))) {
            return false;
        }
        boolean afterSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    /** Number of leading white-space characters. */
    static int indent(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Columns a text browser gives the line: East Asian wide characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    /** Width of the first word of a trimmed line (up to the first space). */
    static int firstWordWidth(String trimmed) {
        int w = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSpace(c)) {
                break;
            }
            if (isWide(c)) {
                return w + 2; // wide text wraps at any character
            }
            w++;
        }
        return w;
    }
}
