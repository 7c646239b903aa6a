package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator's scores equal those of the corpus's reference scorer (score.py) to 1e-3, for every variant and
 * every score: on the dev corpus with a simple deterministic baseline extractor, and on a small made-up corpus of
 * edge cases. Skips, saying why, when python3, score.py or the corpus is absent.
 */
class ReferenceScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TOLERANCE = 1e-3;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BLOCK = Pattern.compile(
            "(?is)<(script|style|noscript)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</?(?:p|div|h[1-6]|li|tr|td|article|section|header|footer|title|blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /**
     * The baseline: body = every line of 12+ words, headline = the first non-empty line, authors = lines starting
     * with "By " without it, published = the first YYYY-MM-DD. It throws on every 61st input length, so that errors
     * (a prediction missing for score.py) are compared too.
     */
    static Prediction baseline(String text) {
        if (text.length() % 61 == 0) {
            throw new IllegalStateException("baseline refuses inputs of " + text.length() + " chars");
        }
        List<String> body = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        String headline = null;
        String published = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (headline == null && !l.isEmpty()) {
                headline = l;
            }
            if (!l.isEmpty() && l.split("\\s+").length >= 12) {
                body.add(l);
            }
            if (l.startsWith("By ")) {
                authors.add(l.substring(3));
            }
            Matcher m = ISO_DATE.matcher(l);
            if (published == null && m.find()) {
                published = m.group();
            }
        }
        return new Prediction(headline, authors, published, String.join("\n\n", body));
    }

    /** The HTML baseline: tags to lines (scripts and styles dropped, a few entities decoded), then {@link #baseline}. */
    static Prediction htmlBaseline(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        html = BLOCK.matcher(html).replaceAll(" ");
        html = BREAK.matcher(html).replaceAll("\n");
        html = TAG.matcher(html).replaceAll("");
        html = html.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return baseline(html);
    }

    /** Writes each scored document's prediction as score.py reads it; errors are left out (missing for score.py). */
    private static final class PredictionFile implements AutoCloseable {
        private final BufferedWriter out;
        private Prediction last;

        PredictionFile(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        <T> Function<T, Prediction> recording(Function<T, Prediction> extractor) {
            return in -> {
                last = null;
                last = extractor.apply(in);
                return last;
            };
        }

        PerDocumentSink sink() {
            return r -> {
                if (r.error() != null) {
                    return;
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("id", r.id());
                o.put("variant", r.variant().id());
                o.put("headline", last.headline());
                o.set("authors", JSON.valueToTree(last.authors()));
                o.put("published", last.published());
                o.put("body", last.body());
                try {
                    out.write(JSON.writeValueAsString(o));
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    @Test
    @Timeout(120)
    void onTheDevCorpusEveryVariantAndScoreEqualsTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path corpusDir = CorpusDir.require();
        Path scorer = scorer(corpusDir.resolve("../score.py"));
        Path python = Python.require();
        Corpus corpus = Corpus.load(corpusDir);
        Path preds = tmp.resolve("pred.jsonl");
        List<VariantScores> java = new ArrayList<>();
        try (PredictionFile file = new PredictionFile(preds)) {
            for (Variant v : List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP)) {
                java.add(Evaluator.evaluate(corpus, v, file.recording(ReferenceScorerAgreementTest::baseline),
                        file.sink()));
            }
            java.add(Evaluator.evaluateHtml(corpus, file.recording(ReferenceScorerAgreementTest::htmlBaseline),
                    file.sink()));
        }
        JsonNode ref = referenceScores(python, scorer, corpusDir, preds);
        System.out.print(Report.table(java));
        assertEquals(corpus.documents().size(), ref.path("corpus_docs").asInt(-1), "score.py's corpus_docs");
        assertTrue(java.stream().mapToInt(s -> s.errors().size()).sum() > 0, "the baseline threw nowhere");
        assertAgreement(ref, java, corpus.documents().size());
    }

    @Test
    @Timeout(60)
    void onMadeUpEdgeCasesEveryVariantAndScoreEqualsTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path scorer = scorer(Path.of(System.getProperty("pith.corpus", "../shared/corpus/dev")).resolve("../score.py"));
        Path python = Python.require();
        EdgeCorpus edge = EdgeCorpus.write(tmp.resolve("corpus"));
        Corpus corpus = Corpus.load(edge.dir);
        Path preds = tmp.resolve("pred.jsonl");
        List<VariantScores> java = new ArrayList<>();
        try (PredictionFile file = new PredictionFile(preds)) {
            java.add(Evaluator.evaluate(corpus, Variant.INNERTEXT, file.recording(edge::predict), file.sink()));
            java.add(Evaluator.evaluateHtml(corpus,
                    file.recording(b -> edge.predict(new String(b, StandardCharsets.UTF_8))), file.sink()));
        }
        JsonNode ref = referenceScores(python, scorer, edge.dir, preds);
        assertEquals(1, java.get(0).errors().size(), "the throwing document");
        assertNull(java.get(1).headline().strict(), "no html page has a gold title: n/a as in score.py");
        assertAgreement(ref, java, corpus.documents().size());
    }

    private static Path scorer(Path p) {
        assumeTrue(Files.isRegularFile(p), "reference scorer not found at " + p.toAbsolutePath() + ": skipped");
        return p;
    }

    private static JsonNode referenceScores(Path python, Path scorer, Path corpusDir, Path preds) throws Exception {
        String out = Python.run(python, List.of(scorer.toString(), "--corpus", corpusDir.toString(), "--pred",
                preds.toString(), "--json"), 90);
        JsonNode ref = JSON.readTree(out);
        assertTrue(ref.isObject() && ref.path("variants").isObject(),
                "score.py --json gives {\"corpus_docs\": n, \"variants\": {...}}, got: " + abbreviate(out));
        return ref;
    }

    /** Every figure of score.py's JSON against the Java scores, and against Report.json's figures of the same name. */
    private static void assertAgreement(JsonNode ref, List<VariantScores> java, int corpusDocs) throws IOException {
        Set<String> expectedVariants = new TreeSet<>();
        java.forEach(s -> expectedVariants.add(s.variant().id()));
        Set<String> got = new TreeSet<>();
        ref.path("variants").fieldNames().forEachRemaining(got::add);
        assertEquals(expectedVariants, got, "variants scored by score.py");
        assertEquals(corpusDocs, ref.path("corpus_docs").asInt(-1), "score.py's corpus_docs");
        JsonNode report = JSON.readTree(Report.json(java)).path("variants");
        List<Executable> checks = new ArrayList<>();
        for (VariantScores s : java) {
            String v = s.variant().id();
            JsonNode r = ref.path("variants").path(v);
            Map<String, Number> mine = figures(s);
            for (Map.Entry<String, Number> e : mine.entrySet()) {
                String key = e.getKey();
                checks.add(() -> assertFigure(v + " " + key, at(r, key), e.getValue()));
                checks.add(() -> assertFigure(v + " " + key + " in Report.json", at(r, key), number(at(report.path(v), key))));
            }
            checks.add(() -> assertEquals(at(r, "missing").asInt(), s.errors().size(), v + " missing = errors"));
            checks.add(() -> assertAllFiguresKnown(r, mine.keySet(), v));
        }
        assertAll(checks);
    }

    /** The Java figures under score.py's JSON keys ("body.f1" is variants[v].body.f1). */
    private static Map<String, Number> figures(VariantScores s) {
        Map<String, Number> f = new LinkedHashMap<>();
        f.put("n", s.documents());
        f.put("failures", s.failures());
        f.put("body.n", s.body().documents());
        f.put("body.f1", s.body().f1());
        f.put("body.precision", s.body().precision());
        f.put("body.recall", s.body().recall());
        f.put("body.accuracy", s.body().accuracy());
        f.put("snippets.n", s.snippets().documents());
        f.put("snippets.f1", s.snippets().f1());
        f.put("snippets.precision", s.snippets().precision());
        f.put("snippets.recall", s.snippets().recall());
        f.put("snippets.accuracy", s.snippets().accuracy());
        f.put("snippets.tp", s.snippets().tp());
        f.put("snippets.fp", s.snippets().fp());
        f.put("snippets.fn", s.snippets().fn());
        f.put("snippets.tn", s.snippets().tn());
        f.put("headline.n", s.headline().documents());
        f.put("headline.accuracy", s.headline().strict());
        f.put("headline.lenient", s.headline().lenient());
        f.put("author.n", s.author().documents());
        f.put("author.accuracy", s.author().exact());
        f.put("author.any", s.author().any());
        f.put("author.n_empty_gold", s.author().emptyGoldDocuments());
        f.put("author.empty_when_gold_empty", s.author().emptyWhenGoldEmpty());
        f.put("date.n", s.date().documents());
        f.put("date.accuracy", s.date().accuracy());
        return f;
    }

    /** score.py gives no figure that the comparison leaves out (so a new one in score.py cannot go unnoticed). */
    private static void assertAllFiguresKnown(JsonNode r, Set<String> compared, String variant) {
        Set<String> unknown = new TreeSet<>();
        collectNumbers(r, "", unknown);
        unknown.removeAll(compared);
        unknown.remove("missing");
        assertTrue(unknown.isEmpty(), variant + ": score.py figures not compared: " + unknown);
    }

    private static void collectNumbers(JsonNode n, String prefix, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                collectNumbers(e.getValue(), key + ".", out);
            } else if (e.getValue().isNumber() || e.getValue().isNull()) {
                out.add(key);
            }
        }
    }

    private static JsonNode at(JsonNode n, String dotted) {
        JsonNode cur = n;
        for (String part : dotted.split("\\.")) {
            cur = cur.path(part);
        }
        return cur;
    }

    private static Number number(JsonNode n) {
        return n.isNumber() ? n.numberValue() : null;
    }

    private static void assertFigure(String what, JsonNode python, Number java) {
        if (python.isMissingNode()) {
            fail(what + ": not in score.py's JSON output");
        }
        if (python.isNull()) {
            assertNull(java, what + ": score.py gives null (no document counts)");
            return;
        }
        assertTrue(python.isNumber(), what + ": score.py gives a non-number: " + python);
        assertNotNull(java, what + ": score.py gives " + python);
        if (python.isIntegralNumber()) {
            assertEquals(python.asLong(), java.longValue(), what);
        } else {
            assertEquals(python.asDouble(), java.doubleValue(), TOLERANCE, what);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /**
     * A made-up corpus whose cases tell Python's text semantics from Java's: final sigma, combining marks, no-break
     * spaces, U+001C, "ı", numbers such as "²", time-stamped dates, blank and null names, a throwing extractor, and
     * a variant (html) where no document has a gold title, author or date.
     */
    static final class EdgeCorpus {
        final Path dir;
        private final Map<String, Prediction> byText = new HashMap<>();

        private EdgeCorpus(Path dir) {
            this.dir = dir;
        }

        Prediction predict(String text) {
            Prediction p = byText.get(text);
            if (p == null) {
                throw new IllegalArgumentException("no prediction for this input");
            }
            return p;
        }

        static EdgeCorpus write(Path dir) throws IOException {
            EdgeCorpus c = new EdgeCorpus(dir);
            Files.createDirectories(dir.resolve("dumps/innertext"));
            Files.createDirectories(dir.resolve("html"));
            List<String> gold = new ArrayList<>();
            // greek title (final sigma), devanagari body (marks split tokens), authors with "and" and "by"
            c.doc(gold, "e1", true, "ΟΔΟΣ ΤΕΣΤ", "Jane Doe; John Roe", "2020-01-02",
                    "नमस्ते दुनिया यह एक परीक्षण है और यह बहुत लंबा वाक्य है ताकि चार शब्दों के टुकड़े बनें", null, null,
                    new Prediction("οδος τεστ", List.of("By Jane Doe and John Roe"), "2020-01-02T10:00:00+01:00",
                            "नमस्ते दुनिया यह एक परीक्षण है\n\nऔर यह बहुत लंबा वाक्य"));
            // a body of no-break spaces only is empty for Python; the date has a leading no-break space
            c.doc(gold, "e2", true, "Straße “quoted” – dash", "Dı Mario Rossi", "2019-12-31",
                    "x² y³ and some more words to make windows of four tokens each", null, null,
                    new Prediction("STRASSE \"quoted\" - dash", List.of("dı mario rossi"), "\u00a02019-12-31",
                            "\u00a0\u00a0\u202f"));
            // snippets matched across no-break spaces and U+001C; blank and null author names; wrong date
            c.doc(gold, "e3", true, "A title", "Anna und Paul", "2018-05-05", null,
                    List.of("first  snippet here", "Missing Snippet", "  "), List.of("boiler plate", "not there"),
                    new Prediction("A title: longer", java.util.Arrays.asList(" ", null, "Paul"), "2018-05-0",
                            "first\u00a0snippet\u001chere and boiler\nplate"));
            // no gold author: the prediction naming nobody counts for empty_when_gold_empty
            c.doc(gold, "e4", true, "ΣΟΦΙΑ", null, null, "one two three", List.of("only"), List.of(),
                    new Prediction("σοφια", List.of(), null, "one two three only"));
            // the extractor throws: missing from the predictions
            c.doc(gold, "e5", true, "Thrown", "Someone", "2017-01-01", "a body nobody extracts", null, null, null);
            // an html page only, without any gold metadata
            c.doc(gold, "e6", false, null, null, null, "html body text of the page here", null, null,
                    new Prediction(null, null, null, "html body text of the page"));
            Files.write(dir.resolve("gold.jsonl"), gold, StandardCharsets.UTF_8);
            return c;
        }

        private void doc(List<String> gold, String id, boolean dump, String title, String author, String date,
                         String body, List<String> with, List<String> without, Prediction p) throws IOException {
            ObjectNode g = JSON.createObjectNode();
            g.put("id", id);
            g.put("set", "edge");
            String input = "input of " + id + "\n" + (p == null ? "" : p.body());
            if (dump) {
                g.putObject("dumps").put("innertext", "dumps/innertext/" + id + ".txt");
                g.putNull("html");
                Files.writeString(dir.resolve("dumps/innertext/" + id + ".txt"), input, StandardCharsets.UTF_8);
            } else {
                g.putObject("dumps");
                g.put("html", "html/" + id + ".html.gz");
                try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
                    out.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            g.put("body", body);
            g.set("with", JSON.valueToTree(with == null ? List.of() : with));
            g.set("without", JSON.valueToTree(without == null ? List.of() : without));
            g.put("title", title);
            g.put("author", author);
            g.put("date", date);
            gold.add(JSON.writeValueAsString(g));
            if (p != null) {
                byText.put(input, p);
            }
        }
    }
}
