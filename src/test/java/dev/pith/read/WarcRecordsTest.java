package dev.pith.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions.InputType;
import dev.pith.article.Origin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;

/** WARC and WET files: one document per HTML response or text conversion, the rest skipped and counted. */
class WarcRecordsTest {

    /** A document read whole: its name, content and origin, or the reason it failed. */
    private record Read(String name, Content content, Origin origin, String error) {
    }

    private static List<Read> read(Path file, ReadOptions options, int[] skipped) throws InputException {
        List<Read> out = new ArrayList<>();
        try (Documents docs = Documents.open(InputSource.of(file.toString()), InputStream.nullInputStream(), options)) {
            for (Document d : docs) {
                try {
                    out.add(new Read(d.name(), d.content().load(), d.origin(), null));
                } catch (InputException e) {
                    out.add(new Read(d.name(), null, d.origin(), e.getMessage()));
                }
            }
            skipped[0] = docs.skipped();
        }
        return out;
    }

    private static String text(Content c) {
        Content.Bytes b = (Content.Bytes) c;
        return new String(b.bytes(), b.charset() == null ? StandardCharsets.UTF_8 : b.charset());
    }

    @Test
    void htmlResponsesAreDocumentsNamedByOffsetWithTheirUrlAndDate(@TempDir Path dir) throws IOException,
            InputException {
        Path warc = dir.resolve("crawl.warc");
        List<Long> offsets = TestWarcs.write(warc, TestWarcs.crawl(), WarcCompression.NONE);
        int[] skipped = new int[1];
        List<Read> docs = read(warc, ReadOptions.DEFAULT, skipped);
        assertEquals(List.of(warc + ":" + offsets.get(2), warc + ":" + offsets.get(6)),
                docs.stream().map(Read::name).toList());
        assertEquals(5, skipped[0], "warcinfo, request, image, metadata and the 404 are skipped");
        Read first = docs.get(0);
        assertEquals("https://news.example/a", first.origin().url());
        assertEquals("2024-03-01T12:30:00Z", first.origin().fetched());
        Content.Bytes body = (Content.Bytes) first.content();
        assertEquals(InputType.HTML, body.type());
        assertEquals(StandardCharsets.ISO_8859_1, body.charset(), "the HTTP charset is passed on");
        assertTrue(text(body).contains("<h1>Café owners meet the council</h1>"));
    }

