package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of src/test/resources/hostile: each one answered clearly, none stopping a batch. */
class HostileInputTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode record(String file) throws IOException {
        Run r = Run.of("", HOSTILE.resolve(file).toString());
        assertEquals(0, r.exit(), file + ": " + r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void binaryFileSavedAsTextIsRefusedInOneLine() {
        Run r = Run.of("", HOSTILE.resolve("binary-png.txt").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count());
        assertTrue(r.err().startsWith("pith: " + HOSTILE.resolve("binary-png.txt") + ": binary content"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void truncatedUtf8IsRepairedAndReportedInTheRecord() throws IOException {
        JsonNode rec = record("truncated-utf8.txt");
        assertTrue(rec.get("warnings").get(0).asText().contains("byte offset"), rec.toString());
        assertTrue(rec.get("text").asText().contains("Baché said"));
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        assertTrue(record("utf16-bom.txt").get("text").asText().startsWith("The council voted"));
    }

    @Test
    void crlfLineEndingsAreNormalised() throws IOException {
        JsonNode rec = record("crlf.txt");
        assertFalse(rec.get("text").asText().contains("\r"));
        assertTrue(rec.get("text").asText().contains("The council voted"));
    }

    @Test
    void controlCharactersAreDroppedAndCounted() throws IOException {
        JsonNode rec = record("control-chars.txt");
        assertFalse(rec.toString().contains("\\u0007"));
        assertTrue(rec.get("warnings").toString().contains("control character"), rec.get("warnings").toString());
    }

    @Test
    void spreadsheetFormulasAreNeutralisedInCsv() throws IOException {
        Run r = Run.of("", "-f", "csv", "--keep-removed", HOSTILE.resolve("formula.txt").toString());
        assertEquals(0, r.exit(), r.err());
        try (CSVParser p = CSVParser.parse(new StringReader(r.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : p.getRecords()) {
                for (String cell : row.values()) {
                    assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0, "formula cell: " + cell);
                }
            }
        }
    }

    @Test
    void emptyAndWhitespaceOnlyFilesGiveAnEmptyRecordWithAWarning() throws IOException {
        for (String f : List.of("empty.txt", "whitespace-only.txt")) {
            JsonNode rec = record(f);
            assertEquals("", rec.get("text").asText());
            assertTrue(rec.get("warnings").toString().contains("no article body found"), f);
        }
    }

    @Test
    void utf8ReadAsWindows1252IsRepairedWithAWarning() throws IOException {
        JsonNode rec = record("double-encoded.txt");
        assertTrue(rec.get("text").asText().startsWith("The council voted"), rec.get("text").asText());
        assertEquals("By David Baché", rec.get("byline").asText());
        assertTrue(rec.get("warnings").get(0).asText().contains("\"BachÃ©\" -> \"Baché\""), rec.get("warnings").toString());
    }

    @Test
    void mojibakeKeepLeavesTheTextAsWritten() throws IOException {
        Run r = Run.of("", "--mojibake", "keep", HOSTILE.resolve("double-encoded.txt").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode rec = JSON.readTree(r.out());
        assertEquals("By David BachÃ©", rec.get("byline").asText());
        assertFalse(rec.get("warnings").toString().contains("mojibake"));
    }

    @Test
    void utf8ReadTwiceAsWindows1252IsRepaired() throws IOException {
        JsonNode rec = record("mojibake-twice.txt");
        assertEquals("By David Baché", rec.get("byline").asText());
        assertTrue(rec.get("warnings").get(0).asText().contains("some of it twice"), rec.get("warnings").toString());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadWithAWarning() throws IOException {
        JsonNode rec = record("utf16le-no-bom.txt");
        assertTrue(rec.get("text").asText().startsWith("The council voted"), rec.toString());
        assertEquals("By David Baché", rec.get("byline").asText());
        assertTrue(rec.get("warnings").get(0).asText().startsWith("no byte-order mark: read as UTF-16LE"));
    }

    @Test
    void iso8859TwoTextIsReadByItsLetters() throws IOException {
        JsonNode rec = record("iso-8859-2.txt");
        assertEquals("Rada miasta zatwierdziła nowy budżet", rec.get("headline").asText());
        assertTrue(rec.get("text").asText().contains("głosowanie było dobrym dniem"), rec.get("text").asText());
        assertEquals("not valid UTF-8: read as ISO-8859-2 (letter statistics)", rec.get("warnings").get(0).asText());
        assertEquals("pl", rec.get("language").asText());
    }

    @Test
    void nulBytesAreRefusedAsBinaryInOneLine() {
        Run r = Run.of("", HOSTILE.resolve("nul-bytes.txt").toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + HOSTILE.resolve("nul-bytes.txt") + ": binary content, not text (NUL byte at offset 17)"),
                r.err().lines().toList());
    }

    @Test
    void aJsonLinesRecordOverTheLimitIsRefusedByFileAndLineAndTheOthersGoOn() throws IOException {
        Path f = HOSTILE.resolve("oversized-record.jsonl");
        Run r = Run.of("", "--input", "jsonl", "--max-input-size", "5000", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + f + ":2: record larger than the input size limit of 5000 bytes"),
                r.err().lines().toList());
        List<String> ids = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            ids.add(JSON.readTree(line).get("source").asText());
        }
        assertEquals(List.of("small-1", "small-2"), ids);
    }

    @Test
    void aGzipBombIsRefusedAtTheSizeLimitAfterDecompression(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        byte[] line = "All work and no play. ".repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 1000; i++) {
                out.write(line); // 22 MB of text
            }
        }
        assertTrue(Files.size(bomb) < 200_000, "compressed: " + Files.size(bomb));
        Run r = Run.of("", "--max-input-size", "1000000", bomb.toString(), HOSTILE.resolve("crlf.txt").toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + bomb + ": larger than the input size limit of 1000000 bytes"),
                r.err().lines().toList());
        assertEquals(1, r.out().lines().count(), "the other input is still processed");
    }

