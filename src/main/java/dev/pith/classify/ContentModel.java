package dev.pith.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model of "this block belongs to the article", over {@link BlockFeatures}. Its weights are
 * trained from the dev corpus by {@code TrainContentModel} (test sources) and shipped in
 * {@code content-model.tsv}. Immutable and thread-safe; absent weights count as zero.
 */
final class ContentModel {
    private static final String RESOURCE = "content-model.tsv";
    private static final ContentModel SHIPPED = load();

    private final double[] weights;
    private final double threshold;

    ContentModel(double[] weights, double threshold) {
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The shipped model, or null when the jar has none. */
    static ContentModel shipped() {
        return SHIPPED;
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
        List<String> names = BlockFeatures.names();
        List<Integer> idx = new ArrayList<>();
        for (int i = 1; i < x.length; i++) {
            if (x[i] != 0 && weights[i] != 0) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.comparingDouble(i -> -Math.abs(weights[i] * x[i])));
        List<String> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(n, idx.size()))) {
            out.add(String.format(java.util.Locale.ROOT, "%s%+.2f", names.get(i), weights[i] * x[i]));
        }
        return out;
    }

    /** Writes the model in the resource format. */
    String serialize() {
        StringBuilder b = new StringBuilder("# pith content model: logistic weights by feature name\n");
        b.append("threshold\t").append(threshold).append('\n');
        List<String> names = BlockFeatures.names();
        for (int i = 0; i < names.size(); i++) {
            b.append(names.get(i)).append('\t').append(weights[i]).append('\n');
        }
        return b.toString();
    }

    private static ContentModel load() {
        try (InputStream in = ContentModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Map<String, Double> byName = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                byName.put(f[0], Double.parseDouble(f[1]));
            }
            List<String> names = BlockFeatures.names();
            double[] w = new double[names.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = byName.getOrDefault(names.get(i), 0.0);
            }
            return new ContentModel(w, byName.getOrDefault("threshold", 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
