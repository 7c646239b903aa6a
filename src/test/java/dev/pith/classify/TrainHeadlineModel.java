package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Trains the headline model (not a test; run by hand): {@code TrainHeadlineModel CORPUS_DIR OUT.tsv
 * [--holdout K]}. Every candidate line of every dump of a page with a gold title is a sample, labelled
 * by whether it equals the title after normalisation. Deterministic.
 */
public final class TrainHeadlineModel {
    public static void main(String[] args) throws Exception {
        int holdout = args.length > 3 && args[2].equals("--holdout") ? Integer.parseInt(args[3]) : 0;
        LogisticModel model = train(Path.of(args[0]), id -> holdout == 0 || Math.floorMod(id.hashCode(), holdout) != 0);
        Files.writeString(Path.of(args[1]), model.serialize(), StandardCharsets.UTF_8);
    }

    static LogisticModel train(Path corpus, Predicate<String> use) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<List<double[]>> groups = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode g = m.readTree(line);
            if (!use.test(g.get("id").asText()) || !g.hasNonNull("title")) {
                continue;
            }
            String title = norm(g.get("title").asText());
            for (String v : new String[] {"innertext", "w3m", "soup"}) {
                String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                DumpStyle style = Segmenter.detectStyle(text);
                Classification c = beforeHeadline(Segmenter.segment(text, style), style);
                int start = Headline.start(c);
                List<Integer> candidates = Headline.candidates(c, start);
                HeadlineFeatures.Context ctx = new HeadlineFeatures.Context(c, candidates, start);
                List<double[]> group = new ArrayList<>();
                int answer = -1;
                for (int i : candidates) {
                    if (answer < 0 && norm(c.get(i).text()).equals(title)) {
                        answer = group.size();
                    }
                    group.add(HeadlineFeatures.of(c, i, start, ctx));
                }
                if (answer >= 0) {
                    groups.add(group);
                    answers.add(answer);
                }
            }
        }
        System.err.println("headline training pages: " + groups.size());
        return new LogisticModel(HeadlineFeatures.names(), trainRanking(groups, answers, 1500, 0.05, 1e-3), 0.5);
    }

    /**
     * Conditional logit: per page, a softmax over its candidates, trained so the gold title gets the most
     * weight. The weights then rank candidates by their logistic score exactly as by the softmax.
     */
    static double[] trainRanking(List<List<double[]>> groups, List<Integer> answers, int iterations, double rate, double l2) {
        int d = groups.get(0).get(0).length;
        double[] w = new double[d];
        double[] m1 = new double[d];
        double[] m2 = new double[d];
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[d];
            for (int g = 0; g < groups.size(); g++) {
                List<double[]> xs = groups.get(g);
                double[] z = new double[xs.size()];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < xs.size(); i++) {
                    for (int j = 0; j < d; j++) {
                        z[i] += w[j] * xs.get(i)[j];
                    }
                    max = Math.max(max, z[i]);
                }
                double sum = 0;
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.exp(z[i] - max);
                    sum += z[i];
                }
                for (int i = 0; i < xs.size(); i++) {
                    double e = (z[i] / sum - (i == answers.get(g) ? 1 : 0)) / groups.size();
                    for (int j = 0; j < d; j++) {
                        grad[j] += e * xs.get(i)[j];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] += l2 * w[j];
            }
            for (int j = 0; j < d; j++) {
                m1[j] = 0.9 * m1[j] + 0.1 * grad[j];
                m2[j] = 0.999 * m2[j] + 0.001 * grad[j] * grad[j];
                w[j] -= rate * (m1[j] / (1 - Math.pow(0.9, it))) / (Math.sqrt(m2[j] / (1 - Math.pow(0.999, it))) + 1e-8);
            }
        }
        return w;
    }

    /** The labels as the headline step sees them: the rules that run before it. */
    static Classification beforeHeadline(List<dev.pith.segment.Block> blocks, DumpStyle style) {
        Classification c = Classifier.initialFor(blocks, style, "und");
        for (Step s : Classifier.RULES) {
            if (s instanceof Headline) {
                break;
            }
            c = s.apply(c);
        }
        return c;
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
