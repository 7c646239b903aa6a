package dev.pith.assemble;

import dev.pith.lang.Ascii;

/** Counts words: runs of letters or digits; in scripts written without spaces, two characters count one. */
public final class WordCount {
    private WordCount() {
    }

    public static int of(String text) {
        int words = 0;
        int wide = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII, most text: a letter or digit, an apostrophe or hyphen, or neither; never wide
                if (Ascii.isLetterOrDigit(c)) {
                    if (!inWord) {
                        words++;
                    }
                    inWord = true;
                } else if (!(inWord && (c == '\'' || c == '-'))) {
                    inWord = false;
                }
            } else if (isWide(c)) {
                wide++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (!(inWord && (c == '\'' || c == '’' || c == '-'))) {
                inWord = false;
            }
        }
        return words + (wide + 1) / 2;
    }

    private static boolean isWide(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF);
    }
}
