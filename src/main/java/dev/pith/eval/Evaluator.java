package dev.pith.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an extractor over every page of a corpus that has a given input and scores what it returns.
 * An extractor that throws on a page scores an empty prediction there; the run goes on.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** Scores a text extractor on one dump variant. */
    public static VariantScores evaluate(Corpus corpus, Variant variant, Function<String, Prediction> extractor)
            throws IOException {
        return run(corpus, variant, d -> {
            String text = corpus.readDump(d, variant);
            return new Input<>(text, text.getBytes(StandardCharsets.UTF_8).length);
        }, extractor);
    }

    /** Scores an HTML extractor on the pages' bytes. */
    public static VariantScores evaluateHtml(Corpus corpus, Function<byte[], Prediction> extractor) throws IOException {
        return run(corpus, Variant.HTML, d -> {
            byte[] b = corpus.readHtml(d);
            return new Input<>(b, b.length);
        }, extractor);
    }

    private record Input<T>(T value, long bytes) {
    }

    @FunctionalInterface
    private interface Reader<T> {
        Input<T> read(GoldDocument d) throws IOException;
    }

    private static <T> VariantScores run(Corpus corpus, Variant variant, Reader<T> reader, Function<T, Prediction> extractor)
            throws IOException {
        List<double[]> triples = new ArrayList<>();
        long[] snippets = new long[4];
        int docs = 0;
        int failures = 0;
        int snippetPages = 0;
        int titles = 0;
        int titleOk = 0;
        int authors = 0;
        int authorOk = 0;
        int dates = 0;
        int dateOk = 0;
        long nanos = 0;
        long bytes = 0;
        for (GoldDocument d : corpus.documents()) {
            if (!d.has(variant)) {
                continue;
            }
            docs++;
            Input<T> in = reader.read(d);
            bytes += in.bytes();
            Prediction p;
            long t0 = System.nanoTime();
            try {
                p = extractor.apply(in.value());
            } catch (RuntimeException e) {
                p = Prediction.empty();
            }
            nanos += System.nanoTime() - t0;
            if (p.body().isBlank()) {
                failures++;
            }
            if (d.body() != null && !d.body().isBlank()) {
                triples.add(Metrics.shingleCounts(d.body(), p.body()));
            }
            List<String> with = nonBlank(d.with());
            List<String> without = nonBlank(d.without());
            if (!with.isEmpty() || !without.isEmpty()) {
                snippetPages++;
                String body = Metrics.wsNorm(p.body());
                for (String s : with) {
                    snippets[body.contains(Metrics.wsNorm(s)) ? 0 : 2]++;
                }
                for (String s : without) {
                    snippets[body.contains(Metrics.wsNorm(s)) ? 1 : 3]++;
                }
            }
            String goldTitle = Metrics.textNorm(d.title());
            if (!goldTitle.isEmpty()) {
                titles++;
                titleOk += goldTitle.equals(Metrics.textNorm(p.headline())) ? 1 : 0;
            }
            Set<String> goldNames = Metrics.nameSet(d.author() == null ? List.of() : List.of(d.author()));
            if (!goldNames.isEmpty()) {
                authors++;
                authorOk += goldNames.equals(Metrics.nameSet(p.authors())) ? 1 : 0;
            }
            if (d.date() != null && !d.date().isBlank()) {
                dates++;
                String pub = p.published() == null ? "" : p.published().strip();
                String gold = d.date().strip();
                dateOk += prefix(pub, 10).equals(prefix(gold, 10)) ? 1 : 0;
            }
        }
        double precision = mean(triples, true);
        double recall = mean(triples, false);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        long tp = snippets[0];
        long fp = snippets[1];
        long fn = snippets[2];
        double sp = tp + fp > 0 ? (double) tp / (tp + fp) : 0;
        double sr = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
        double sf = 2 * tp + fp + fn > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0;
        return new VariantScores(variant, docs, failures, triples.size(), precision, recall, f1, snippetPages, sp, sr, sf,
                titles, ratio(titleOk, titles), authors, ratio(authorOk, authors), dates, ratio(dateOk, dates),
                nanos / 1e9, bytes / 1e6);
    }

    private static double mean(List<double[]> triples, boolean precision) {
        double sum = 0;
        int n = 0;
        for (double[] t : triples) {
            if (precision ? t[0] + t[1] > 0 : t[0] + t[2] > 0) {
                sum += precision ? Metrics.precision(t) : Metrics.recall(t);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static List<String> nonBlank(List<String> s) {
        return s.stream().filter(x -> x != null && !x.isBlank()).toList();
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
