package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.article.Article;
import dev.pith.eval.Metrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden records: each dump under samples/ (real pages, in three dump styles) against its expected record,
 * whose values come from the corpus ground truth or were read off the page by hand (see each file's
 * "provenance").
 */
class SamplesTest {
    private static final double MIN_BODY_F1 = 0.90;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> dumps() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Article extract(Path dump) throws IOException {
        return Pith.extract(Files.readString(dump, StandardCharsets.UTF_8), dump.toString(), ExtractOptions.DEFAULT);
    }

    private static JsonNode expected(Path dump) throws IOException {
        String name = dump.getFileName().toString();
        String page = name.substring(0, name.indexOf('.'));
        return JSON.readTree(dump.resolveSibling(page + ".expected.json").toFile());
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void headlineIsTheExpectedOne(Path dump) throws IOException {
        assertEquals(Metrics.textNorm(expected(dump).get("headline").asText()), Metrics.textNorm(extract(dump).headline()));
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void authorsAndPublicationDateAreTheExpectedOnes(Path dump) throws IOException {
        JsonNode e = expected(dump);
        Article a = extract(dump);
        if (e.has("authors")) {
            List<String> names = new ArrayList<>();
            e.get("authors").forEach(n -> names.add(n.asText()));
            assertEquals(Metrics.nameSet(names), Metrics.nameSet(a.authors()));
        }
        if (e.has("published")) {
            assertTrue(a.published() != null && a.published().iso() != null, "no publication date");
            assertEquals(e.get("published").asText(), a.published().iso().substring(0, 10));
        }
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void bodyMatchesTheGroundTruth(Path dump) throws IOException {
        JsonNode e = expected(dump);
        Article a = extract(dump);
        if (e.has("body")) {
            double[] t = Metrics.shingleCounts(e.get("body").asText(), a.text());
            double f1 = 2 * t[0] / (2 * t[0] + t[1] + t[2]);
            assertTrue(f1 >= MIN_BODY_F1, "body shingle F1 " + f1);
        }
        String body = Metrics.wsNorm(a.text());
        for (JsonNode s : e.path("body_contains")) {
            assertTrue(body.contains(Metrics.wsNorm(s.asText())), "missing: " + s.asText());
        }
        for (JsonNode s : e.path("body_excludes")) {
            assertFalse(body.contains(Metrics.wsNorm(s.asText())), "should be removed: " + s.asText());
        }
    }
}
