package dev.pith.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An evaluation corpus on disk: {@code gold.jsonl} and the files it names (format in shared/corpus/README.md).
 * Read only; nothing is cached but the gold records.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<GoldDocument> documents;

    private Corpus(Path dir, List<GoldDocument> documents) {
        this.dir = dir;
        this.documents = List.copyOf(documents);
    }

    /**
     * Reads {@code dir/gold.jsonl} as score.py does: blank lines skipped, one JSON object per other line.
     *
     * @throws NoSuchFileException when there is no gold.jsonl
     * @throws IOException         on a bad line (its number is in the message) or a read error
     */
    public static Corpus load(Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(gold)) {
            throw new NoSuchFileException(gold.toString(), null, "no gold.jsonl: not an evaluation corpus");
        }
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (Metrics.isBlank(line)) {
                    continue;
                }
                JsonNode g;
                try {
                    g = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(gold + ":" + lineNo + ": bad JSON: " + e.getOriginalMessage(), e);
                }
                if (!g.isObject() || !g.path("id").isTextual()) {
                    throw new IOException(gold + ":" + lineNo + ": not a gold record (an object with a string \"id\")");
                }
                docs.add(document(g));
            }
        }
        return new Corpus(dir, docs);
    }

    private static GoldDocument document(JsonNode g) {
        Map<Variant, String> dumps = new EnumMap<>(Variant.class);
        JsonNode d = g.path("dumps");
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = nonEmpty(e.getValue());
            Variant v = known(e.getKey());
            if (path != null && v != null && v != Variant.HTML) { // score.py: bool(dumps.get(variant))
                dumps.put(v, path);
            }
        }
        return new GoldDocument(g.get("id").asText(), string(g.get("set")), string(g.get("url")),
                nonEmpty(g.get("html")), dumps, string(g.get("body")), strings(g.get("with")),
                strings(g.get("without")), title(g.get("title")), string(g.get("author")), string(g.get("date")));
    }

    private static Variant known(String id) {
        try {
            return Variant.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The corpus directory. */
    public Path dir() {
        return dir;
    }

    /** Every gold record, in file order. */
    public List<GoldDocument> documents() {
        return documents;
    }

    /** Whether the document has this input, as score.py's has_input decides: gold.jsonl lists a path for it. */
    public boolean has(GoldDocument d, Variant v) {
        return v == Variant.HTML ? d.htmlPath() != null : d.dumpPaths().containsKey(v);
    }

    /**
     * The input text for a document and variant: the dump's UTF-8 text, or for {@link Variant#HTML} the gunzipped
     * page decoded as UTF-8 (malformed bytes replaced; use {@link #readHtmlBytes} for the page as given).
     *
     * @throws NoSuchFileException when the document has no such input or its file is absent
     */
    public String readDump(GoldDocument d, Variant v) throws IOException {
        if (v == Variant.HTML) {
            return new String(readHtmlBytes(d), StandardCharsets.UTF_8);
        }
        String path = d.dumpPaths().get(v);
        if (path == null) {
            throw new NoSuchFileException(d.id(), null, "no " + v.id() + " dump in gold.jsonl");
        }
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    /** The page's original bytes, gunzipped. @throws NoSuchFileException when the document has no page */
    public byte[] readHtmlBytes(GoldDocument d) throws IOException {
        if (d.htmlPath() == null) {
            throw new NoSuchFileException(d.id(), null, "no html page in gold.jsonl");
        }
        Path p = dir.resolve(d.htmlPath());
        try (InputStream in = Files.newInputStream(p)) {
            return d.htmlPath().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }

    private static String string(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** A path: score.py takes any non-empty value. */
    private static String nonEmpty(JsonNode n) {
        String s = string(n);
        return s == null || s.isEmpty() ? null : s;
    }

    /** score.py normalises str(title), so a number counts as its text. */
    private static String title(JsonNode n) {
        return n != null && n.isNumber() ? n.asText() : string(n);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> {
                if (e.isTextual()) {
                    out.add(e.asText());
                }
            });
        }
        return out;
    }
}
