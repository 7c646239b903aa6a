package dev.pith.classify;

/**
 * {@link Math#log1p} of a count (words, blocks), from a table for the small counts the features take: the same
 * values, without the library's series for every feature of every block (Math.log1p was 3% of the text core,
 * JFR, dev dumps). Immutable; thread-safe.
 */
final class Log1p {
    private static final double[] TABLE = new double[2048];

    static {
        for (int n = 0; n < TABLE.length; n++) {
            TABLE[n] = Math.log1p(n);
        }
    }

    private Log1p() {
    }

    /** Exactly {@code Math.log1p(n)}. */
    static double of(int n) {
        return n >= 0 && n < TABLE.length ? TABLE[n] : Math.log1p(n);
    }
}
