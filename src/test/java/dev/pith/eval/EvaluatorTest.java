package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    private static final double EPS = 1e-12;
    @TempDir
    Path tmp;
    private Corpus corpus;

    /** Four pages: a body page, a snippet page, a page only in html, a page whose dump file is missing. */
    @BeforeEach
    void corpus() throws IOException {
        TestCorpus t = new TestCorpus(tmp);
        ObjectNode a = t.doc("sh-a");
        a.put("body", "one two three four five").put("title", "The Title").put("author", "Jane Doe and John Roe")
                .put("date", "2021-03-04");
        t.dump(a, Variant.INNERTEXT, "The Title\nBy Jane Doe\none two three four five\nshare this");
        t.html(a, "<h1>The Title</h1>".getBytes(StandardCharsets.UTF_8));
        ObjectNode b = t.doc("tf-b");
        b.withArray("with").add("kept  text").add("lost text").add(" ");
        b.withArray("without").add("Share this").add("absent");
        t.dump(b, Variant.INNERTEXT, "THROW");
        ObjectNode c = t.doc("tf-c");
        t.html(c, new byte[] {(byte) 0xff, 0});
        ObjectNode d = t.doc("tf-d");
        ((ObjectNode) d.get("dumps")).put("innertext", "dumps/innertext/gone.txt");
        corpus = t.write();
    }

    private static Prediction keepAll(String text) {
        if (text.equals("THROW")) {
            throw new IllegalStateException("cannot parse");
        }
        return new Prediction(text.lines().findFirst().orElse(null), List.of("By Jane Doe"), "2021-03-04T12:00",
                text);
    }

    @Test
    void everyDocumentWithTheVariantIsScoredInCorpusOrderAndOnlyThose() {
        List<String> ids = new ArrayList<>();
        VariantScores s = Evaluator.evaluate(corpus, Variant.INNERTEXT, EvaluatorTest::keepAll, r -> ids.add(r.id()));
        assertEquals(List.of("sh-a", "tf-b", "tf-d"), ids);
        assertEquals(3, s.documents());
        assertEquals(Variant.INNERTEXT, s.variant());
    }

    @Test
    void extractorExceptionsAndUnreadableInputsAreFailuresReportedWithIdAndMessageAndTheRunGoesOn() {
        VariantScores s = Evaluator.evaluate(corpus, Variant.INNERTEXT, EvaluatorTest::keepAll, PerDocumentSink.NONE);
        assertEquals(2, s.failures());
        assertEquals(2, s.errors().size());
        assertEquals("tf-b", s.errors().get(0).id());
        assertEquals("IllegalStateException: cannot parse", s.errors().get(0).message());
        assertEquals("tf-d", s.errors().get(1).id());
        assertTrue(s.errors().get(1).message().startsWith("cannot read input: NoSuchFileException"),
                s.errors().get(1).message());
    }

    @Test
    void aNullPredictionIsAnErrorScoredAsEmpty() {
        VariantScores s = Evaluator.evaluateHtml(corpus, b -> null, PerDocumentSink.NONE);
        assertEquals(2, s.failures());
        assertEquals("extractor returned null", s.errors().get(0).message());
    }

    @Test
    void aStackOverflowInTheExtractorIsCaughtToo() {
        VariantScores s = Evaluator.evaluateHtml(corpus, b -> {
            throw new StackOverflowError();
        }, PerDocumentSink.NONE);
        assertEquals(List.of("StackOverflowError", "StackOverflowError"),
                s.errors().stream().map(VariantScores.DocumentError::message).toList());
    }

    @Test
    void scoresFollowScorePyOnEachKind() {
        VariantScores s = Evaluator.evaluate(corpus, Variant.INNERTEXT, EvaluatorTest::keepAll, PerDocumentSink.NONE);
        // body: gold 2 shingles all found, predicted 9 windows -> tp 2/9, fp 7/9
        assertEquals(1, s.body().documents());
        assertEquals(2 / 9.0, s.body().precision(), EPS);
        assertEquals(1.0, s.body().recall(), EPS);
        assertEquals(0.0, s.body().accuracy(), EPS);
        // snippets of tf-b: extraction threw, so the 2 "with" are missed and the 2 "without" absent
        assertEquals(1, s.snippets().documents());
        assertEquals(List.of(0L, 0L, 2L, 2L),
                List.of(s.snippets().tp(), s.snippets().fp(), s.snippets().fn(), s.snippets().tn()));
        assertEquals(0.5, s.snippets().accuracy(), EPS);
        assertEquals(1, s.headline().documents());
        assertEquals(1.0, s.headline().strict());
        assertEquals(1, s.author().documents());
        assertEquals(0.0, s.author().exact());
        assertEquals(1.0, s.author().any());
        assertEquals(2, s.author().emptyGoldDocuments());
        assertEquals(1.0, s.author().emptyWhenGoldEmpty(), "the two errors predicted nobody");
        assertEquals(1.0, s.date().accuracy());
    }

    @Test
    void ratiosWithoutAnyDocumentAreNullAsScorePyGivesNone() throws IOException {
        TestCorpus t = new TestCorpus(tmp.resolve("bare"));
        t.dump(t.doc("x"), Variant.SOUP, "text");
        VariantScores s = Evaluator.evaluate(t.write(), Variant.SOUP, EvaluatorTest::keepAll, PerDocumentSink.NONE);
        assertNull(s.headline().strict());
        assertNull(s.author().exact());
        assertNull(s.date().accuracy());
        assertTrue(Double.isNaN(s.headlineAccuracy()));
        assertEquals(0.0, s.body().f1());
        assertEquals(0.0, s.snippets().f1());
    }

    @Test
    void htmlExtractorsGetThePagesGunzippedBytes() {
        List<String> seen = new ArrayList<>();
        VariantScores s = Evaluator.evaluateHtml(corpus, b -> {
            seen.add(new String(b, StandardCharsets.ISO_8859_1));
            return new Prediction(null, null, null, "x");
        }, PerDocumentSink.NONE);
        assertEquals(List.of("<h1>The Title</h1>", "\u00ff\u0000"), seen);
        assertEquals(Variant.HTML, s.variant());
        assertEquals(20, s.inputBytes());
    }

    @Test
    void speedIsMeasuredAroundTheExtractorCallsOverTheirInputBytes() {
        VariantScores s = Evaluator.evaluate(corpus, Variant.INNERTEXT, text -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Prediction.empty();
        }, PerDocumentSink.NONE);
        assertTrue(s.extractorSeconds() >= 0.06 && s.extractorSeconds() < 2, "seconds " + s.extractorSeconds());
        assertEquals("The Title\nBy Jane Doe\none two three four five\nshare this".length() + "THROW".length(),
                s.inputBytes(), "the unreadable page adds nothing");
        assertEquals(3 / s.extractorSeconds(), s.documentsPerSecond(), 1e-9);
        assertEquals(s.inputBytes() / 1e6 / s.extractorSeconds(), s.megabytesPerSecond(), 1e-9);
    }

    @Test
    void eachDocumentResultShowsWhatWasMissedFoundAndCompared() {
        List<DocumentResult> rs = new ArrayList<>();
        Evaluator.evaluate(corpus, Variant.INNERTEXT,
                text -> text.equals("THROW") ? new Prediction("x", null, null, "kept text, Share this!") : keepAll(text),
                rs::add);
        DocumentResult a = rs.get(0);
        assertEquals(2 / 9.0, a.body().tp(), EPS);
        assertEquals(2 * (2 / 9.0) / (2 / 9.0 + 1), a.body().f1(), EPS);
        assertNull(a.snippets());
        assertEquals(new DocumentResult.Headline("The Title", "The Title", true, true, true), a.headline());
        assertEquals(Set.of("jane doe", "john roe"), a.author().goldNames());
        assertEquals(List.of("By Jane Doe"), a.author().predicted());
        assertTrue(a.author().any());
        assertFalse(a.author().exact());
        assertEquals(new DocumentResult.Date("2021-03-04", "2021-03-04T12:00", true, true), a.date());
        DocumentResult b = rs.get(1);
        assertNull(b.body());
        assertNull(b.error());
        assertEquals(List.of("lost text"), b.snippets().missedWith());
        assertEquals(List.of("Share this"), b.snippets().foundWithout());
        assertFalse(b.headline().scored());
        assertFalse(b.author().scored());
        assertTrue(rs.get(2).failure());
        assertTrue(rs.get(2).error().contains("gone.txt"));
    }

    @Test
    void theJsonLinesSinkWritesOneObjectPerDocumentWithVariantIds() throws IOException {
        StringWriter out = new StringWriter();
        Evaluator.evaluate(corpus, Variant.INNERTEXT, EvaluatorTest::keepAll, PerDocumentSink.jsonLines(out));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("sh-a", first.get("id").asText());
        assertEquals("innertext", first.get("variant").asText());
        assertTrue(first.get("body").get("f1").isNumber());
        assertEquals("The Title", first.get("headline").get("gold").asText());
        assertEquals("cannot parse", new ObjectMapper().readTree(lines.get(1)).get("error").asText()
                .replace("IllegalStateException: ", ""));
    }

    @Test
    void scoringTheWholeDevCorpusInEveryVariantTakesSeconds() {
        Corpus dev;
        try {
            dev = Corpus.load(CorpusDir.require());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AtomicReference<Integer> n = new AtomicReference<>(0);
        long t0 = System.nanoTime();
        for (Variant v : List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP)) {
            long t = System.nanoTime();
            Evaluator.evaluate(dev, v, text -> new Prediction(text.lines().findFirst().orElse(""), List.of(), null, text),
                    r -> n.set(n.get() + 1));
            System.out.printf("%s %.2f s%n", v.id(), (System.nanoTime() - t) / 1e9);
        }
        long t = System.nanoTime();
        Evaluator.evaluateHtml(dev, b -> new Prediction(null, List.of(), null, new String(b, StandardCharsets.UTF_8)),
                r -> n.set(n.get() + 1));
        System.out.printf("html %.2f s%n", (System.nanoTime() - t) / 1e9);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("scored %d documents (reading included) in %.2f s%n", n.get(), seconds);
        assertEquals(4 * 548, n.get());
        assertTrue(seconds < 30, "scoring took " + seconds + " s");
    }
}
