package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output-dir: one file per input, mirroring the input tree, each written whole or not at all; --skip-existing. */
class OutputDirTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "seeds/000_7cf434835259646a.txt";

    /** Every regular file under dir, relative to it, sorted. */
    private static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** The expected output files of the tree's copies: a/x.txt becomes a/x.jsonl. */
    private static List<String> mirrored(Path in, List<Path> copies, String ext) {
        return copies.stream().map(p -> in.relativize(p).toString().replaceAll("\\.txt$", "." + ext)).sorted().toList();
    }

    @Test
    void eachInputGetsOneFileMirroringTheTreeWithTheFormatsExtension(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<Path> copies = BatchTest.tree(in);
        Run r = Run.of("", "-r", "--glob", "*.txt", "-j", "2", "--output-dir", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "records go to the files, not to stdout");
        assertEquals(mirrored(in, copies, "jsonl"), files(out), "one file per input and no temporary file");
        for (Path copy : copies) {
            Path target = out.resolve(in.relativize(copy).toString().replaceAll("\\.txt$", ".jsonl"));
            List<String> lines = Files.readAllLines(target);
            assertEquals(1, lines.size());
            assertEquals(copy.toString(), JSON.readTree(lines.get(0)).get("source").asText());
        }
    }

    @Test
    void csvAndJsonFilesAreCompleteOnTheirOwn(@TempDir Path dir) throws IOException {
        Run csv = Run.of("", "-f", "csv", "--output-dir", dir.toString(), SEED);
        assertEquals(0, csv.exit(), csv.err());
        List<String> rows = Files.readAllLines(dir.resolve("seeds/000_7cf434835259646a.csv"));
        assertTrue(rows.get(0).startsWith("source,headline,"), "each CSV file has its header");
        JsonNode array = JSON.readTree(Run.of("", "-f", "json", "--output-dir", dir.toString(), SEED).out().isEmpty()
                ? Files.readString(dir.resolve("seeds/000_7cf434835259646a.json")) : "null");
        assertTrue(array.isArray() && array.size() == 1);
    }

    @Test
    void standardInputIsWrittenToStdinWithTheFormatsExtension(@TempDir Path dir) throws IOException {
        Run r = Run.of(Files.readString(Path.of(SEED)), "-f", "text", "--output-dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("stdin.txt"), files(dir));
        assertTrue(Files.readString(dir.resolve("stdin.txt")).startsWith("Mali: JNIM"));
    }

    @Test
    void aJsonLinesFileGivesOneFileHoldingItsRecordsInOrder(@TempDir Path dir) throws IOException {
        String seed = Files.readString(Path.of(SEED));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append(i == 5 ? "{broken\n" : JSON.writeValueAsString(Map.of("id", "r" + i, "text", seed)) + "\n");
        }
        Path jsonl = Files.writeString(dir.resolve("export.jsonl"), lines);
        Path out = dir.resolve("out");
        Run r = Run.of("", "--input", "jsonl", "-j", "4", "--output-dir", out.toString(), jsonl.toString());
        assertEquals(1, r.exit(), "the broken line fails");
        assertEquals(List.of("pith: " + jsonl + ":6: malformed JSON"), r.err().lines().toList());
        assertEquals(List.of("export.jsonl"), files(out));
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4", "r6", "r7", "r8", "r9", "r10", "r11"),
                BatchTest.sources(Files.readString(out.resolve("export.jsonl"))));
    }

    @Test
    void aFailedInputGetsNoFileAndTheOthersAreWritten(@TempDir Path dir) throws IOException {
        Run r = Run.of("", "--output-dir", dir.toString(), "missing.txt", SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: missing.txt: no such file"), r.err().lines().toList());
        assertEquals(List.of("seeds/000_7cf434835259646a.jsonl"), files(dir));
    }

    /** A writer that fails at its {@code n}th write call, the way a full disk does. */
    private static Writer failingAt(Writer w, int n) {
        AtomicInteger calls = new AtomicInteger();
        return new FilterWriter(w) {
            @Override
            public void write(String s, int off, int len) throws IOException {
                check();
                super.write(s, off, len);
            }

            @Override
            public void write(int c) throws IOException {
                check();
                super.write(c);
            }

            @Override
            public void write(char[] b, int off, int len) throws IOException {
                check();
                super.write(b, off, len);
            }

            private void check() throws IOException {
                if (calls.incrementAndGet() >= n) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoPartialFileAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        String seed = Files.readString(Path.of(SEED));
        Path jsonl = Files.writeString(dir.resolve("big.jsonl"), (JSON.writeValueAsString(Map.of("text", seed)) + "\n").repeat(3));
        Path out = dir.resolve("out");
        AtomicInteger opened = new AtomicInteger();
        // the first file opened (big.jsonl's) fails at its third write: after its first record was written
        Run r = Run.of(c -> c.outputFileWrap = w -> opened.incrementAndGet() == 1 ? failingAt(w, 3) : w, "",
                "--input", "jsonl", "--output-dir", out.toString(), jsonl.toString(), dir.resolve("second.jsonl").toString());
        assertEquals(1, r.exit());
        assertEquals("pith: " + out.resolve("big.jsonl") + ": cannot write: No space left on device",
                r.err().lines().findFirst().orElse(""));
        assertEquals(List.of(), files(out), "no partial file and no temporary file is left");
    }

    @Test
    void aWriteFailureSparesTheOtherInputs(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        List<Path> copies = BatchTest.tree(in);
        Path out = dir.resolve("out");
        AtomicInteger opened = new AtomicInteger();
        Run r = Run.of(c -> c.outputFileWrap = w -> opened.incrementAndGet() == 2 ? failingAt(w, 1) : w, "",
                "-r", "--glob", "*.txt", "-j", "1", "--output-dir", out.toString(), in.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        List<String> expected = new java.util.ArrayList<>(mirrored(in, copies, "jsonl"));
        String lost = in.relativize(copies.stream().sorted().toList().get(1)).toString().replaceAll("\\.txt$", ".jsonl");
        expected.remove(lost);
        assertEquals(expected, files(out));
    }

    @Test
    void skipExistingLeavesFinishedOutputsAndWritesTheMissingOnes(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        List<Path> copies = BatchTest.tree(in);
        Path out = dir.resolve("out");
        String[] args = {"-r", "--glob", "*.txt", "--output-dir", out.toString(), "--skip-existing", in.toString()};
        assertEquals(0, Run.of("", args).exit());
        List<String> all = files(out);
        Files.delete(out.resolve(all.get(0)));
        Files.writeString(out.resolve(all.get(1)), "kept\n");
        Run again = Run.of(c -> c.stderrIsTerminal = () -> true, "", args);
        assertEquals(0, again.exit(), again.err());
        assertEquals(all, files(out));
        assertEquals("kept\n", Files.readString(out.resolve(all.get(1))), "an existing output is not rewritten");
        assertTrue(again.err().matches("(?s)pith: 1 documents, 1 articles, 0 empty, 0 failed, "
                + (copies.size() - 1) + " skipped in \\d+\\.\\d s\\R"), again.err());
        Run without = Run.of("", "-r", "--glob", "*.txt", "--output-dir", out.toString(), in.toString());
        assertEquals(0, without.exit());
        assertFalse(Files.readString(out.resolve(all.get(1))).equals("kept\n"), "without it, outputs are replaced");
    }

    @Test
    void twoInputsForOneOutputFileAreAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path a = Files.copy(Path.of(SEED), dir.resolve("a.txt"));
        Path b = Files.copy(Path.of(SEED), dir.resolve("a.html"));
        Path out = dir.resolve("out");
        Run r = Run.of("", "--output-dir", out.toString(), a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pith: --output-dir: " + a + " and " + b + " would both write "), r.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void outputAndOutputDirAreExclusiveAndSkipExistingNeedsOutputDir(@TempDir Path dir) {
        assertEquals(2, Run.of("", "-o", dir.resolve("x").toString(), "--output-dir", dir.toString(), SEED).exit());
        assertEquals(2, Run.of("", "--skip-existing", SEED).exit());
        assertEquals(2, Run.of("", "--explain", "--output-dir", dir.toString(), SEED).exit());
    }
}
