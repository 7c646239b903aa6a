package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: directory trees, path lists, gzip, several jobs with the output in input order. */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Run run(String stdin, String... args) {
        return Run.of(stdin, args);
    }

    static List<String> sources(String jsonl) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            out.add(JSON.readTree(line).get("source").asText());
        }
        return out;
    }

    /** The samples, copied to a tree: a/ and b/, with a non-dump file. */
    static List<Path> tree(Path dir) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (var s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                Path sub = dir.resolve(copies.size() % 2 == 0 ? "a" : "b");
                Files.createDirectories(sub);
                copies.add(Files.copy(p, sub.resolve(p.getFileName())));
            }
        }
        Files.writeString(dir.resolve("a").resolve("notes.md"), "# not a dump");
        return copies;
    }

    @Test
    void recursiveReadsEveryMatchingFileOfATreeInPathOrder(@TempDir Path dir) throws IOException {
        List<Path> copies = tree(dir);
        Run r = run("", "-r", "--glob", "*.txt", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> expected = copies.stream().map(Path::toString).sorted().toList();
        assertEquals(expected, sources(r.out()));
    }

    @Test
    void severalJobsKeepTheInputOrderAndGiveTheSameRecords(@TempDir Path dir) throws IOException {
        tree(dir);
        Run one = run("", "-r", "--glob", "*.txt", "--jobs", "1", dir.toString());
        Run four = run("", "-r", "--glob", "*.txt", "--jobs", "4", dir.toString());
        assertEquals(one.out(), four.out());
    }

    @Test
    void failuresAmongParallelJobsAreReportedInInputOrder(@TempDir Path dir) throws IOException {
        Path bin = Files.write(dir.resolve("bin.txt"), new byte[] {0, 0, 0, 0, 1, 2, 3});
        Run r = run("", "-j", "3", "missing-1.txt", "samples/reuters-asian-shares.innertext.txt", bin.toString(),
                "missing-2.txt");
        assertEquals(1, r.exit());
        List<String> errors = r.err().lines().toList();
        assertEquals(3, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("pith: missing-1.txt: "));
        assertTrue(errors.get(1).startsWith("pith: " + bin + ": "));
        assertTrue(errors.get(2).startsWith("pith: missing-2.txt: "));
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void gzipInputIsReadByItsContent(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("seed.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(Path.of("seeds/000_7cf434835259646a.txt")));
        }
        Run r = run("", gz.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(JSON.readTree(r.out()).get("headline").asText().startsWith("Mali: JNIM"));
    }

    @Test
    void brokenGzipIsOneLine(@TempDir Path dir) throws IOException {
        Path gz = Files.write(dir.resolve("cut.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        Run r = run("", gz.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("pith: " + gz + ": broken gzip data"), r.err());
    }

    @Test
    void filesFromReadsOnePathPerLine(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"),
                "samples/bbc-assange-sweden.soup.txt\n\nseeds/000_7cf434835259646a.txt\n");
        Run r = run("", "--files-from", list.toString());
        assertEquals(List.of("samples/bbc-assange-sweden.soup.txt", "seeds/000_7cf434835259646a.txt"), sources(r.out()));
        Run fromStdin = run("seeds/000_7cf434835259646a.txt\n", "--files-from", "-");
        assertEquals(List.of("seeds/000_7cf434835259646a.txt"), sources(fromStdin.out()));
    }

    @Test
    void jsonLinesWithABadLineInTheMiddleGivesTheOtherRecordsAndOneErrorLine(@TempDir Path dir) throws IOException {
        String seed = Files.readString(Path.of("seeds/000_7cf434835259646a.txt"));
        String lines = JSON.writeValueAsString(java.util.Map.of("id", "first", "text", seed)) + "\n"
                + "{\"id\": \"broken\", \"text\": \"cut here\n"
                + JSON.writeValueAsString(java.util.Map.of("text", seed)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("id", "no-text", "body", "x")) + "\n";
        Path jsonl = Files.writeString(dir.resolve("export.jsonl"), lines);
        Run r = run("", "--input", "jsonl", "-j", "2", jsonl.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("first", jsonl + ":3"), sources(r.out()));
        assertEquals(List.of("pith: " + jsonl + ":2: malformed JSON", "pith: no-text: no text field \"text\""),
                r.err().lines().toList());
    }

    @Test
    void jsonLinesHtmlFieldIsReadAsHtml(@TempDir Path dir) throws IOException {
        String page = "<html><body><article><h1>Title of the page</h1><p>" + "A sentence of the article text. ".repeat(12)
                + "</p></article></body></html>";
        Path jsonl = Files.writeString(dir.resolve("pages.jsonl"),
                JSON.writeValueAsString(java.util.Map.of("url", "u", "html", page)) + "\n");
        Run r = run("", "--input", "jsonl", "--html-field", "html", jsonl.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Title of the page", JSON.readTree(r.out()).get("headline").asText());
    }

    @Test
    void errorsAsJsonLinesAreOneParsableRecordEach() throws IOException {
        Run r = run("", "--errors", "jsonl", "missing.txt", "seeds/000_7cf434835259646a.txt");
        assertEquals(1, r.exit());
        var e = JSON.readTree(r.err().strip());
        assertEquals("missing.txt", e.get("source").asText());
        assertTrue(e.get("error").asText().startsWith("no such file"));
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void failFastStopsAtTheFirstFailure() {
        Run r = run("", "--fail-fast", "-j", "1", "seeds/000_7cf434835259646a.txt", "missing.txt",
                "seeds/000_7cf434835259646a.txt");
        assertEquals(1, r.exit());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void failFastStillClosesTheJsonArray() throws IOException {
        Run r = run("", "--fail-fast", "-f", "json", "seeds/000_7cf434835259646a.txt", "missing.txt");
        assertEquals(1, JSON.readTree(r.out()).size());
    }

    @Test
    void zeroJobsIsAUsageError() {
        assertEquals(2, run("", "--jobs", "0", "seeds/000_7cf434835259646a.txt").exit());
    }
}
