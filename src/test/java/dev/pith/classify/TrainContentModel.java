package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains {@link LogisticModel} from a corpus in the format of shared/corpus (not a test; run by hand):
 * {@code TrainContentModel CORPUS_DIR OUT.tsv [--holdout K]}. Labels come from aligning every block of
 * every dump with the page's ground truth: for pages with a gold body, a block is article when most of its
 * 4-token shingles are in the gold body and not when almost none are; for pages with snippets, a block
 * holding a must-have snippet is article and one holding a must-not snippet is not; other blocks are not
 * used. With {@code --holdout K}, pages whose id hashes to 0 modulo K are left out of training (to score
 * on them). Deterministic: full-batch gradient descent from zero weights.
 */
public final class TrainContentModel {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int holdout = args.length > 3 && args[2].equals("--holdout") ? Integer.parseInt(args[3]) : 0;
        Trained t = train(corpus, id -> holdout == 0 || Math.floorMod(id.hashCode(), holdout) != 0);
        Files.writeString(out, t.content().serialize(), StandardCharsets.UTF_8);
        Files.writeString(out.resolveSibling(SMOOTHING_FILE), t.smoothing().serialize(), StandardCharsets.UTF_8);
    }

    /** The smoothing model's file, written beside the content model's. */
    static final String SMOOTHING_FILE = "content-smoothing.tsv";

    /** The content model and the smoothing fitted on its probabilities. */
    record Trained(LogisticModel content, SmoothingModel smoothing) {
    }

    /** Trains on the pages whose id {@code use} accepts. */
    static Trained train(Path corpus, java.util.function.Predicate<String> use) throws java.io.IOException {
        ObjectMapper m = new ObjectMapper();
        Samples samples = new Samples();
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode g = m.readTree(line);
            String id = g.get("id").asText();
            if (!use.test(id)) {
                continue;
            }
            Gold gold = Gold.of(g);
            for (String v : new String[] {"innertext", "w3m", "soup"}) {
                String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                DumpStyle style = Segmenter.detectStyle(text);
                List<Block> blocks = Segmenter.segment(text, style);
                samples.add(Classifier.classifyWithRules(blocks, style, "und"), gold);
            }
        }
        return fit(samples);
    }

    /** Fits the content model to the samples, then the smoothing to its probabilities on the same dumps. */
    static Trained fit(Samples s) {
        System.err.println("samples: " + s.xs.size());
        double[] w = train(s.xs, s.ys, s.ws, 3000, 0.05, 1e-4);
        LogisticModel model = new LogisticModel(BlockFeatures.names(), w, 0.5);
        System.err.println("accuracy on training samples: " + accuracy(model, s.xs, s.ys));
        return new Trained(model, fitSmoothing(s, model));
    }

    /**
     * Counts the smoothing's frequencies: over the blocks {@link ContentSmoothing} reads, after the content
     * model's own step, the aligned state of the first block, the changes of state between consecutive blocks
     * (on pages with a gold body, where every block is aligned: snippets mark only a few, often side by side
     * across a boundary), and the observation of every block whose state is known.
     */
    static SmoothingModel fitSmoothing(Samples s, LogisticModel model) {
        long[] starts = new long[2];
        long[][] transitions = new long[2][2];
        long[][] symbols = new long[2][SmoothingModel.SYMBOLS];
        LearnedContent learned = new LearnedContent(model);
        for (int d = 0; d < s.dumps.size(); d++) {
            Classification c = learned.apply(s.dumps.get(d));
            Gold gold = s.golds.get(d);
            List<Integer> seq = ContentSmoothing.decidable(c);
            int[] o = ContentSmoothing.observations(c, seq, ContentSmoothing.probabilities(c, seq, model));
            Double previous = null;
            for (int k = 0; k < seq.size(); k++) {
                Double y = gold.label(c.get(seq.get(k)).text());
                if (y != null) {
                    int state = y >= 0.5 ? SmoothingModel.IN : SmoothingModel.OUT;
                    symbols[state][o[k]]++;
                    if (k == 0) {
                        starts[state]++;
                    }
                    if (previous != null && gold.body() != null) {
                        transitions[previous >= 0.5 ? SmoothingModel.IN : SmoothingModel.OUT][state]++;
                    }
                }
                previous = y;
            }
        }
        return SmoothingModel.fromCounts(starts, transitions, symbols);
    }

    /** What a page's ground truth says about its blocks: the gold body, or the snippets. */
    record Gold(String body, Map<List<String>, Integer> bodyShingles, List<String> with, List<String> without) {
        static Gold of(JsonNode g) {
            String body = g.hasNonNull("body") ? g.get("body").asText() : null;
            return new Gold(body, body == null ? null : shingles(tokens(body)), strings(g.get("with")),
                    strings(g.get("without")));
        }

        /** 1 for a block of the article, 0 for one outside it, null when the truth does not tell. */
        Double label(String text) {
            return bodyShingles != null ? bodyLabel(text, bodyShingles, body) : snippetLabel(text, with, without);
        }
    }

    /** Training samples: the features of every block the model may decide, its label and weight. */
    static final class Samples {
        final List<double[]> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        final List<Double> ws = new ArrayList<>();
        final List<Classification> dumps = new ArrayList<>();
        final List<Gold> golds = new ArrayList<>();

        /** Adds the decidable blocks of one dump as the rules labelled them, where the truth tells. */
        void add(Classification c, Gold gold) {
            dumps.add(c);
            golds.add(gold);
            BlockFeatures.DocumentStats stats = new BlockFeatures.DocumentStats(c);
            for (int i = 0; i < c.size(); i++) {
                LabeledBlock b = c.get(i);
                if (!LearnedContent.isDecidable(b)) {
                    continue;
                }
                Double y = gold.label(b.text());
                if (y == null) {
                    continue;
                }
                xs.add(BlockFeatures.of(c, i, stats));
                ys.add(y);
                ws.add(Math.log1p(b.features().words()) + 0.5);
            }
        }

        void addAll(Samples other) {
            xs.addAll(other.xs);
            ys.addAll(other.ys);
            ws.addAll(other.ws);
            dumps.addAll(other.dumps);
            golds.addAll(other.golds);
        }
    }

    static double[] train(List<double[]> xs, List<Double> ys, List<Double> ws, int iterations, double rate, double l2) {
        int d = xs.get(0).length;
        int n = xs.size();
        // sparse rows: most features are indicators, and skipping zeros leaves every sum as it was
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        double[] y = new double[n];
        double[] sw = new double[n];
        double total = ws.stream().mapToDouble(Double::doubleValue).sum();
        for (int s = 0; s < n; s++) {
            double[] x = xs.get(s);
            int nz = 0;
            for (double v : x) {
                nz += v != 0 ? 1 : 0;
            }
            idx[s] = new int[nz];
            val[s] = new double[nz];
            for (int j = 0, k = 0; j < d; j++) {
                if (x[j] != 0) {
                    idx[s][k] = j;
                    val[s][k++] = x[j];
                }
            }
            y[s] = ys.get(s);
            sw[s] = ws.get(s) / total;
        }
        double[] w = new double[d];
        double[] m1 = new double[d];
        double[] m2 = new double[d];
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[d];
            for (int s = 0; s < n; s++) {
                int[] ix = idx[s];
                double[] vx = val[s];
                double z = 0;
                for (int k = 0; k < ix.length; k++) {
                    z += w[ix[k]] * vx[k];
                }
                double p = 1 / (1 + Math.exp(-z));
                double e = (p - y[s]) * sw[s];
                for (int k = 0; k < ix.length; k++) {
                    grad[ix[k]] += e * vx[k];
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] += l2 * w[j];
            }
            for (int j = 0; j < d; j++) { // Adam
                m1[j] = 0.9 * m1[j] + 0.1 * grad[j];
                m2[j] = 0.999 * m2[j] + 0.001 * grad[j] * grad[j];
                double mh = m1[j] / (1 - Math.pow(0.9, it));
                double vh = m2[j] / (1 - Math.pow(0.999, it));
                w[j] -= rate * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return w;
    }

    private static double accuracy(LogisticModel model, List<double[]> xs, List<Double> ys) {
        int ok = 0;
        for (int i = 0; i < xs.size(); i++) {
            if ((model.probability(xs.get(i)) >= 0.5) == (ys.get(i) >= 0.5)) {
                ok++;
            }
        }
        return (double) ok / xs.size();
    }

    private static Double bodyLabel(String text, Map<List<String>, Integer> gold, String body) {
        List<String> t = tokens(text);
        if (t.isEmpty()) {
            return null;
        }
        if (t.size() < 4) {
            return containsWords(body, text) ? 1.0 : 0.0;
        }
        Map<List<String>, Integer> s = shingles(t);
        int in = 0;
        int all = 0;
        for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
            all += e.getValue();
            in += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        double share = (double) in / all;
        if (share >= 0.5) {
            return 1.0;
        }
        return share <= 0.1 ? Double.valueOf(0.0) : null;
    }

    private static boolean containsWords(String body, String text) {
        String b = " " + String.join(" ", tokens(body)) + " ";
        return b.contains(" " + String.join(" ", tokens(text)) + " ");
    }

    private static Double snippetLabel(String text, List<String> with, List<String> without) {
        String norm = text.replaceAll("\\s+", " ").strip();
        if (norm.isEmpty()) {
            return null;
        }
        for (String s : with) {
            String n = s.replaceAll("\\s+", " ").strip();
            if (!n.isEmpty() && (norm.contains(n) || (n.contains(norm) && tokens(norm).size() >= 5))) {
                return 1.0;
            }
        }
        for (String s : without) {
            String n = s.replaceAll("\\s+", " ").strip();
            if (!n.isEmpty() && (norm.contains(n) || (n.contains(norm) && tokens(norm).size() >= 5))) {
                return 0.0;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher mt = TOKEN.matcher(s);
        while (mt.find()) {
            out.add(mt.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> t) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (t.size() < 4) {
            out.merge(List.copyOf(t), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + 4 <= t.size(); i++) {
            out.merge(List.copyOf(t.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
