package dev.pith.read;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC and WET files written with jwarc's writer, as a crawler writes them, for the tests. */
public final class TestWarcs {
    public static final Instant DATE = Instant.parse("2024-03-01T12:30:00Z");

    private TestWarcs() {
    }

    /** A news page: a headline and a body of plain sentences, with {@code word} in the text. */
    public static String page(String headline, String word) {
        return "<html><head><title>" + headline + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>"
                + headline + "</h1><p>" + ("The council met on Tuesday to talk about the " + word
                + " and the new budget. ").repeat(8) + "</p><p>" + "Residents asked many questions. ".repeat(6)
                + "</p></article></body></html>";
    }

    /** A response record holding an HTTP response. */
    public static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(DATE).body(http).build();
    }

    /** A WARC file as a crawl writes it: warcinfo, then per page a request and a response, plus the skipped kinds. */
    public static List<WarcRecord> crawl() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(new Warcinfo.Builder().date(DATE).fields(Map.of("software", List.of("pith tests"))).build());
        records.add(new WarcRequest.Builder(URI.create("https://news.example/a"))
                .body(new HttpRequest.Builder("GET", "/a").build()).date(DATE).build());
        records.add(response("https://news.example/a", 200, "text/html; charset=ISO-8859-1",
                page("Café owners meet the council", "café").getBytes(StandardCharsets.ISO_8859_1)));
        records.add(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        records.add(new WarcMetadata.Builder().targetURI("https://news.example/a").date(DATE)
                .body(MediaType.parse("application/warc-fields"), "via: x\r\n".getBytes(StandardCharsets.US_ASCII))
                .build());
        records.add(response("https://news.example/gone", 404, "text/html", page("Not found", "error").getBytes(
                StandardCharsets.UTF_8)));
        records.add(response("https://news.example/b", 200, "text/html", page("Bridge to reopen in spring", "bridge")
                .getBytes(StandardCharsets.UTF_8)));
        return records;
    }

    /** A WET file: warcinfo and two conversion records of extracted text. */
    public static List<WarcRecord> wet() {
        List<WarcRecord> records = new ArrayList<>();
        records.add(new Warcinfo.Builder().date(DATE).fields(Map.of("software", List.of("pith tests"))).build());
        for (String[] page : new String[][] {{"https://news.example/a", "Café owners meet the council"},
                {"https://news.example/b", "Bridge to reopen in spring"}}) {
            String text = page[1] + "\n" + "The council met on Tuesday to talk about the budget. ".repeat(8) + "\n"
                    + "Residents asked many questions about the plans. ".repeat(5) + "\n";
            records.add(new WarcConversion.Builder().addHeader("WARC-Target-URI", page[0]).date(DATE)
                    .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8)).build());
        }
        return records;
    }

    /** Writes the records to {@code file}; gives each record's offset in the file. */
    public static List<Long> write(Path file, List<WarcRecord> records, WarcCompression compression) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord r : records) {
                offsets.add(w.position());
                w.write(r);
            }
        }
        return offsets;
    }
}
