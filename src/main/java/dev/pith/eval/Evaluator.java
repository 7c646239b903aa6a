package dev.pith.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an extractor over every document of a corpus that has a given input and scores its predictions as the
 * reference scorer (shared/corpus/score.py) does. An extractor that throws (or returns null) on a document, or an
 * input that cannot be read, scores an empty prediction there: it is counted as a failure and reported with the
 * document id and message, and the run goes on. Extractor time is measured around the extractor calls only.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** Scores a text extractor on one variant; it gets each document's input text ({@link Corpus#readDump}). */
    public static VariantScores evaluate(Corpus corpus, Variant variant, Function<String, Prediction> textExtractor,
                                         PerDocumentSink sink) {
        return run(corpus, variant, d -> {
            String text = corpus.readDump(d, variant);
            return new Input<>(text, utf8Length(text));
        }, textExtractor, sink);
    }

    /** Scores an HTML extractor on the pages' original bytes. */
    public static VariantScores evaluateHtml(Corpus corpus, Function<byte[], Prediction> htmlExtractor,
                                             PerDocumentSink sink) {
        return run(corpus, Variant.HTML, d -> {
            byte[] b = corpus.readHtmlBytes(d);
            return new Input<>(b, b.length);
        }, htmlExtractor, sink);
    }

    private record Input<T>(T value, long bytes) {
    }

    @FunctionalInterface
    private interface Reader<T> {
        Input<T> read(GoldDocument d) throws IOException;
    }

    private static <T> VariantScores run(Corpus corpus, Variant variant, Reader<T> reader,
                                         Function<T, Prediction> extractor, PerDocumentSink sink) {
        Tally tally = new Tally(variant);
        long nanos = 0;
        long bytes = 0;
        for (GoldDocument d : corpus.documents()) {
            if (!corpus.has(d, variant)) {
                continue;
            }
            Prediction p = Prediction.empty();
            String error = null;
            Input<T> in = null;
            try {
                in = reader.read(d);
            } catch (IOException | RuntimeException e) {
                error = "cannot read input: " + message(e);
            }
            if (in != null) {
                bytes += in.bytes();
                long t0 = System.nanoTime();
                try {
                    Prediction got = extractor.apply(in.value());
                    if (got == null) {
                        error = "extractor returned null";
                    } else {
                        p = got;
                    }
                } catch (Exception | StackOverflowError e) {
                    error = message(e);
                }
                nanos += System.nanoTime() - t0;
            }
            DocumentResult r = score(d, variant, p, error);
            tally.add(d, r);
            sink.accept(r);
        }
        return tally.scores(nanos / 1e9, bytes);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** score.py's per-document scoring (the loop body of score_variant). */
    static DocumentResult score(GoldDocument d, Variant variant, Prediction p, String error) {
        String body = p.body();
        boolean failure = Metrics.isBlank(body);

        DocumentResult.Body bodyResult = null;
        if (d.body() != null && !Metrics.isBlank(d.body())) {
            List<String> goldTokens = Metrics.tokenize(d.body());
            List<String> predTokens = Metrics.tokenize(body);
            double[] t = Metrics.shingleCounts(goldTokens, predTokens);
            double precision = Metrics.precision(t);
            double recall = Metrics.recall(t);
            bodyResult = new DocumentResult.Body(t[0], t[1], t[2], precision, recall, Metrics.f1(precision, recall),
                    goldTokens.equals(predTokens));
        }

        DocumentResult.Snippets snippets = null;
        List<String> with = nonBlank(d.with());
        List<String> without = nonBlank(d.without());
        if (!with.isEmpty() || !without.isEmpty()) {
            String b = Metrics.wsNorm(body);
            List<String> missed = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (String s : with) {
                if (!b.contains(Metrics.wsNorm(s))) {
                    missed.add(s);
                }
            }
            for (String s : without) {
                if (b.contains(Metrics.wsNorm(s))) {
                    found.add(s);
                }
            }
            int tp = with.size() - missed.size();
            snippets = new DocumentResult.Snippets(tp, found.size(), missed.size(), without.size() - found.size(),
                    missed, found);
        }

        String goldTitle = Metrics.textNorm(d.title());
        String predTitle = Metrics.textNorm(p.headline());
        boolean titled = !goldTitle.isEmpty();
        DocumentResult.Headline headline = new DocumentResult.Headline(d.title(), p.headline(), titled,
                titled && predTitle.equals(goldTitle),
                titled && !predTitle.isEmpty() && (predTitle.contains(goldTitle) || goldTitle.contains(predTitle)));

        Set<String> goldNames = Metrics.nameSet(d.author());
        Set<String> predNames = Metrics.nameSet(p.authors());
        boolean named = !goldNames.isEmpty();
        DocumentResult.Author author = new DocumentResult.Author(d.author(), p.authors(), goldNames, predNames, named,
                named && goldNames.equals(predNames), named && predNames.stream().anyMatch(goldNames::contains));

        String goldDate = Metrics.strip(d.date());
        boolean dated = !goldDate.isEmpty();
        DocumentResult.Date date = new DocumentResult.Date(d.date(), p.published(), dated,
                dated && Metrics.prefix(Metrics.strip(p.published()), 10).equals(Metrics.prefix(goldDate, 10)));

        return new DocumentResult(d.id(), variant, failure, error, bodyResult, snippets, headline, author, date);
    }

    private static List<String> nonBlank(List<String> snippets) {
        return snippets.stream().filter(s -> s != null && !Metrics.isBlank(s)).toList();
    }

    /** score.py's totals (the end of score_variant). */
    private static final class Tally {
        private final Variant variant;
        private final List<double[]> triples = new ArrayList<>();
        private final List<Double> accuracies = new ArrayList<>();
        private final List<VariantScores.DocumentError> errors = new ArrayList<>();
        private final long[] snip = new long[4];
        private int documents;
        private int failures;
        private int snippetDocs;
        private int titles;
        private int titleStrict;
        private int titleLenient;
        private int authors;
        private int authorExact;
        private int authorAny;
        private int emptyAuthors;
        private int emptyAuthorOk;
        private int dates;
        private int dateOk;

        Tally(Variant variant) {
            this.variant = variant;
        }

        void add(GoldDocument d, DocumentResult r) {
            documents++;
            failures += r.failure() ? 1 : 0;
            if (r.error() != null) {
                errors.add(new VariantScores.DocumentError(d.id(), r.error()));
            }
            if (r.body() != null) {
                triples.add(new double[] {r.body().tp(), r.body().fp(), r.body().fn()});
                accuracies.add(r.body().exactTokens() ? 1.0 : 0.0);
            }
            if (r.snippets() != null) {
                snippetDocs++;
                snip[0] += r.snippets().tp();
                snip[1] += r.snippets().fp();
                snip[2] += r.snippets().fn();
                snip[3] += r.snippets().tn();
            }
            if (r.headline().scored()) {
                titles++;
                titleStrict += r.headline().strict() ? 1 : 0;
                titleLenient += r.headline().lenient() ? 1 : 0;
            }
            if (r.author().scored()) {
                authors++;
                authorExact += r.author().exact() ? 1 : 0;
                authorAny += r.author().any() ? 1 : 0;
            } else {
                emptyAuthors++;
                emptyAuthorOk += r.author().predictedEmpty() ? 1 : 0;
            }
            if (r.date().scored()) {
                dates++;
                dateOk += r.date().correct() ? 1 : 0;
            }
        }

        VariantScores scores(double seconds, long bytes) {
            double[] b = Metrics.shingleMetrics(triples);
            double[] s = Metrics.snippetMetrics(snip[0], snip[1], snip[2], snip[3]);
            return new VariantScores(variant, documents, failures, errors,
                    new VariantScores.BodyScores(triples.size(), b[0], b[1], b[2], Metrics.mean(accuracies)),
                    new VariantScores.SnippetScores(snippetDocs, s[0], s[1], s[2], s[3], snip[0], snip[1], snip[2],
                            snip[3]),
                    new VariantScores.HeadlineScores(titles, ratio(titleStrict, titles), ratio(titleLenient, titles)),
                    new VariantScores.AuthorScores(authors, ratio(authorExact, authors), ratio(authorAny, authors),
                            emptyAuthors, ratio(emptyAuthorOk, emptyAuthors)),
                    new VariantScores.DateScores(dates, ratio(dateOk, dates)), seconds, bytes);
        }

        private static Double ratio(int a, int b) {
            return b == 0 ? null : (double) a / b;
        }
    }
}
