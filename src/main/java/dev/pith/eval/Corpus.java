package dev.pith.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** An evaluation corpus on disk: {@code gold.jsonl} and the files it names. */
public final class Corpus {
    private final Path dir;
    private final List<GoldDocument> documents;

    private Corpus(Path dir, List<GoldDocument> documents) {
        this.dir = dir;
        this.documents = List.copyOf(documents);
    }

    public static Corpus load(Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        if (!Files.isRegularFile(gold)) {
            throw new NoSuchFileException(gold.toString(), null, "no gold.jsonl: not an evaluation corpus");
        }
        ObjectMapper m = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = m.readTree(line);
            Map<Variant, String> dumps = new EnumMap<>(Variant.class);
            JsonNode d = g.path("dumps");
            d.fieldNames().forEachRemaining(k -> {
                if (!d.get(k).isNull()) {
                    dumps.put(Variant.of(k), d.get(k).asText());
                }
            });
            docs.add(new GoldDocument(g.get("id").asText(), text(g, "html"), dumps, text(g, "body"),
                    strings(g.get("with")), strings(g.get("without")), text(g, "title"), text(g, "author"),
                    text(g, "date")));
        }
        return new Corpus(dir, docs);
    }

    public Path dir() {
        return dir;
    }

    public List<GoldDocument> documents() {
        return documents;
    }

    /** A text dump, as UTF-8. */
    public String readDump(GoldDocument d, Variant v) throws IOException {
        return Files.readString(dir.resolve(d.dumps().get(v)), StandardCharsets.UTF_8);
    }

    /** The page's original bytes. */
    public byte[] readHtml(GoldDocument d) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(d.htmlPath())))) {
            return in.readAllBytes();
        }
    }

    private static String text(JsonNode g, String field) {
        JsonNode n = g.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(e -> out.add(e.asText()));
        }
        return out;
    }
}
