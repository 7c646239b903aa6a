package dev.pith.eval;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.article.Article;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Development aid (not a test): scores the three text dump styles as {@code pith eval} does, one thread per
 * style, and writes every document's result as a JSON line to {@code OUT_DIR/<variant>.jsonl} for diffing two
 * runs. Run: {@code java -cp $CP dev.pith.eval.TextEvalDocs CORPUS_DIR OUT_DIR [THREADS]}.
 */
public final class TextEvalDocs {
    private TextEvalDocs() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.load(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<VariantScores>> rows = new ArrayList<>();
        for (Variant v : List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP)) {
            rows.add(pool.submit(() -> {
                try (Writer w = Files.newBufferedWriter(out.resolve(v.id() + ".jsonl"), StandardCharsets.UTF_8)) {
                    return Evaluator.evaluate(corpus, v, text -> predict(Pith.extract(text, "-", ExtractOptions.DEFAULT)),
                            PerDocumentSink.jsonLines(w));
                }
            }));
        }
        List<VariantScores> scores = new ArrayList<>();
        for (Future<VariantScores> f : rows) {
            scores.add(f.get());
        }
        pool.shutdown();
        System.out.print(Report.table(scores));
    }

    private static Prediction predict(Article a) {
        return new Prediction(a.headline(), a.authors(), a.published() == null ? null : a.published().iso(), a.text());
    }
}
