package dev.pith.html;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.classify.LabeledBlock;
import dev.pith.eval.Corpus;
import dev.pith.eval.GoldDocument;
import dev.pith.eval.Metrics;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid (not a test): for every "with" snippet the HTML extraction misses and every "without" snippet
 * it keeps, the label and reason of the block that holds it (for a miss: the removed block it went to, "outside
 * the article body" when the container chosen was too narrow), counted by reason, and with {@code -v}, listed.
 * Run: {@code java -cp $CP dev.pith.html.HtmlSnippetFailures CORPUS_DIR [-v]}.
 */
public final class HtmlSnippetFailures {
    private HtmlSnippetFailures() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.load(Path.of(args[0]));
        boolean verbose = args.length > 1 && args[1].equals("-v");
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> kept = new TreeMap<>();
        for (GoldDocument d : corpus.documents()) {
            if (d.with().isEmpty() && d.without().isEmpty()) {
                continue;
            }
            byte[] bytes = corpus.readHtmlBytes(d);
            Charset cs = HtmlCharset.detect(bytes);
            Extraction x = HtmlExtractor.extract(new String(bytes, cs), d.id(), ExtractOptions.DEFAULT, List.of());
            String body = Metrics.wsNorm(x.article().text());
            for (String s : d.with()) {
                String n = Metrics.wsNorm(s);
                if (!n.isBlank() && !body.contains(n)) {
                    String why = holder(x.labels().blocks(), n);
                    missed.merge(why, 1, Integer::sum);
                    if (verbose) {
                        System.out.println(d.id() + " MISSED " + why + " | " + n);
                    }
                }
            }
            for (String s : d.without()) {
                String n = Metrics.wsNorm(s);
                if (!n.isBlank() && body.contains(n)) {
                    String why = holder(x.labels().blocks(), n);
                    kept.merge(why, 1, Integer::sum);
                    if (verbose) {
                        System.out.println(d.id() + " KEPT " + why + " | " + n);
                    }
                }
            }
        }
        System.out.println("== html: with snippets missed, by the block that holds them");
        missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        System.out.println("== html: without snippets kept, by the block that holds them");
        kept.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
    }

    private static String holder(List<LabeledBlock> blocks, String snippet) {
        for (LabeledBlock b : blocks) {
            if (Metrics.wsNorm(b.text()).contains(snippet)) {
                return b.label().id() + ": " + b.reason().replaceAll("\"[^\"]*\"", "\"..\"").replaceAll("[0-9.]+", "#");
            }
        }
        return "(not inside one block)";
    }
}
