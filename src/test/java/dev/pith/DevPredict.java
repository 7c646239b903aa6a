package dev.pith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.article.Article;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid, not a test: writes predictions for the reference scorer. Args: corpusDir out.jsonl */
public final class DevPredict {
    private static byte[] gunzip(Path p) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        ObjectMapper m = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
             BufferedWriter bw = Files.newBufferedWriter(Path.of(args[1] + ".blocks"), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"))) {
                JsonNode g = m.readTree(line);
                boolean htmlMode = args.length > 2 && args[2].equals("html");
                for (String v : htmlMode ? new String[] {"html"} : new String[] {"innertext", "w3m", "soup"}) {
                    String text = htmlMode
                            ? dev.pith.decode.Decoder.decode(gunzip(corpus.resolve(g.get("html").asText()))).text()
                            : Files.readString(corpus.resolve(g.get("dumps").get(v).asText()));
                    Extraction x = Pith.explain(text, g.get("id").asText(), ExtractOptions.DEFAULT);
                    Article a = x.article();
                    ObjectNode bo = m.createObjectNode();
                    bo.put("id", g.get("id").asText());
                    bo.put("variant", v);
                    bo.put("style", x.labels().style().id());
                    var arr = bo.putArray("blocks");
                    for (var lb : x.labels().blocks()) {
                        var e = arr.addObject();
                        e.put("t", lb.text());
                        e.put("l", lb.label().id());
                        e.put("r", lb.reason());
                        e.put("w", lb.features().words());
                    }
                    bw.write(m.writeValueAsString(bo));
                    bw.newLine();
                    ObjectNode o = m.createObjectNode();
                    o.put("id", g.get("id").asText());
                    o.put("variant", v);
                    o.put("headline", a.headline());
                    o.set("authors", m.valueToTree(a.authors()));
                    o.put("published", a.published() == null ? null : a.published().iso());
                    o.put("body", a.text());
                    w.write(m.writeValueAsString(o));
                    w.newLine();
                }
            }
        }
    }
}
