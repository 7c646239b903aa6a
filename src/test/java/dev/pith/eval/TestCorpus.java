package dev.pith.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small corpora in the format of shared/corpus for tests. */
final class TestCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final List<ObjectNode> docs = new ArrayList<>();

    TestCorpus(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
    }

    /** A gold record; fill it with the returned node, then {@link #write()}. */
    ObjectNode doc(String id) {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", id);
        g.putObject("dumps");
        g.putArray("with");
        g.putArray("without");
        docs.add(g);
        return g;
    }

    /** Adds a dump file and lists it under the record's dumps. */
    TestCorpus dump(ObjectNode g, Variant v, String text) throws IOException {
        String path = "dumps/" + v.id() + "/" + g.get("id").asText() + ".txt";
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
        ((ObjectNode) g.get("dumps")).put(v.id(), path);
        return this;
    }

    /** Adds a gzipped page and lists it as the record's html. */
    TestCorpus html(ObjectNode g, byte[] page) throws IOException {
        String path = "html/" + g.get("id").asText() + ".html.gz";
        Files.createDirectories(dir.resolve(path).getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(path)))) {
            out.write(page);
        }
        g.put("html", path);
        return this;
    }

    /** Writes gold.jsonl and loads the corpus. */
    Corpus write() throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode g : docs) {
            lines.add(JSON.writeValueAsString(g));
        }
        Files.write(dir.resolve("gold.jsonl"), lines, StandardCharsets.UTF_8);
        return Corpus.load(dir);
    }

    Path dir() {
        return dir;
    }
}
