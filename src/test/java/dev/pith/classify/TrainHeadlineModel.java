package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Trains the headline model (not a test; run by hand): {@code TrainHeadlineModel CORPUS_DIR OUT.tsv
 * [--holdout K]}. Every candidate line of every dump of a page with a gold title is a sample, labelled
 * by whether the headline the record would state from it ({@link PageTitle#headlineText}: a scraper's first line
 * without the site's name, a line without the date run in before the title) equals the gold title after
 * normalisation, as {@code pith eval} compares. Deterministic.
 */
public final class TrainHeadlineModel {
    public static void main(String[] args) throws Exception {
        int holdout = args.length > 3 && args[2].equals("--holdout") ? Integer.parseInt(args[3]) : 0;
        LogisticModel model = train(Path.of(args[0]), id -> holdout == 0 || Math.floorMod(id.hashCode(), holdout) != 0);
        Files.writeString(Path.of(args[1]), model.serialize(), StandardCharsets.UTF_8);
    }

    static LogisticModel train(Path corpus, Predicate<String> use) throws IOException {
        return train(samples(corpus, use));
    }

    /**
     * The penalty on a style's own weights ({@link HeadlineFeatures}), ten times the shared ones': a style departs
     * from the others only where its pages agree on it (5-fold CV: 3e-3 and 3e-2 did worse); {@code -DstyleL2=X}.
     */
    private static final double STYLE_L2 = Double.parseDouble(System.getProperty("styleL2", "1e-2"));

    /** Trains on the pages whose gold title is among their candidates. */
    static LogisticModel train(List<Page> pages) {
        List<List<double[]>> groups = new ArrayList<>();
        List<boolean[]> answers = new ArrayList<>();
        for (Page p : pages) {
            if (p.hasAnswer()) {
                groups.add(p.candidates());
                answers.add(p.correct());
            }
        }
        System.err.println("headline training pages: " + groups.size());
        double[] l2 = new double[HeadlineFeatures.names().size()];
        for (int j = 0; j < l2.length; j++) {
            l2[j] = j < HeadlineFeatures.sharedCount() ? 1e-3 : STYLE_L2;
        }
        return new LogisticModel(HeadlineFeatures.names(), trainRanking(groups, answers, 1500, 0.05, l2), 0.5);
    }

    /**
     * One dump of a page with a gold title: the features of its headline candidates, which of them equal the
     * title (several copies may), and their texts.
     */
    record Page(String id, String variant, List<double[]> candidates, boolean[] correct, List<String> texts) {
        boolean hasAnswer() {
            for (boolean b : correct) {
                if (b) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The headline samples of every dump of the pages {@code use} accepts that have a gold title. */
    static List<Page> samples(Path corpus, Predicate<String> use) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Page> out = new ArrayList<>();
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
                List<String> texts = new ArrayList<>();
                boolean[] correct = new boolean[candidates.size()];
                for (int i : candidates) {
                    correct[group.size()] = norm(PageTitle.headlineText(c, c.get(i))).equals(title);
                    group.add(HeadlineFeatures.of(c, i, start, ctx));
                    texts.add("[" + i + "/" + start + "] " + c.get(i).text());
                }
                out.add(new Page(g.get("id").asText(), v, group, correct, texts));
            }
        }
        return out;
    }

    /**
     * Conditional logit: per page, a softmax over its candidates, trained so the copies of the gold title
     * together get the most weight (the likelihood of picking any of them). The weights then rank candidates by
     * their logistic score exactly as by the softmax.
     */
    static double[] trainRanking(List<List<double[]>> groups, List<boolean[]> answers, int iterations, double rate, double[] l2) {
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
                double right = 0;
                for (int i = 0; i < z.length; i++) {
                    right += answers.get(g)[i] ? z[i] : 0;
                }
                for (int i = 0; i < xs.size(); i++) {
                    double e = (z[i] / sum - (answers.get(g)[i] ? z[i] / right : 0)) / groups.size();
                    for (int j = 0; j < d; j++) {
                        grad[j] += e * xs.get(i)[j];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] += l2[j] * w[j];
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

    /** Titles compared as {@code pith eval} compares them. */
    static String norm(String s) {
        return dev.pith.eval.Metrics.textNorm(s);
    }
}
