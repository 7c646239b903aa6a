package dev.pith.classify;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.eval.Corpus;
import dev.pith.eval.GoldDocument;
import dev.pith.eval.Metrics;
import dev.pith.eval.Variant;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid (not a test): for every "with" snippet the shipped pipeline misses and every "without" snippet
 * it keeps, the label and reason of the block that holds it, per dump style, counted by reason (and with
 * {@code -v}, listed). Run: {@code java -cp $CP dev.pith.classify.SnippetFailures CORPUS_DIR [-v]}.
 */
public final class SnippetFailures {
    private SnippetFailures() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.load(Path.of(args[0]));
        boolean verbose = args.length > 1 && args[1].equals("-v");
        for (Variant v : new Variant[] {Variant.INNERTEXT, Variant.W3M, Variant.SOUP}) {
            Map<String, Integer> missed = new TreeMap<>();
            Map<String, Integer> kept = new TreeMap<>();
            for (GoldDocument d : corpus.documents()) {
                if (d.with().isEmpty() && d.without().isEmpty() || !corpus.has(d, v)) {
                    continue;
                }
                Extraction x = Pith.explain(corpus.readDump(d, v), "-", ExtractOptions.DEFAULT);
                String body = Metrics.wsNorm(x.article().text());
                for (String s : d.with()) {
                    String n = Metrics.wsNorm(s);
                    if (!n.isBlank() && !body.contains(n)) {
                        String why = holder(x.labels(), n);
                        missed.merge(why, 1, Integer::sum);
                        if (verbose) {
                            System.out.println(v.id() + " " + d.id() + " MISSED " + why + " | " + n);
                        }
                    }
                }
                for (String s : d.without()) {
                    String n = Metrics.wsNorm(s);
                    if (!n.isBlank() && body.contains(n)) {
                        String why = holder(x.labels(), n);
                        kept.merge(why, 1, Integer::sum);
                        if (verbose) {
                            System.out.println(v.id() + " " + d.id() + " KEPT " + why + " | " + n);
                        }
                    }
                }
            }
            System.out.println("== " + v.id() + ": with snippets missed, by the label of their block");
            missed.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
            System.out.println("== " + v.id() + ": without snippets kept, by the label of their block");
            kept.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        }
    }

    private static String holder(Classification c, String snippet) {
        for (LabeledBlock b : c.blocks()) {
            if (Metrics.wsNorm(b.text()).contains(snippet)) {
                return b.label().id() + ": " + b.reason().replaceAll("[0-9.]+", "#");
            }
        }
        return "(not inside one block)";
    }
}
