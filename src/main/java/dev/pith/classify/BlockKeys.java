package dev.pith.classify;

/**
 * The {@link Headline#key comparison keys} of one document's blocks, each made on first use and kept: the
 * headline step, its candidates and its features compare the same blocks' keys (made three times a block
 * before, 4% of the text core, JFR). Serves one step of one document on one thread.
 */
final class BlockKeys {
    private final Classification c;
    private final String[] keys;

    BlockKeys(Classification c) {
        this.c = c;
        this.keys = new String[c.size()];
    }

    String get(int i) {
        String k = keys[i];
        if (k == null) {
            k = Headline.key(c.get(i).text());
            keys[i] = k;
        }
        return k;
    }

    int size() {
        return keys.length;
    }
}
