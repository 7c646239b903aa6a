package dev.pith.lang;

import java.util.Map;

/**
 * The stopwords of every language in one open-addressing table from a word to the bit set of its languages,
 * looked up straight from the reused buffer of {@link Stopwords#forEachWord} (the map it replaces needed a new
 * String for each word looked up: the stopword ratio and the language detector made one per word of every
 * block, 5% of the text core, JFR). Immutable after construction; thread-safe.
 */
final class WordTable {
    private final String[] keys;
    private final long[] bits;
    private final int mask;

    WordTable(Map<String, Long> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new String[size];
        bits = new long[size];
        mask = size - 1;
        for (Map.Entry<String, Long> e : words.entrySet()) {
            int slot = hash(e.getKey().toCharArray(), e.getKey().length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            bits[slot] = e.getValue();
        }
    }

    /** The language bits of the first {@code length} chars of the buffer {@code word}, 0 when it is no stopword. */
    long get(char[] word, int length) {
        int slot = hash(word, length) & mask;
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (k.length() == length && same(k, word)) {
                return bits[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private static boolean same(String k, char[] word) {
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** String's hash of the first length chars, spread so that the low bits vary. */
    private static int hash(char[] s, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + s[i];
        }
        return h ^ (h >>> 16);
    }
}
