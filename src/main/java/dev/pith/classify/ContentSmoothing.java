package dev.pith.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the body as a sequence rather than block by block: a two-state hidden Markov model (inside or
 * outside the article) over the blocks the content model may decide, whose observations are the model's
 * probabilities (and whether the block is in the body so far), and the most likely path (Viterbi) tells
 * where the article runs. A single block left out between two body blocks goes into the body when the path
 * runs through it, so one short line between body paragraphs stays body; the path does not take blocks out
 * of the body (on dev, that lost more recall than it gained precision). Rule source: the start, transition
 * and emission frequencies counted from the dev corpus's alignment ({@link SmoothingModel},
 * {@code TrainContentModel}); metadata, captions and phrase-matched furniture are not part of the sequence
 * and keep their labels.
 */
final class ContentSmoothing implements Step {
    private final LogisticModel model;
    private final SmoothingModel hmm;

    ContentSmoothing(LogisticModel model, SmoothingModel hmm) {
        this.model = model;
        this.hmm = hmm;
    }

    @Override
    public Classification apply(Classification in) {
        if (model == null || hmm == null) {
            return in;
        }
        List<Integer> seq = decidable(in);
        if (seq.size() < 2) {
            return in;
        }
        double[] p = probabilities(in, seq, model);
        int[] path = viterbi(observations(in, seq, p));
        Classification out = in;
        for (int k = 0; k < seq.size(); k++) {
            int i = seq.get(k);
            LabeledBlock b = in.get(i);
            boolean content = path[k] == SmoothingModel.IN;
            // only gaps are filled: taking single blocks out of the body lost more than it gained on dev
            if (!content || b.label().isContent() || !isolated(in, seq, k)) {
                continue;
            }
            out = out.relabel(i, Label.PARAGRAPH, "a gap in the body, filled by the sequence smoothing (p="
                    + Decimals.format(p[k], 2, false) + ")");
        }
        return out;
    }

    /** Both neighbours of block {@code k} in the sequence are in the body. */
    private static boolean isolated(Classification c, List<Integer> seq, int k) {
        return k > 0 && k + 1 < seq.size() && c.get(seq.get(k - 1)).label().isContent()
                && c.get(seq.get(k + 1)).label().isContent();
    }

    /** The blocks of the sequence, in order. */
    static List<Integer> decidable(Classification c) {
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (LearnedContent.isDecidable(c.get(i))) {
                seq.add(i);
            }
        }
        return seq;
    }

    /** The content model's probability for each block of the sequence, read on the labels as they are. */
    static double[] probabilities(Classification c, List<Integer> seq, LogisticModel model) {
        BlockFeatures.DocumentStats stats = new BlockFeatures.DocumentStats(c);
        double[] p = new double[seq.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = model.probability(BlockFeatures.of(c, seq.get(k), stats));
        }
        return p;
    }

    /** What the model sees of each block of the sequence. */
    static int[] observations(Classification c, List<Integer> seq, double[] p) {
        int[] o = new int[p.length];
        for (int k = 0; k < o.length; k++) {
            o[k] = SmoothingModel.symbol(p[k], c.get(seq.get(k)).label().isContent());
        }
        return o;
    }

    /** The most likely states, one per observation. */
    int[] viterbi(int[] o) {
        int n = o.length;
        double[][] score = new double[n][2];
        int[][] back = new int[n][2];
        for (int s = 0; s < 2; s++) {
            score[0][s] = hmm.start(s) + hmm.emission(s, o[0]);
        }
        for (int k = 1; k < n; k++) {
            for (int s = 0; s < 2; s++) {
                double stay = score[k - 1][s] + hmm.transition(s, s);
                double move = score[k - 1][1 - s] + hmm.transition(1 - s, s);
                back[k][s] = stay >= move ? s : 1 - s;
                score[k][s] = Math.max(stay, move) + hmm.emission(s, o[k]);
            }
        }
        int[] path = new int[n];
        path[n - 1] = score[n - 1][1] >= score[n - 1][0] ? 1 : 0;
        for (int k = n - 1; k > 0; k--) {
            path[k - 1] = back[k][path[k]];
        }
        return path;
    }
}
