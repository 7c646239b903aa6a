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
        LogisticModel model = train(corpus, id -> holdout == 0 || Math.floorMod(id.hashCode(), holdout) != 0);
        Files.writeString(out, model.serialize(), StandardCharsets.UTF_8);
    }

    /** Trains on the pages whose id {@code use} accepts. */
    static LogisticModel train(Path corpus, java.util.function.Predicate<String> use) throws java.io.IOException {
        ObjectMapper m = new ObjectMapper();
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode g = m.readTree(line);
            String id = g.get("id").asText();
            if (!use.test(id)) {
                continue;
            }
            String body = g.hasNonNull("body") ? g.get("body").asText() : null;
            List<String> with = strings(g.get("with"));
            List<String> without = strings(g.get("without"));
            Map<List<String>, Integer> goldShingles = body == null ? null : shingles(tokens(body));
            for (String v : new String[] {"innertext", "w3m", "soup"}) {
                String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                DumpStyle style = Segmenter.detectStyle(text);
                List<Block> blocks = Segmenter.segment(text, style);
                Classification c = Classifier.classifyWithRules(blocks, style, "und");
                BlockFeatures.DocumentStats stats = new BlockFeatures.DocumentStats(c);
                for (int i = 0; i < c.size(); i++) {
                    LabeledBlock b = c.get(i);
                    Label l = b.label();
                    if (!(l.isContent() || l == Label.FURNITURE || l == Label.OTHER_TEXT)) {
                        continue;
                    }
                    Double y = goldShingles != null ? bodyLabel(b.text(), goldShingles, body) : snippetLabel(b.text(), with, without);
                    if (y == null) {
                        continue;
                    }
                    xs.add(BlockFeatures.of(c, i, stats));
                    ys.add(y);
                    ws.add(Math.log1p(b.features().words()) + 0.5);
                }
            }
        }
        System.err.println("samples: " + xs.size());
        double[] w = train(xs, ys, ws, 3000, 0.05, 1e-4);
        LogisticModel model = new LogisticModel(BlockFeatures.names(), w, 0.5);
        System.err.println("accuracy on training samples: " + accuracy(model, xs, ys));
        return model;
    }

    static double[] train(List<double[]> xs, List<Double> ys, List<Double> ws, int iterations, double rate, double l2) {
        int d = xs.get(0).length;
        double[] w = new double[d];
        double[] m1 = new double[d];
        double[] m2 = new double[d];
        double total = ws.stream().mapToDouble(Double::doubleValue).sum();
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[d];
            for (int s = 0; s < xs.size(); s++) {
                double[] x = xs.get(s);
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double e = (p - ys.get(s)) * ws.get(s) / total;
                for (int j = 0; j < d; j++) {
                    grad[j] += e * x[j];
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
