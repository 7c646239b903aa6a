package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PithCommandTest {
    private static final String SEED = "seeds/000_7cf434835259646a.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        ((PithCommand) cl.getCommand()).stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void defaultOutputIsOneJsonRecordPerLine() throws IOException {
        Run r = run("", SEED, SEED);
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode rec = JSON.readTree(lines.get(0));
        assertEquals(SEED, rec.get("source").asText());
        assertTrue(rec.get("text").asText().startsWith("In Mali, JNIM claimed"));
        assertTrue(rec.has("word_count") && rec.has("dates_mentioned") && rec.has("paragraphs"));
        assertFalse(rec.has("removed"), "removed blocks only with --keep-removed");
    }

    @Test
    void jsonFormatIsOneArray() throws IOException {
        Run r = run("", "-f", "json", SEED, SEED);
        JsonNode arr = JSON.readTree(r.out());
        assertTrue(arr.isArray());
        assertEquals(2, arr.size());
    }

    @Test
    void keepRemovedAddsTheRemovedBlocksWithKindAndReason() throws IOException {
        JsonNode rec = JSON.readTree(run("", "--keep-removed", SEED).out());
        JsonNode first = rec.get("removed").get(0);
        assertTrue(first.has("kind") && first.has("text") && first.has("lines") && first.has("reason"));
    }

    @Test
    void csvParsesBackToTheSameFields() throws IOException {
        Run r = run("", "-f", "csv", SEED);
        try (CSVParser p = CSVParser.parse(r.out(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(1, rows.size());
            assertEquals("David Baché", rows.get(0).get("authors"));
            assertTrue(rows.get(0).get("text").contains("\n\n"), "paragraph breaks survive inside the cell");
        }
    }

    @Test
    void textFormatIsHeadlineThenBody() {
        Run r = run("", "-f", "text", SEED);
        assertTrue(r.out().startsWith("Mali: JNIM claims responsibility"));
        assertTrue(r.out().contains("\n\nIn Mali, JNIM claimed"));
        assertFalse(r.out().contains("Most read"));
    }

    @Test
    void noFileOrDashReadsStandardInput() throws IOException {
        String dump = Files.readString(Path.of(SEED));
        assertEquals("-", JSON.readTree(run(dump).out()).get("source").asText());
        assertEquals("-", JSON.readTree(run(dump, "-").out()).get("source").asText());
    }

    @Test
    void missingFileIsOneLineOnStderrAndTheOthersAreStillProcessed() {
        Run r = run("", "no-such-file.txt", SEED);
        assertEquals(1, r.exit());
        assertEquals("pith: no-such-file.txt: no such file", r.err().strip());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void binaryInputIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("image.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3});
        Run r = run("", bin.toString());
        assertEquals(1, r.exit());
        assertEquals("pith: " + bin + ": binary content, not text", r.err().strip());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("", "--no-such-option");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pith: Unknown option"));
    }

    @Test
    void outputFileIsWrittenWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        Run r = run("", "-o", out.toString(), SEED);
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals(1, Files.readAllLines(out).size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void explainListsEveryBlockWithItsLabel() {
        Run r = run("", "--explain", SEED);
        assertTrue(r.out().contains("headline"));
        assertTrue(r.out().contains("most_read"));
        assertTrue(r.out().contains("under the \"Most read\" heading"));
        assertEquals(32 + 1, r.out().lines().count(), "a header line and one line per block");
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, run("", "--version").exit());
        Run help = run("", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes:"));
        assertTrue(help.out().contains("pith eval"));
    }

    @Test
    void unknownStyleIsAUsageError() {
        assertEquals(2, run("", "--style", "typewriter", SEED).exit());
    }
}
