package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path tmp;

    @Test
    void variantsHaveScorePyIdsAndAreFoundByThemInAnyCase() {
        assertEquals(List.of("innertext", "w3m", "soup", "html"),
                java.util.Arrays.stream(Variant.values()).map(Variant::id).toList());
        assertEquals(Variant.W3M, Variant.of("W3M"));
        assertThrows(IllegalArgumentException.class, () -> Variant.of("lynx"));
    }

    @Test
    void goldRecordsAreReadWithTheirPathsSnippetsAndMetadata() throws IOException {
        TestCorpus t = new TestCorpus(tmp);
        ObjectNode g = t.doc("tf-1");
        g.put("set", "trafilatura").put("url", "https://example.org/a").put("title", "T").put("author", "A; B")
                .put("date", "2020-01-02").putNull("body");
        g.withArray("with").add("must").add(3);
        g.withArray("without").add("mustnt");
        t.dump(g, Variant.INNERTEXT, "text").dump(g, Variant.SOUP, "soup text");
        ((ObjectNode) g.get("dumps")).put("lynx", "dumps/lynx/x.txt").put("w3m", "");
        Corpus c = t.write();
        GoldDocument d = c.documents().get(0);
        assertEquals(new GoldDocument("tf-1", "trafilatura", "https://example.org/a", null,
                Map.of(Variant.INNERTEXT, "dumps/innertext/tf-1.txt", Variant.SOUP, "dumps/soup/tf-1.txt"), null,
                List.of("must"), List.of("mustnt"), "T", "A; B", "2020-01-02"), d);
        assertEquals(tmp, c.dir());
    }

    @Test
    void aDocumentHasAnInputWhenGoldListsAPathForIt() throws IOException {
        TestCorpus t = new TestCorpus(tmp);
        ObjectNode g = t.doc("a");
        t.dump(g, Variant.W3M, "x");
        ObjectNode h = t.doc("b");
        t.html(h, new byte[] {1});
        ((ObjectNode) h.get("dumps")).put("soup", "dumps/soup/missing.txt");
        Corpus c = t.write();
        assertTrue(c.has(c.documents().get(0), Variant.W3M));
        assertFalse(c.has(c.documents().get(0), Variant.HTML));
        assertTrue(c.has(c.documents().get(1), Variant.HTML));
        assertTrue(c.has(c.documents().get(1), Variant.SOUP), "listed though its file is absent, as in score.py");
        assertThrows(NoSuchFileException.class, () -> c.readDump(c.documents().get(1), Variant.SOUP));
        assertThrows(NoSuchFileException.class, () -> c.readDump(c.documents().get(0), Variant.INNERTEXT));
        assertThrows(NoSuchFileException.class, () -> c.readHtmlBytes(c.documents().get(0)));
    }

    @Test
    void dumpsAreUtf8TextAndPagesTheirGunzippedBytes() throws IOException {
        TestCorpus t = new TestCorpus(tmp);
        ObjectNode g = t.doc("a");
        byte[] page = "<p>caf\u00e9 \u00ff</p>".getBytes(StandardCharsets.ISO_8859_1);
        t.dump(g, Variant.INNERTEXT, "caf\u00e9 \u4e2d\n").html(g, page);
        Corpus c = t.write();
        GoldDocument d = c.documents().get(0);
        assertEquals("caf\u00e9 \u4e2d\n", c.readDump(d, Variant.INNERTEXT));
        assertArrayEquals(page, c.readHtmlBytes(d));
        assertEquals("<p>caf\ufffd \ufffd</p>", c.readDump(d, Variant.HTML), "pages as text are decoded as UTF-8");
    }

    @Test
    void blankLinesAreSkippedAndABadLineIsNamedByNumber() throws IOException {
        Files.writeString(tmp.resolve("gold.jsonl"), "{\"id\": \"a\"}\n\n \n{\"id\": \"b\"}\n", StandardCharsets.UTF_8);
        Corpus c = Corpus.load(tmp);
        assertEquals(List.of("a", "b"), c.documents().stream().map(GoldDocument::id).toList());
        assertNull(c.documents().get(0).title());
        Files.writeString(tmp.resolve("gold.jsonl"), "{\"id\": \"a\"}\n{oops\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Corpus.load(tmp));
        assertTrue(e.getMessage().contains("gold.jsonl:2"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutGoldIsNoCorpus() {
        assertThrows(NoSuchFileException.class, () -> Corpus.load(tmp));
    }

    @Test
    void theDevCorpusHasEveryPageInEveryInput() throws IOException {
        Corpus c = Corpus.load(CorpusDir.require());
        assertEquals(548, c.documents().size());
        for (Variant v : Variant.values()) {
            assertEquals(548, c.documents().stream().filter(d -> c.has(d, v)).count(), v.id());
        }
    }
}
