package dev.pith.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Not a test: writes predictions for the html variant of an evaluation corpus, in the reference scorer's
 * format, and prints documents per second on one thread (extraction only; decoding included, reading not).
 *
 * <pre>
 * mvn -q -o test-compile && mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp-html.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp-html.txt) dev.pith.html.HtmlDevPredict \
 *     /work/shared/corpus/dev /tmp/pred-html.jsonl
 * python3 /work/shared/corpus/score.py --corpus /work/shared/corpus/dev --pred /tmp/pred-html.jsonl --variant html
 * </pre>
 */
public final class HtmlDevPredict {
    private HtmlDevPredict() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/dev");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/pred-html.jsonl");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            ids.add(g.get("id").asText());
            try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus.resolve(g.get("html").asText())))) {
                pages.add(in.readAllBytes());
            }
        }
        ExtractOptions html = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();
        List<Article> articles = new ArrayList<>();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            articles.clear();
            long t0 = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                byte[] bytes = pages.get(i);
                Charset cs = HtmlCharset.detect(bytes);
                articles.add(HtmlExtractor.extract(new String(bytes, cs), ids.get(i), html));
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ids.size(); i++) {
                Article a = articles.get(i);
                ObjectNode o = json.createObjectNode();
                o.put("id", ids.get(i));
                o.put("variant", "html");
                o.put("headline", a.headline());
                o.putPOJO("authors", a.authors());
                o.put("published", a.published() == null ? null : a.published().iso());
                o.put("body", a.text());
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
        System.out.printf("%d pages, best of %d rounds: %.1f pages/s on one thread%n", ids.size(), rounds,
                ids.size() / (best / 1e9));
    }
}
