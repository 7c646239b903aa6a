package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.classify.Classification;
import dev.pith.classify.LabeledBlock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
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

    private static Run run(String stdin, String... args) {
        return Run.of(stdin, args);
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
        assertEquals("pith: " + bin + ": binary content, not text (NUL byte at offset 4)", r.err().strip());
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
    void explainListsEveryBlockWithItsLabelInsteadOfTheRecord() throws IOException {
        Run r = run("", "--explain", SEED);
        assertEquals(0, r.exit());
        Classification labels = Pith.explain(Files.readString(Path.of(SEED)), SEED, ExtractOptions.DEFAULT).labels();
        List<String> lines = r.out().lines().toList();
        assertEquals("# source: " + SEED, lines.get(0));
        assertEquals("# style: browser-copy, language: en, blocks: " + labels.size(), lines.get(1),
                "the language is the record's, not undecided");
        assertEquals(labels.size() + 2, lines.size(), "two header lines and one line per block");
        for (int i = 0; i < labels.size(); i++) {
            LabeledBlock b = labels.blocks().get(i);
            assertTrue(lines.get(i + 2).startsWith(b.block().lines()), lines.get(i + 2));
            assertTrue(lines.get(i + 2).contains(" " + b.label().id() + " "), lines.get(i + 2));
        }
        assertFalse(r.out().contains("\"word_count\""), "the explanation replaces the record");
    }

    @Test
    void versionPrintsTheProgramNameAndVersion() {
        Run r = run("", "--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("pith \\S+\\R"), r.out());
    }

    @Test
    void helpShowsExamplesEveryExitCodeAndTheEvalSubcommand() {
        Run help = run("", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Examples:"));
        assertTrue(help.out().contains("pith -f csv -o articles.csv"));
        assertTrue(help.out().contains("Exit codes:"));
        for (ExitCode c : ExitCode.values()) {
            assertTrue(help.out().contains(c.code() + "   " + c.description().substring(0, 20)), c.name());
        }
        assertTrue(help.out().contains("eval"));
        assertTrue(help.out().lines().allMatch(l -> l.length() <= 80), "fits an 80-column terminal");
    }

    @Test
    void unknownStyleIsAUsageErrorNamingTheStyles() {
        Run r = run("", "--style", "typewriter", SEED);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().lines().findFirst().orElseThrow()
                .endsWith("unknown style 'typewriter' (auto, browser-copy, text-browser, scraper)"), r.err());
    }

    @Test
    void styleNamesAreReadInAnyCase() {
        assertEquals(0, run("", "--style", "Text_Browser", SEED).exit());
        assertEquals(0, run("", "--style", "scraper", SEED).exit());
    }

    @Test
    void badReferenceDateIsAUsageErrorInOneLine() {
        Run r = run("", "--reference-date", "2023-13-01", SEED);
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pith: Invalid value for option '--reference-date': '2023-13-01' is not a date"),
                r.err());
    }

    @Test
    void standardInputTwiceIsAUsageError() {
        Run r = run("text", "-", SEED, "-");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("pith: standard input (-) can be read only once\n"), r.err());
    }

    @Test
    void badFormatIsAUsageError() {
        Run r = run("", "-f", "xml", SEED);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void everyFormatWritesTheSeed() throws IOException {
        for (String format : List.of("jsonl", "json", "csv", "text", "JSON")) {
            Run r = run("", "--format", format, SEED);
            assertEquals(0, r.exit(), format);
            assertEquals("", r.err(), format);
            assertFalse(r.out().isBlank(), format);
        }
    }

    @Test
    void csvFromTheCommandLineNeutralisesFormulasUnlessRaw() throws IOException {
        String dump = "Council agrees budget\n\n" + "-The council met on Tuesday and agreed the budget. ".repeat(8);
        CSVRecord safe = parseCsv(run(dump, "-f", "csv").out()).get(0);
        CSVRecord raw = parseCsv(run(dump, "-f", "csv", "--csv-raw").out()).get(0);
        assertTrue(raw.get("text").startsWith("-The council"), raw.get("text"));
        assertEquals("'" + raw.get("text"), safe.get("text"));
        assertEquals("-", safe.get("source"), "standard input's name is no formula");
    }

    @Test
    void missingFileAmongOthersIsReportedAndTheRestAreProcessedInOrder() throws IOException {
        Run r = run("", SEED, "missing.txt", SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: missing.txt: no such file"), r.err().lines().toList());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertEquals(SEED, JSON.readTree(line).get("source").asText());
        }
    }

    @Test
    void directoryInputIsReportedInOneLine(@TempDir Path dir) {
        Run r = run("", dir.toString());
        assertEquals(1, r.exit());
        assertEquals("pith: " + dir + ": is a directory (use --recursive to read the files in it)", r.err().strip());
    }

    @Test
    void jsonOfOnlyFailedInputsIsStillAnEmptyArray() throws IOException {
        Run r = run("", "-f", "json", "missing.txt");
        assertEquals(1, r.exit());
        assertEquals(0, JSON.readTree(r.out()).size());
    }

    @Test
    void outputFileInAMissingDirectoryIsOneLineAndNothingIsLeft(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("no-such-dir").resolve("out.jsonl");
        Run r = run("", "-o", out.toString(), SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + out + ": cannot write: no such file or directory"), r.err().lines().toList());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void outputFileReplacesAnOlderOneWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "old content\n");
        Run r = run("", "-f", "csv", "-o", out.toString(), SEED, SEED);
        assertEquals(0, r.exit());
        assertEquals(2, parseCsv(Files.readString(out)).size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void outputDashIsStandardOutput() throws IOException {
        Run r = run("", "-o", "-", SEED);
        assertEquals(0, r.exit());
        assertEquals(SEED, JSON.readTree(r.out()).get("source").asText());
    }

    @Test
    void closedStandardOutputEndsTheBatchQuietly() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(SEED, "missing.txt");
        assertEquals(0, exit);
        assertEquals("", err.toString(), "stops after the first record: the missing file is never reached");
    }

    @Test
    void decodingWarningsGoIntoTheRecord() throws IOException {
        byte[] dump = Files.readAllBytes(Path.of(SEED));
        byte[] broken = java.util.Arrays.copyOf(dump, dump.length + 1);
        broken[dump.length] = (byte) 0xFF;
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        ((PithCommand) cl.getCommand()).stdin = new ByteArrayInputStream(broken);
        assertEquals(0, cl.execute());
        JsonNode warnings = JSON.readTree(out.toString()).get("warnings");
        assertTrue(warnings.toString().contains("byte offset " + dump.length), warnings.toString());
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
