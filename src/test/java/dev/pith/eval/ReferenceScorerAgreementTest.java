package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pith eval's scores equal the corpus's reference scorer (score.py) to the third decimal, on predictions
 * of a simple baseline (lines of 12+ words as the body, the first line as headline, "By" lines as authors).
 */
class ReferenceScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Prediction baseline(String text) {
        List<String> body = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        String headline = null;
        String published = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (headline == null && !l.isEmpty()) {
                headline = l;
            }
            if (l.split("\\s+").length >= 12) {
                body.add(l);
            }
            if (l.startsWith("By ") && l.length() < 60) {
                authors.add(l.substring(3));
            }
            var m = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(l);
            if (published == null && m.find()) {
                published = m.group();
            }
        }
        return new Prediction(headline, authors, published, String.join("\n\n", body));
    }

    @Test
    void javaScoresEqualTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path corpusDir = CorpusDir.require();
        assumeTrue(python() != null, "python3 not found: reference scorer agreement skipped");
        Corpus corpus = Corpus.load(corpusDir);
        Path preds = tmp.resolve("pred.jsonl");
        List<VariantScores> java = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(preds, StandardCharsets.UTF_8)) {
            for (Variant v : List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP)) {
                Function<String, Prediction> recording = text -> baseline(text);
                for (GoldDocument d : corpus.documents()) {
                    Prediction p = recording.apply(corpus.readDump(d, v));
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", d.id());
                    o.put("variant", v.id());
                    o.put("headline", p.headline());
                    o.set("authors", JSON.valueToTree(p.authors()));
                    o.put("published", p.published());
                    o.put("body", p.body());
                    w.write(JSON.writeValueAsString(o));
                    w.newLine();
                }
                java.add(Evaluator.evaluate(corpus, v, recording));
            }
        }
        Process proc = new ProcessBuilder(python(), corpusDir.resolve("../score.py").toString(), "--corpus",
                corpusDir.toString(), "--pred", preds.toString(), "--json").redirectErrorStream(false).start();
        JsonNode ref = JSON.readTree(proc.getInputStream());
        assertEquals(0, proc.waitFor());
        for (VariantScores s : java) {
            JsonNode r = ref.get("variants").get(s.variant().id());
            assertEquals(r.get("body").get("f1").asDouble(), s.bodyF1(), 1e-3, s.variant() + " body F1");
            assertEquals(r.get("body").get("precision").asDouble(), s.bodyPrecision(), 1e-3);
            assertEquals(r.get("body").get("recall").asDouble(), s.bodyRecall(), 1e-3);
            assertEquals(r.get("snippets").get("f1").asDouble(), s.snippetF1(), 1e-3, s.variant() + " snippet F1");
            assertEquals(r.get("headline").get("accuracy").asDouble(), s.headlineAccuracy(), 1e-3, s.variant() + " headline");
            assertEquals(r.get("author").get("accuracy").asDouble(), s.authorAccuracy(), 1e-3, s.variant() + " author");
            assertEquals(r.get("date").get("accuracy").asDouble(), s.dateAccuracy(), 1e-3, s.variant() + " date");
            assertEquals(r.get("failures").asInt(), s.failures(), s.variant() + " failures");
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }
}
