package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void identicalBodiesShareEveryShingle() {
        assertArrayEquals(new double[] {1, 0, 0}, Metrics.shingleCounts("a b c d e", "a b c d e"), 1e-9);
    }

    @Test
    void extraPredictedTextCountsAsFalsePositiveShingles() {
        double[] t = Metrics.shingleCounts("one two three four", "one two three four five");
        assertArrayEquals(new double[] {0.5, 0.5, 0}, t, 1e-9);
    }

    @Test
    void shortTextsAreOneShingle() {
        assertEquals(1, Metrics.shingles(Metrics.tokens("a b")).size());
        assertEquals(0, Metrics.shingles(Metrics.tokens("")).size());
    }

    @Test
    void tokensAreLettersDigitsAndUnderscoresWithoutMarks() {
        assertEquals(List.of("Baché", "x_1", "2019"), Metrics.tokens("Baché, x_1 (2019)!"));
    }

    @Test
    void headlinesAreComparedAfterNormalisation() {
        assertEquals(Metrics.textNorm("“Straße” – Test"), Metrics.textNorm("\"STRASSE\" - test"));
    }

    @Test
    void authorNamesAreSplitAndStrippedOfBy() {
        assertEquals(Set.of("jane doe", "john roe"), Metrics.nameSet(List.of("By Jane Doe and John Roe")));
        assertEquals(Set.of("anna", "paul"), Metrics.nameSet(List.of("Anna und Paul")));
    }
}
