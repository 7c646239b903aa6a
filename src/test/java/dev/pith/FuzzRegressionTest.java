package dev.pith;

import dev.pith.decode.Mojibake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs on which {@link ExtractionPropertiesTest} once found a broken invariant, kept in
 * {@code src/test/resources/fuzz-regressions/} (one file each, named after what it holds) and checked against the
 * same invariants on every run, whatever the property test's random seed.
 */
class FuzzRegressionTest {
    static Stream<Path> inputs() throws IOException {
        return Files.list(Path.of("src/test/resources/fuzz-regressions")).sorted();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyLineIsInOneBlockAndEveryBlockInTheRecordOrTheRemovedList(Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        Extraction x = Pith.explain(text, input.toString(), ExtractOptions.DEFAULT);
        String seen = Mojibake.repair(text).text();
        Invariants.assertEveryLineInOneBlock(seen, x, input.toString());
        Invariants.assertEveryBlockPlaced(x, input.toString());
        Invariants.assertParagraphsFromInput(seen, x.article(), input.toString());
    }
}