    @Test
    void oneVeryLongLineIsOneParagraph() throws IOException {
        JsonNode rec = record("long-line.txt");
        assertEquals(1, rec.get("paragraphs").size());
        assertEquals(600 * 20, rec.get("word_count").asInt());
    }

    @Test
    void tenThousandNestedDivsInGzipGiveTheArticle() throws IOException {
        JsonNode rec = record("deep-nesting.html.gz");
        assertEquals("Budget approved", rec.get("headline").asText());
        assertTrue(rec.get("text").asText().startsWith("The council voted on Tuesday"), rec.toString());
    }

    @Test
    void everyHostileFileHasATestHere() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/pith/cli/HostileInputTest.java"));
        try (var s = Files.list(HOSTILE)) {
            for (Path p : s.toList()) {
                assertTrue(source.contains("\"" + p.getFileName() + "\""), p.getFileName() + " has no expected behaviour");
            }
        }
    }

    @Test
    void aSingleFiftyThousandCharacterLineIsProcessed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("one-line.txt"), "word ".repeat(10_000) + "end.");
        Run r = Run.of("", f.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aDirectoryMixingHostileFilesAndRealDumpsProcessesEveryDumpAndExitsOne(@TempDir Path dir) throws IOException {
        List<String> dumps = new ArrayList<>();
        try (var s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                dumps.add(Files.copy(p, dir.resolve(p.getFileName())).toString());
            }
        }
        try (var s = Files.list(HOSTILE)) {
            for (Path p : s.sorted().toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Run r = Run.of("", "-r", "-j", "2", dir.toString());
        assertEquals(1, r.exit());
        // the refused ones, each in one line naming it; every other hostile file gives a record
        assertEquals(List.of("pith: " + dir.resolve("binary-png.txt") + ": binary content, not text (NUL byte at offset 8)",
                "pith: " + dir.resolve("nul-bytes.txt") + ": binary content, not text (NUL byte at offset 17)"),
                r.err().lines().toList());
        List<String> sources = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            JsonNode rec = JSON.readTree(line);
            sources.add(rec.get("source").asText());
        }
        for (String d : dumps) {
            assertTrue(sources.contains(d), "no record for " + d);
        }
    }
}
