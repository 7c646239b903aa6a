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
        assertEquals(List.of("pith: " + dir.resolve("binary-png.txt") + ": binary content"),
                r.err().lines().map(l -> l.substring(0, Math.min(l.length(), ("pith: " + dir.resolve("binary-png.txt")
                        + ": binary content").length()))).toList());
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
