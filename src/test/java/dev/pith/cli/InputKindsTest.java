package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.read.TestWarcs;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** The input kinds end to end: compressed dumps, WARC and WET files, JSON Lines URL and kept fields. */
class InputKindsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "seeds/000_7cf434835259646a.txt";

    private static List<JsonNode> records(String jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void bzip2XzAndZstdDumpsAreReadByTheirContent(@TempDir Path dir) throws IOException {
        byte[] seed = Files.readAllBytes(Path.of(SEED));
        Path bz = dir.resolve("a.bz2");
        Path xz = dir.resolve("b.xz");
        Path zst = dir.resolve("c.txt");
        try (OutputStream b = new BZip2CompressorOutputStream(Files.newOutputStream(bz));
             OutputStream x = new XZCompressorOutputStream(Files.newOutputStream(xz));
             OutputStream z = new ZstdOutputStream(Files.newOutputStream(zst))) {
            b.write(seed);
            x.write(seed);
            z.write(seed);
        }
        Run plain = Run.of("", SEED);
        Run r = Run.of("", bz.toString(), xz.toString(), zst.toString());
        assertEquals(0, r.exit(), r.err());
        for (JsonNode record : records(r.out())) {
            assertEquals(JSON.readTree(plain.out()).get("text"), record.get("text"));
        }
    }

    @Test
    void aZstdBombIsRefusedInOneLineAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.zst");
        try (OutputStream z = new ZstdOutputStream(Files.newOutputStream(bomb))) {
            z.write(new byte[4 << 20]);
        }
        Run r = Run.of("", "--max-input-size", "1000000", bomb.toString(), SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + bomb + ": larger than the input size limit of 1000000 bytes"),
                r.err().lines().toList());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void aWarcGivesOneRecordPerHtmlResponseWithItsUrlAndFetchDate(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> offsets = TestWarcs.write(warc, TestWarcs.crawl(), WarcCompression.GZIP);
        Run r = Run.of("", warc.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> records = records(r.out());
        assertEquals(2, records.size());
        JsonNode cafe = records.get(0);
        assertEquals(warc + ":" + offsets.get(2), cafe.get("source").asText());
        assertEquals("https://news.example/a", cafe.get("url").asText());
        assertEquals("2024-03-01T12:30:00Z", cafe.get("fetched").asText());
        assertEquals("Café owners meet the council", cafe.get("headline").asText(), "decoded with the HTTP charset");
        assertTrue(cafe.get("text").asText().contains("talk about the café"));
        assertEquals("Bridge to reopen in spring", records.get(1).get("headline").asText());
        assertEquals(List.of("source", "url", "fetched", "headline"), fieldNames(cafe).subList(0, 4));
    }

    @Test
    void explainOnAWarcNamesEachRecordWithItsUrlAndSaysWhereItsMetadataCameFrom(@TempDir Path dir)
            throws IOException {
        Path warc = dir.resolve("crawl.warc");
        List<Long> offsets = TestWarcs.write(warc, TestWarcs.crawl(), WarcCompression.NONE);
        Run r = Run.of("", "--explain", warc.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> sources = r.out().lines().filter(l -> l.startsWith("# source: ")).toList();
        assertEquals(List.of(
                "# source: " + warc + ":" + offsets.get(2) + ", url: https://news.example/a, fetched: "
                        + "2024-03-01T12:30:00Z",
                "# source: " + warc + ":" + offsets.get(6) + ", url: https://news.example/b, fetched: "
                        + "2024-03-01T12:30:00Z"), sources);
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("# headline from ")).count(),
                "each record keeps the HTML notes on where its headline came from");
        assertTrue(r.out().lines().anyMatch(l -> l.contains(" paragraph ") && l.contains("talk about the café")),
                r.out());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void warcRecordsUnderSeveralJobsKeepTheFileOrder(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        List<org.netpreserve.jwarc.WarcRecord> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(TestWarcs.response("https://news.example/" + i, 200, "text/html",
                    TestWarcs.page("Story number " + i + " of the day", "item" + i).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        }
        TestWarcs.write(warc, many, WarcCompression.NONE);
        Run one = Run.of("", "-j", "1", warc.toString());
        Run four = Run.of("", "-j", "4", warc.toString());
        assertEquals(one.out(), four.out());
        assertEquals(12, records(four.out()).size());
        assertEquals("https://news.example/11", records(four.out()).get(11).get("url").asText());
    }

    @Test
    void aWetFileGivesOneRecordPerConversionWithKeptWarcHeaders(@TempDir Path dir) throws IOException {
        Path wet = dir.resolve("crawl.warc.wet.gz");
        TestWarcs.write(wet, TestWarcs.wet(), WarcCompression.GZIP);
        Run r = Run.of("", "--keep-fields", "WARC-Type", wet.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> records = records(r.out());
        assertEquals(2, records.size());
        assertEquals("Bridge to reopen in spring", records.get(1).get("headline").asText());
        assertEquals("https://news.example/b", records.get(1).get("url").asText());
        assertEquals("conversion", records.get(1).get("fields").get("WARC-Type").asText());
        assertFalse(records.get(0).has("page"), "WET text is text, not HTML");
    }

    @Test
    void aWarcCutInTheMiddleGivesTheRecordsBeforeAndOneErrorLineNamingFileAndOffset(@TempDir Path dir)
            throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        List<Long> offsets = TestWarcs.write(whole, TestWarcs.crawl(), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, (int) (offsets.get(6) + 40)));
        Run r = Run.of("", cut.toString(), SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of("pith: " + cut + ":" + offsets.get(6) + ": truncated WARC record (the file ends inside it)"),
                r.err().lines().toList());
        List<JsonNode> records = records(r.out());
        assertEquals(List.of(cut + ":" + offsets.get(2), SEED),
                records.stream().map(n -> n.get("source").asText()).toList(), "the batch goes on");
    }

    @Test
    void inputWarcRefusesAFileThatIsNone(@TempDir Path dir) throws IOException {
        Run r = Run.of("", "--input", "WARC", SEED);
        assertEquals(1, r.exit());
        assertEquals("pith: " + SEED + ": not a WARC file (it does not start with WARC/)", r.err().strip());
        assertEquals(2, Run.of("", "--input", "xml", SEED).exit());
    }

    @Test
    void jsonLinesUrlAndKeptFieldsGoIntoTheRecord(@TempDir Path dir) throws IOException {
        String seed = Files.readString(Path.of(SEED));
        Path jsonl = Files.writeString(dir.resolve("export.jsonl"), JSON.writeValueAsString(java.util.Map.of(
                "id", "n1", "link", "https://mali.example/jnim", "content", seed, "lang", "en",
                "crawl", java.util.Map.of("depth", 2))) + "\n");
        Run r = Run.of("", "--input", "jsonl", "--url-field", "link", "--keep-fields", "crawl,lang,missing",
                jsonl.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode record = JSON.readTree(r.out());
        assertEquals("n1", record.get("source").asText());
        assertEquals("https://mali.example/jnim", record.get("url").asText());
        assertFalse(record.has("fetched"));
        assertEquals(JSON.readTree("{\"crawl\": {\"depth\": 2}, \"lang\": \"en\", \"missing\": null}"),
                record.get("fields"));
        assertEquals(List.of("crawl", "lang", "missing"), fieldNames(record.get("fields")));
        assertTrue(record.get("headline").asText().startsWith("Mali: JNIM"), "read from the content field");
    }

    @Test
    void aNamedTextFieldTurnsOffTheDefaultHtmlField(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("export.jsonl"),
                "{\"html\": \"<html><body><h1>From the HTML</h1></body></html>\", \"body\": \"From the text field\"}\n");
        Run r = Run.of("", "--input", "jsonl", "--text-field", "body", jsonl.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("From the text field", JSON.readTree(r.out()).get("headline").asText(), r.out());
    }
}
