package dev.pith.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Scores laid out for people (a fixed-width table, one row per variant) and for programs (JSON). */
public final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /** A fixed-width table with a header line and one row per variant; "n/a" where a score has no document. */
    public static String table(List<VariantScores> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %5s %7s %7s %7s %7s %7s %7s %7s %7s %7s %6s %6s %8s %7s%n",
                "variant", "docs", "body F1", "body P", "body R", "snip F1", "snip P", "snip R", "title", "author",
                "date", "fails", "errors", "docs/s", "MB/s"));
        for (VariantScores s : rows) {
            b.append(String.format(Locale.ROOT, "%-10s %5d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %7s %7s %7s %6d %6d %8.1f %7.2f%n",
                    s.variant().id(), s.documents(), s.body().f1(), s.body().precision(), s.body().recall(),
                    s.snippets().f1(), s.snippets().precision(), s.snippets().recall(), fmt(s.headline().strict()),
                    fmt(s.author().exact()), fmt(s.date().accuracy()), s.failures(), s.errors().size(),
                    s.documentsPerSecond(), s.megabytesPerSecond()));
        }
        return b.toString();
    }

    private static String fmt(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    /**
     * The scores as one JSON object, {@code {"variants": {"innertext": {...}, ...}}}, each variant's object with
     * score.py's keys and shape (null where score.py gives None), except that score.py's "missing" is replaced by
     * "errors" (id and message of each failed extraction), plus "speed".
     */
    public static String json(List<VariantScores> rows) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode variants = root.putObject("variants");
        for (VariantScores s : rows) {
            ObjectNode v = variants.putObject(s.variant().id());
            v.put("variant", s.variant().id());
            v.put("n", s.documents());
            v.put("failures", s.failures());
            ArrayNode errors = v.putArray("errors");
            s.errors().forEach(e -> errors.addObject().put("id", e.id()).put("message", e.message()));
            VariantScores.BodyScores body = s.body();
            v.putObject("body").put("n", body.documents()).put("f1", body.f1()).put("precision", body.precision())
                    .put("recall", body.recall()).put("accuracy", body.accuracy());
            VariantScores.SnippetScores sn = s.snippets();
            v.putObject("snippets").put("n", sn.documents()).put("f1", sn.f1()).put("precision", sn.precision())
                    .put("recall", sn.recall()).put("accuracy", sn.accuracy()).put("tp", sn.tp()).put("fp", sn.fp())
                    .put("fn", sn.fn()).put("tn", sn.tn());
            v.putObject("headline").put("n", s.headline().documents()).put("accuracy", s.headline().strict())
                    .put("lenient", s.headline().lenient());
            VariantScores.AuthorScores a = s.author();
            v.putObject("author").put("n", a.documents()).put("accuracy", a.exact()).put("any", a.any())
                    .put("n_empty_gold", a.emptyGoldDocuments()).put("empty_when_gold_empty", a.emptyWhenGoldEmpty());
            v.putObject("date").put("n", s.date().documents()).put("accuracy", s.date().accuracy());
            v.putObject("speed").put("seconds", s.extractorSeconds()).put("bytes", s.inputBytes())
                    .put("documents_per_second", s.documentsPerSecond())
                    .put("megabytes_per_second", s.megabytesPerSecond());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