    @Test
    void perRecordGzipIsReadWithTheOffsetsOfTheFile(@TempDir Path dir) throws IOException, InputException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> offsets = TestWarcs.write(warc, TestWarcs.crawl(), WarcCompression.GZIP);
        assertEquals(0x1F, Files.readAllBytes(warc)[0] & 0xFF);
        List<Read> docs = read(warc, ReadOptions.DEFAULT, new int[1]);
        assertEquals(List.of(warc + ":" + offsets.get(2), warc + ":" + offsets.get(6)),
                docs.stream().map(Read::name).toList());
        assertTrue(text(docs.get(1).content()).contains("Bridge to reopen in spring"));
    }

    @Test
    void aWholeFileCompressedWithZstdIsNamedByOffsetsInTheDecompressedWarc(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("crawl.warc");
        List<Long> offsets = TestWarcs.write(plain, TestWarcs.crawl(), WarcCompression.NONE);
        Path zst = Files.write(dir.resolve("crawl.warc.zst"),
                CompressionTest.compress(Compression.ZSTD, Files.readAllBytes(plain)));
        List<Read> docs = read(zst, ReadOptions.DEFAULT, new int[1]);
        assertEquals(List.of(zst + ":" + offsets.get(2), zst + ":" + offsets.get(6)),
                docs.stream().map(Read::name).toList());
    }

    @Test
    void chunkedAndGzipEncodedHttpBodiesAreDecoded(@TempDir Path dir) throws IOException, InputException {
        byte[] html = TestWarcs.page("Chunked page", "chunks").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var o = new GZIPOutputStream(gz)) {
            o.write(html);
        }
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] g = gz.toByteArray();
        int half = g.length / 2;
        chunked.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(g, 0, half);
        chunked.write(("\r\n" + Integer.toHexString(g.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(g, half, g.length - half);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Transfer-Encoding", "chunked").addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML, chunked.toByteArray()).build();
        Path warc = dir.resolve("chunked.warc");
        TestWarcs.write(warc, List.of(new WarcResponse.Builder(URI.create(
                "https://news.example/c")).date(TestWarcs.DATE).body(http).build()), WarcCompression.NONE);
        List<Read> docs = read(warc, ReadOptions.DEFAULT, new int[1]);
        assertEquals(new String(html, StandardCharsets.UTF_8), text(docs.get(0).content()));
    }

    @Test
    void wetConversionRecordsAreTextDocuments(@TempDir Path dir) throws IOException, InputException {
        Path wet = dir.resolve("crawl.warc.wet");
        TestWarcs.write(wet, TestWarcs.wet(), WarcCompression.NONE);
        int[] skipped = new int[1];
        List<Read> docs = read(wet, ReadOptions.DEFAULT, skipped);
        assertEquals(2, docs.size());
        assertEquals(1, skipped[0]);
        assertEquals(InputType.TEXT, docs.get(0).content().type());
        assertEquals("https://news.example/b", docs.get(1).origin().url());
        assertTrue(text(docs.get(0).content()).startsWith("Café owners meet the council\n"));
    }

    @Test
    void keptFieldsAreTheRecordsWarcHeaders(@TempDir Path dir) throws IOException, InputException {
        Path wet = dir.resolve("crawl.wet");
        TestWarcs.write(wet, TestWarcs.wet(), WarcCompression.NONE);
        ReadOptions keep = ReadOptions.builder().keepFields(List.of("WARC-Type", "WARC-Refers-To")).build();
        Map<String, Object> fields = read(wet, keep, new int[1]).get(0).origin().fields();
        assertEquals(List.of("WARC-Type", "WARC-Refers-To"), List.copyOf(fields.keySet()));
        assertEquals("conversion", fields.get("WARC-Type"));
        assertNull(fields.get("WARC-Refers-To"));
    }

    @Test
    void aFileCutInsideARecordGivesTheRecordsBeforeAndOneErrorAtItsOffset(@TempDir Path dir) throws IOException,
            InputException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path whole = dir.resolve("whole." + compression);
            List<Long> offsets = TestWarcs.write(whole, TestWarcs.crawl(), compression);
            byte[] bytes = Files.readAllBytes(whole);
            long cutAt = offsets.get(6) + (bytes.length - offsets.get(6)) / 2;
            Path cut = Files.write(dir.resolve("cut." + compression), Arrays.copyOf(bytes, (int) cutAt));
            List<Read> docs = read(cut, ReadOptions.DEFAULT, new int[1]);
            assertEquals(2, docs.size(), compression + ": " + docs);
            assertNull(docs.get(0).error());
            assertEquals(cut + ":" + offsets.get(6), docs.get(1).name(), compression.toString());
            assertEquals("truncated WARC record (the file ends inside it)", docs.get(1).error(), compression.toString());
        }
    }

    @Test
    void aMalformedRecordIsReportedAtItsOffsetAndEndsTheFile(@TempDir Path dir) throws IOException, InputException {
        Path whole = dir.resolve("whole.warc");
        List<Long> offsets = TestWarcs.write(whole, TestWarcs.crawl(), WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        int at = (int) (long) offsets.get(3);
        byte[] garbage = "WARC/1.1\r\nthis is not a header line\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(garbage, 0, bytes, at, garbage.length);
        Path bad = Files.write(dir.resolve("bad.warc"), bytes);
        List<Read> docs = read(bad, ReadOptions.DEFAULT, new int[1]);
        assertEquals(2, docs.size(), docs.toString());
        assertEquals(bad + ":" + at, docs.get(1).name());
        assertTrue(docs.get(1).error().startsWith("malformed WARC record: "), docs.get(1).error());
    }

    @Test
    void aRecordOverTheSizeLimitIsRefusedAndTheFileGoesOn(@TempDir Path dir) throws IOException, InputException {
        Path warc = dir.resolve("crawl.warc");
        TestWarcs.write(warc, TestWarcs.crawl(), WarcCompression.NONE);
        List<Read> docs = read(warc, ReadOptions.builder().maxBytes(100).build(), new int[1]);
        assertEquals(List.of("record larger than the input size limit of 100 bytes",
                "record larger than the input size limit of 100 bytes"), docs.stream().map(Read::error).toList());
    }

    @Test
    void aFileThatIsNoWarcIsRefusedWhenWarcIsAskedFor(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "Just some text.\n");
        InputException e = assertThrows(InputException.class, () -> read(txt,
                ReadOptions.builder().kind(InputKind.WARC).build(), new int[1]));
        assertEquals("not a WARC file (it does not start with WARC/)", e.getMessage());
    }
}
