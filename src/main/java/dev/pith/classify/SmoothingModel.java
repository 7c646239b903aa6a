package dev.pith.classify;

import dev.pith.resources.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of {@link ContentSmoothing}'s two-state hidden Markov model (state 0: outside the article,
 * 1: inside it), as natural logarithms: how a document starts, how often the article begins or ends from one
 * decidable block to the next, and how the observations are spread in each state. An observation is the
 * content model's probability cut into {@link #BINS} equal bins, and whether the block is in the body when
 * the smoothing starts. Counted from the dev corpus's alignment by {@code TrainContentModel}; shipped as
 * {@code content-smoothing.tsv}. Immutable.
 */
final class SmoothingModel {
    static final int BINS = 10;
    /** Observations: the bins of blocks outside the body, then those of blocks inside it. */
    static final int SYMBOLS = 2 * BINS;
    static final int OUT = 0;
    static final int IN = 1;
    private static final SmoothingModel SHIPPED = load("content-smoothing.tsv");

    private final double[] start;
    private final double[][] transition;
    private final double[][] emission;

    SmoothingModel(double[] start, double[][] transition, double[][] emission) {
        this.start = start.clone();
        this.transition = new double[][] {transition[0].clone(), transition[1].clone()};
        this.emission = new double[][] {emission[0].clone(), emission[1].clone()};
    }

    /** The shipped model, or null when the jar has none. */
    static SmoothingModel shipped() {
        return SHIPPED;
    }

    /**
     * From counts: documents starting in each state, transitions between states, and observations seen in
     * each state. Add-one smoothing keeps every log finite.
     */
    static SmoothingModel fromCounts(long[] starts, long[][] transitions, long[][] symbols) {
        double[] s = new double[2];
        double[][] t = new double[2][2];
        double[][] e = new double[2][SYMBOLS];
        for (int a = 0; a < 2; a++) {
            s[a] = Math.log((starts[a] + 1.0) / (starts[0] + starts[1] + 2.0));
            for (int b = 0; b < 2; b++) {
                t[a][b] = Math.log((transitions[a][b] + 1.0) / (transitions[a][0] + transitions[a][1] + 2.0));
            }
            long total = 0;
            for (long n : symbols[a]) {
                total += n;
            }
            for (int k = 0; k < SYMBOLS; k++) {
                e[a][k] = Math.log((symbols[a][k] + 1.0) / (total + SYMBOLS));
            }
        }
        return new SmoothingModel(s, t, e);
    }

    /** The observation of a block with probability {@code p}, in the body or not. */
    static int symbol(double p, boolean content) {
        return Math.min(BINS - 1, Math.max(0, (int) (p * BINS))) + (content ? BINS : 0);
    }

    double start(int state) {
        return start[state];
    }

    double transition(int from, int to) {
        return transition[from][to];
    }

    double emission(int state, int symbol) {
        return emission[state][symbol];
    }

    /** Writes the model in the resource format: one named row of logs per line. */
    String serialize() {
        StringBuilder b = new StringBuilder("# pith content smoothing: log probabilities of a two-state HMM\n");
        row(b, "start", start);
        row(b, "from_out", transition[OUT]);
        row(b, "from_in", transition[IN]);
        row(b, "symbols_out", emission[OUT]);
        row(b, "symbols_in", emission[IN]);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double[] values) {
        b.append(name);
        for (double v : values) {
            b.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
        }
        b.append('\n');
    }

    private static SmoothingModel load(String resource) {
        return ResourceLines.optional(SmoothingModel.class, resource).map(SmoothingModel::parse).orElse(null);
    }

    /** Reads the resource format written by {@link #serialize}. */
    static SmoothingModel parse(String text) {
        return parse(ResourceLines.of(text));
    }

    private static SmoothingModel parse(List<String> lines) {
        Map<String, double[]> rows = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            double[] v = new double[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                v[i - 1] = Double.parseDouble(f[i]);
            }
            rows.put(f[0], v);
        }
        return new SmoothingModel(rows.get("start"), new double[][] {rows.get("from_out"), rows.get("from_in")},
                new double[][] {rows.get("symbols_out"), rows.get("symbols_in")});
    }
}
