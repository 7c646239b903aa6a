package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** pith eval on the dev corpus (the three dumps and the HTML): every page is processed, and no score falls below its floor. */
class CorpusQualityGateTest {
    private static Corpus corpus;
    private static List<VariantScores> scores;

    /** Evaluates once, for all tests of the class; each test skips, saying why, when the corpus is absent. */
    private static synchronized List<VariantScores> scores() throws IOException {
        java.nio.file.Path dir = CorpusDir.require();
        if (scores == null) {
            corpus = Corpus.load(dir);
            List<VariantScores> out = new ArrayList<>();
            for (Variant v : List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP)) {
                out.add(Evaluator.evaluate(corpus, v, text -> {
                    Article a = Pith.extract(text, "-", ExtractOptions.DEFAULT);
                    return new Prediction(a.headline(), a.authors(), a.published() == null ? null : a.published().iso(),
                            a.text());
                }, PerDocumentSink.NONE));
            }
            out.add(Evaluator.evaluateHtml(corpus, dev.pith.cli.EvalCommand::predictHtml, PerDocumentSink.NONE));
            System.out.print(Report.table(out));
            scores = List.copyOf(out);
        }
        return scores;
    }

    @Test
    void everyPageOfEveryDumpStyleIsProcessedWithoutACrash() throws IOException {
        for (VariantScores s : scores()) {
            assertEquals(corpus.documents().size(), s.documents());
            assertTrue(s.failures() <= 0.01 * s.documents(), s.variant() + ": " + s.failures() + " pages with an empty body");
        }
    }

    @Test
    void noScoreFallsBelowItsFloor() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/quality-floors.properties")) {
            floors.load(in);
        }
        List<Executable> checks = new ArrayList<>();
        for (VariantScores s : scores()) {
            String v = s.variant().id();
            checks.add(() -> atLeast(floors, v + ".body_f1", s.bodyF1()));
            checks.add(() -> atLeast(floors, v + ".snippet_f1", s.snippetF1()));
            checks.add(() -> atLeast(floors, v + ".headline", s.headlineAccuracy()));
            checks.add(() -> atLeast(floors, v + ".author", s.authorAccuracy()));
            checks.add(() -> atLeast(floors, v + ".date", s.dateAccuracy()));
        }
        assertAll(checks);
    }

    private static void atLeast(Properties floors, String key, double value) {
        double floor = Double.parseDouble(floors.getProperty(key));
        assertTrue(value >= floor, String.format("%s is %.4f, below its floor %.2f", key, value, floor));
    }
}
