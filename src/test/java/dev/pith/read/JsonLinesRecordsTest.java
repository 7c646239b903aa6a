package dev.pith.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pith.ExtractOptions.InputType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines records: the document field, name, URL and kept fields of each line; bad lines in one line each. */
class JsonLinesRecordsTest {
    private static final ReadOptions JSONL = ReadOptions.builder().kind(InputKind.JSONL).build();

    private static List<Document> documents(Path file, ReadOptions options) throws InputException {
        try (Documents docs = Documents.open(InputSource.of(file.toString()), InputStream.nullInputStream(), options)) {
            List<Document> out = new ArrayList<>();
            docs.forEach(out::add);
            return out;
        }
    }

    private static String error(Document d) {
        try {
            d.content().load();
            return null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    @Test
    void theDefaultFieldsAreThoseOfCommonCrawlerExports(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("export.jsonl"), """
                {"id": 7, "url": "https://a.example/1", "html": "<p>page</p>", "text": "page"}
                {"url": "https://a.example/2", "content": "the content"}
                {"id": "x", "body": "no known field"}
                """);
        List<Document> docs = documents(file, JSONL);
        assertEquals(List.of("7", file + ":2", "x"), docs.stream().map(Document::name).toList());
        Content.Text first = (Content.Text) docs.get(0).content().load();
        assertEquals(new Content.Text("<p>page</p>", InputType.HTML), first, "html comes before text");
        assertEquals(new Content.Text("the content", InputType.AUTO), docs.get(1).content().load());
        assertEquals("https://a.example/2", docs.get(1).origin().url());
        assertEquals("no text field (tried html, text, content)", error(docs.get(2)));
    }

    @Test
    void keptFieldsKeepTheirJsonValuesInTheOrderAskedAndMissingOnesAreNull(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("export.jsonl"),
                "{\"text\": \"t\", \"lang\": \"de\", \"meta\": {\"depth\": 2, \"tags\": [\"a\", \"b\"]}, \"score\": 0.5}\n");
        ReadOptions keep = ReadOptions.builder().kind(InputKind.JSONL)
                .keepFields(List.of("score", "meta", "lang", "absent")).build();
        Map<String, Object> fields = documents(file, keep).get(0).origin().fields();
        assertEquals(List.of("score", "meta", "lang", "absent"), List.copyOf(fields.keySet()));
        assertEquals(0.5, fields.get("score"));
        assertEquals(Map.of("depth", 2, "tags", List.of("a", "b")), fields.get("meta"));
        assertEquals("de", fields.get("lang"));
        assertNull(fields.get("absent"));
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutHoldingItAndTheNextLineIsRead(@TempDir Path dir) throws Exception {
        String big = "{\"text\": \"" + "x".repeat(5000) + "\"}";
        Path file = Files.writeString(dir.resolve("export.jsonl"), big + "\n{\"text\": \"small\"}\r\n");
        List<Document> docs = documents(file, ReadOptions.builder().kind(InputKind.JSONL).maxBytes(1000).build());
        assertEquals(List.of(file + ":1", file + ":2"), docs.stream().map(Document::name).toList());
        assertEquals("record larger than the input size limit of 1000 bytes", error(docs.get(0)));
        assertEquals(new Content.Text("small", InputType.AUTO), docs.get(1).content().load());
    }

    @Test
    void compressedJsonLinesAreReadLineByLine(@TempDir Path dir) throws Exception {
        byte[] lines = "{\"text\": \"one\"}\n{\"text\": \"two\"}\n".getBytes(StandardCharsets.UTF_8);
        for (Compression c : Compression.values()) {
            Path file = Files.write(dir.resolve("export.jsonl." + c.id()), CompressionTest.compress(c, lines));
            List<Document> docs = documents(file, JSONL);
            assertEquals(new Content.Text("two", InputType.AUTO), docs.get(1).content().load(), c.toString());
        }
    }

    @Test
    void aLastLineWithoutNewlineIsARecord(@TempDir Path dir) throws IOException, InputException {
        Path file = Files.writeString(dir.resolve("export.jsonl"), "{\"text\": \"one\"}\n\n{\"text\": \"two\"}");
        assertEquals(List.of(file + ":1", file + ":3"), documents(file, JSONL).stream().map(Document::name).toList());
    }
}
