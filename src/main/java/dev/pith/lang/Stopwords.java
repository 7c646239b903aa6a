package dev.pith.lang;

import dev.pith.resources.ResourceLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words ("stopwords") of some thirty languages, about a hundred each for the major European
 * languages and fewer for the others, from the resource {@code stopwords.txt} beside this class.
 *
 * <p>{@link #ratio} is the share of word tokens that are stopwords: running prose has a high share
 * (typically 0.35-0.55 in English, German, French...), menus, link lists, names and captions a low one.
 * For languages without a list here, which includes Chinese, Japanese, Korean and Thai (written without
 * spaces between words, or with particles glued to words, so a word list does not apply), and for "und",
 * it returns {@link #NEUTRAL} whenever the text has letters, so that a caller's threshold neither favours
 * nor penalises such text. Stateless and thread-safe.
 */
public final class Stopwords {
    /**
     * What {@link #ratio} answers for a language without a list (CJK, Thai, unknown): about half-way between
     * the share in short lines (menus, names, captions: 0.07 on average in the dev corpus's innertext dumps)
     * and in article bodies (0.39 on the corpus's gold bodies).
     */
    public static final double NEUTRAL = 0.25;
    /** No stopword is longer than this many chars; longer tokens are not looked up. */
    static final int MAX_LENGTH = 12;

    /** Languages in the order of the resource, each with its words. */
    private static final Map<String, Set<String>> LISTS = load();
    private static final List<String> LANGUAGES = List.copyOf(LISTS.keySet());
    /** Every stopword with the bit set of the languages (indexes into {@link #LANGUAGES}) it belongs to. */
    private static final WordTable TABLE = new WordTable(index());

    private Stopwords() {
    }

    /** True when the lower-case token is a function word of the language; false for unknown languages. */
    public static boolean isStopword(String lowercaseToken, String lang) {
        Set<String> words = lang == null ? null : LISTS.get(lang);
        return words != null && lowercaseToken != null && words.contains(lowercaseToken);
    }

    /**
     * Share of word tokens (runs of letters, split at apostrophes) in the text that are stopwords of the
     * language, 0..1; 0 for text without letters; {@link #NEUTRAL} for a language without a list.
     */
    public static double ratio(CharSequence text, String lang) {
        if (text == null) {
            return 0;
        }
        Set<String> words = lang == null ? null : LISTS.get(lang);
        long bit = words == null ? 0 : 1L << LANGUAGES.indexOf(lang);
        int[] counts = new int[2];
        forEachWord(text, text.length(), (w, len, end) -> {
            counts[0]++;
            if (bit != 0 && len <= MAX_LENGTH && (TABLE.get(w, len) & bit) != 0) {
                counts[1]++;
            }
        });
        if (counts[0] == 0) {
            return 0;
        }
        return words == null ? NEUTRAL : counts[1] / (double) counts[0];
    }

    /** The stopwords of a language, lower case; empty for a language without a list. */
    public static Set<String> of(String lang) {
        Set<String> words = lang == null ? null : LISTS.get(lang);
        return words == null ? Set.of() : words;
    }

    /** The languages that have a list, in a fixed order. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /**
     * Bit set over {@link #languages()} of the languages the first {@code length} chars of a buffer, a lower-case
     * word (the reused buffer of {@link #forEachWord}), are a stopword of; 0 if none.
     */
    static long languagesOf(char[] lowercaseWord, int length) {
        return TABLE.get(lowercaseWord, length);
    }

    /**
     * Receives each word, lower-cased, in the first {@code length} chars of a reused buffer, with the index just
     * after it. (A char array: the string builder it replaces checked its capacity and its coder on every char
     * appended and read, for every word of every block; JFR, dev dumps.)
     */
    interface WordSink {
        void word(char[] lowercaseWord, int length, int end);
    }

    /**
     * Calls the sink for each maximal run of letters (and combining marks) in the first {@code limit}
     * chars, lower-cased. Apostrophes split ("l'homme" is "l" and "homme").
     */
    static void forEachWord(CharSequence text, int limit, WordSink sink) {
        char[] w = new char[32];
        int len = 0;
        int n = Math.min(limit, text.length());
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) { // ASCII, most of the text: a letter is a-z or A-Z, and no mark
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    if (len == w.length) {
                        w = java.util.Arrays.copyOf(w, 2 * len);
                    }
                    w[len++] = (char) (c | 0x20);
                } else if (len > 0) {
                    sink.word(w, len, i);
                    len = 0;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            int size = Character.charCount(cp);
            boolean letter = Character.isLetter(cp) || (len > 0 && isMark(cp));
            if (letter) {
                if (len + 2 > w.length) {
                    w = java.util.Arrays.copyOf(w, 2 * w.length);
                }
                len += Character.toChars(Character.toLowerCase(cp), w, len);
            } else if (len > 0) {
                sink.word(w, len, i);
                len = 0;
            }
            i += size;
        }
        if (len > 0) {
            sink.word(w, len, n);
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : ResourceLines.of(Stopwords.class, "stopwords.txt")) {
            String[] parts = line.strip().split("\\s+");
            List<String> words = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                words.add(parts[i].toLowerCase(Locale.ROOT));
            }
            out.put(parts[0], Set.copyOf(new java.util.LinkedHashSet<>(words)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Long> index() {
        if (LANGUAGES.size() > 63) {
            throw new IllegalStateException("too many languages for a long bit set");
        }
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            long bit = 1L << i;
            for (String w : LISTS.get(LANGUAGES.get(i))) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(m);
    }
}
