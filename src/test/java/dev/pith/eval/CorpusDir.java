package dev.pith.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the evaluation corpus is for tests: system property pith.corpus (set by the pom), else ../shared/corpus/dev. */
final class CorpusDir {
    private CorpusDir() {
    }

    /** The corpus directory; skips the calling test, with a message saying why, when it is absent. */
    static Path require() {
        Path dir = Path.of(System.getProperty("pith.corpus", "../shared/corpus/dev"));
        assumeTrue(Files.isRegularFile(dir.resolve("gold.jsonl")),
                "evaluation corpus not found at " + dir.toAbsolutePath() + ": corpus tests skipped (they run in CI)");
        return dir;
    }
}
