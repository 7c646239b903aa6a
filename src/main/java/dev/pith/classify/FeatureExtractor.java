package dev.pith.classify;

import dev.pith.segment.Block;

/** Measures a block once, in one pass over its characters, for all the steps. */
final class FeatureExtractor {
    private static final String TERMINAL = ".!?。！？…:;";
    private static final String CLOSERS = "\"'”’»)]」』›";

    private FeatureExtractor() {
    }

    static Features of(Block block) {
        String text = block.text();
        int words = 0;
        int wide = 0;
        int letters = 0;
        int digits = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) { // ASCII, most of the text: the same tests without Character's tables
                boolean digit = c >= '0' && c <= '9';
                boolean upper = c >= 'A' && c <= 'Z';
                boolean letter = upper || c >= 'a' && c <= 'z';
                boolean wordChar = letter || digit || inWord && (c == '\'' || c == '-');
                if (wordChar && !inWord) {
                    words++;
                    capitalised += upper ? 1 : 0;
                }
                digits += digit ? 1 : 0;
                letters += letter ? 1 : 0;
                inWord = wordChar;
                continue;
            }
            if (isWideLetter(c)) {
                wide++;
                letters++;
                inWord = false;
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'));
            if (wordChar && !inWord) {
                words++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
            inWord = wordChar;
        }
        int allWords = words + (wide + 1) / 2;
        double digitShare = letters + digits == 0 ? 0 : (double) digits / (letters + digits);
        double capitalShare = words == 0 ? 0 : (double) capitalised / words;
        FurnitureLexicon.Match furniture = FurnitureLexicon.get().match(text, allWords);
        return new Features(allWords, text.length(), endsLikeSentence(text), digitShare, capitalShare,
                furniture == null ? null : furniture.kind(), furniture == null ? null : furniture.phrase());
    }

    /** Terminal punctuation at the end, possibly followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINAL.indexOf(text.charAt(i)) >= 0;
    }

    /** CJK ideographs, kana and hangul: letters of scripts written without spaces between words. */
    static boolean isWideLetter(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF);
    }
}
