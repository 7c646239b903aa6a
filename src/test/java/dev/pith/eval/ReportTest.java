package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final VariantScores INNERTEXT = new VariantScores(Variant.INNERTEXT, 548, 4,
            List.of(new VariantScores.DocumentError("tf-1", "IllegalStateException: boom")),
            new VariantScores.BodyScores(56, 0.9, 0.8, 0.847, 0.1),
            new VariantScores.SnippetScores(492, 0.7, 0.6, 0.65, 0.66, 10, 2, 3, 4),
            new VariantScores.HeadlineScores(423, 0.5, 0.75),
            new VariantScores.AuthorScores(261, 0.25, 0.5, 287, 0.9),
            new VariantScores.DateScores(357, 0.125), 2.0, 5_000_000);
    private static final VariantScores HTML = new VariantScores(Variant.HTML, 1, 0, List.of(),
            new VariantScores.BodyScores(0, 0, 0, 0, 0), new VariantScores.SnippetScores(0, 0, 0, 0, 0, 0, 0, 0, 0),
            new VariantScores.HeadlineScores(0, null, null), new VariantScores.AuthorScores(0, null, null, 1, 1.0),
            new VariantScores.DateScores(0, null), 0, 10);

    @Test
    void theTableHasAHeaderAndOneFixedWidthRowPerVariantWithNaWhereNoDocumentCounts() {
        List<String> lines = Report.table(List.of(INNERTEXT, HTML)).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("variant"));
        assertEquals(lines.get(0).length(), lines.get(1).length());
        assertEquals(lines.get(0).length(), lines.get(2).length());
        assertTrue(lines.get(1).matches("innertext +548 +0\\.847 +0\\.900 +0\\.800 +0\\.650 .* 0\\.500 +0\\.250 +0\\.125 "
                + "+4 +1 +274\\.0 +2\\.50"), lines.get(1));
        assertTrue(lines.get(2).contains(" n/a "), lines.get(2));
    }

    @Test
    void jsonHasScorePysShapePerVariantWithNullForNoneAndErrorsAndSpeed() throws Exception {
        JsonNode v = new ObjectMapper().readTree(Report.json(List.of(INNERTEXT, HTML))).get("variants");
        JsonNode in = v.get("innertext");
        assertEquals(548, in.get("n").asInt());
        assertEquals(0.847, in.get("body").get("f1").asDouble());
        assertEquals(10, in.get("snippets").get("tp").asInt());
        assertEquals(0.75, in.get("headline").get("lenient").asDouble());
        assertEquals(287, in.get("author").get("n_empty_gold").asInt());
        assertEquals(0.125, in.get("date").get("accuracy").asDouble());
        assertEquals("tf-1", in.get("errors").get(0).get("id").asText());
        assertEquals(274.0, in.get("speed").get("documents_per_second").asDouble());
        assertEquals(2.5, in.get("speed").get("megabytes_per_second").asDouble());
        assertTrue(v.get("html").get("headline").get("accuracy").isNull());
        assertEquals(0.0, v.get("html").get("speed").get("documents_per_second").asDouble());
    }
}
