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
        assertEquals(List.of("pith: " + jsonl + ":2: malformed JSON", "pith: no-text: no text field (tried html, text, content)"),
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

    /** A JSON Lines export of documents of very different sizes: seeds and one-line stubs, each with an id. */
    private static Path unevenExport(Path dir) throws IOException {
        String seed = Files.readString(Path.of("seeds/000_7cf434835259646a.txt"));
        String sample = Files.readString(Path.of("samples/reuters-asian-shares.innertext.txt"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String text = i % 3 == 0 ? sample.repeat(1 + i % 4) : i % 3 == 1 ? seed : "Short note number " + i + ".";
            lines.append(JSON.writeValueAsString(java.util.Map.of("id", "d" + i, "text", text))).append('\n');
        }
        return Files.writeString(dir.resolve("uneven.jsonl"), lines);
    }

    @Test
    void fourJobsWriteTheRecordsOfAJsonLinesFileInInputOrder(@TempDir Path dir) throws IOException {
        Path jsonl = unevenExport(dir);
        Run one = run("", "--input", "jsonl", "-j", "1", jsonl.toString());
        Run four = run("", "--input", "jsonl", "-j", "4", jsonl.toString());
        assertEquals(0, four.exit(), four.err());
        assertEquals(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "d" + i).toList(), sources(four.out()));
        assertEquals(one.out(), four.out());
    }

    @Test
    void unorderedGivesTheSameRecordsAsInputOrder(@TempDir Path dir) throws IOException {
        Path jsonl = unevenExport(dir);
        Run ordered = run("", "--input", "jsonl", "-j", "3", jsonl.toString());
        Run unordered = run("", "--input", "jsonl", "-j", "3", "--unordered", jsonl.toString());
        assertEquals(0, unordered.exit(), unordered.err());
        assertEquals(new java.util.TreeSet<>(ordered.out().lines().toList()),
                new java.util.TreeSet<>(unordered.out().lines().toList()));
        assertEquals(40, unordered.out().lines().count());
        tree(dir.resolve("t"));
        Run files = run("", "-r", "--glob", "*.txt", "-j", "2", "--unordered", dir.resolve("t").toString());
        Run filesInOrder = run("", "-r", "--glob", "*.txt", "-j", "2", dir.resolve("t").toString());
        assertEquals(new java.util.TreeSet<>(filesInOrder.out().lines().toList()),
                new java.util.TreeSet<>(files.out().lines().toList()));
    }

    @Test
    void unorderedStillReportsEveryFailureAndExitsOne(@TempDir Path dir) throws IOException {
        Run r = run("", "-j", "2", "--unordered", "missing-1.txt", "seeds/000_7cf434835259646a.txt", "missing-2.txt");
        assertEquals(1, r.exit());
        assertEquals(java.util.Set.of("pith: missing-1.txt: no such file", "pith: missing-2.txt: no such file"),
                new java.util.HashSet<>(r.err().lines().toList()));
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void csvRowsPerParagraphFromTheCommandLineParseBack() throws IOException {
        String seed = "seeds/000_7cf434835259646a.txt";
        Run r = run("", "-f", "csv", "--csv-rows", "paragraph", seed);
        assertEquals(0, r.exit(), r.err());
        var paragraphs = JSON.readTree(run("", seed).out()).get("paragraphs");
        try (var p = org.apache.commons.csv.CSVParser.parse(r.out(), org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(List.of("source", "paragraph", "kind", "text"), p.getHeaderNames());
            var rows = p.getRecords();
            assertEquals(paragraphs.size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(List.of(seed, String.valueOf(i + 1), paragraphs.get(i).get("kind").asText()),
                        rows.get(i).toList().subList(0, 3));
                assertEquals(paragraphs.get(i).get("text").asText(), rows.get(i).get("text").replaceFirst("^'", ""));
            }
        }
    }

    @Test
    void fieldsSelectAndOrderCsvColumnsAndJsonFields() throws IOException {
        String seed = "seeds/000_7cf434835259646a.txt";
        Run csv = run("", "-f", "csv", "--fields", "headline,source", seed);
        assertEquals("headline,source", csv.out().lines().findFirst().orElse(""));
        Run jsonl = run("", "--fields", "word_count,headline", seed);
        var rec = JSON.readTree(jsonl.out());
        List<String> names = new ArrayList<>();
        rec.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("word_count", "headline"), names);
        Run removed = run("", "--fields", "source,removed", seed);
        assertTrue(JSON.readTree(removed.out()).get("removed").size() > 0, "selecting removed keeps the removed blocks");
    }

    @Test
    void anUnknownFieldIsAUsageErrorListingTheValidNames() {
        Run r = run("", "-f", "csv", "--csv-rows", "paragraph", "--fields", "source,title", "seeds/000_7cf434835259646a.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pith: unknown field 'title' for csv rows per paragraph (valid: source, headline, "
                + "language, paragraph, kind, lines, text)"), r.err());
        assertEquals(2, run("", "-f", "text", "--fields", "source", "seeds/000_7cf434835259646a.txt").exit());
        assertEquals("", r.out());
    }
}
