package dev.pith.classify;

import dev.pith.resources.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model over named features, with weights shipped as a resource ("name TAB weight" lines).
 * Two are shipped: "this block belongs to the article" over {@link BlockFeatures} ({@code content-model.tsv},
 * trained by {@code TrainContentModel}) and "this line is the headline" over {@link HeadlineFeatures}
 * ({@code headline-model.tsv}, trained by {@code TrainHeadlineModel}). Immutable and thread-safe; absent
 * weights count as zero.
 */
final class LogisticModel {
    private static final LogisticModel CONTENT = load("content-model.tsv", BlockFeatures.names());
    private static final LogisticModel HEADLINE = load("headline-model.tsv", HeadlineFeatures.names());

    private final List<String> names;
    private final double[] weights;
    private final double threshold;

    LogisticModel(List<String> names, double[] weights, double threshold) {
        this.names = List.copyOf(names);
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The shipped content model, or null when the jar has none. */
    static LogisticModel shipped() {
        return CONTENT;
    }

    /** The shipped headline model, or null when the jar has none. */
    static LogisticModel headline() {
        return HEADLINE;
    }

    double threshold() {
        return threshold;
    }

    double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The features that pushed this decision most, as "name+0.84" strings, strongest first. */
    List<String> topFactors(double[] x, int n) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 1; i < x.length; i++) {
            if (x[i] != 0 && weights[i] != 0) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble(i -> -Math.abs(weights[i] * x[i])));
        List<String> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(n, idx.size()))) {
            out.add(names.get(i) + Decimals.format(weights[i] * x[i], 2, true));
        }
        return out;
    }

    /** Writes the model in the resource format. */
    String serialize() {
        StringBuilder b = new StringBuilder("# pith logistic model: weights by feature name\n");
        b.append("threshold\t").append(threshold).append('\n');
        for (int i = 0; i < names.size(); i++) {
            b.append(names.get(i)).append('\t').append(weights[i]).append('\n');
        }
        return b.toString();
    }

    private static LogisticModel load(String resource, List<String> names) {
        List<String> lines = ResourceLines.optional(LogisticModel.class, resource).orElse(null);
        if (lines == null) {
            return null;
        }
        Map<String, Double> byName = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            byName.put(f[0], Double.parseDouble(f[1]));
        }
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = byName.getOrDefault(names.get(i), 0.0);
        }
        return new LogisticModel(names, w, byName.getOrDefault("threshold", 0.5));
    }
}
