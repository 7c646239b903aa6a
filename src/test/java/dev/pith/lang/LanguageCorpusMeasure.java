package dev.pith.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test: the distribution of detected languages over the dev corpus's innertext dumps, with the
 * stopword ratio of each page in its detected language, and the time taken. With {@code -v} prints one
 * line per page (language, ratio, URL, first words) for spot checks by eye.
 * Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.pith.lang.LanguageCorpusMeasure ../shared/corpus/dev [-v]}
 */
public final class LanguageCorpusMeasure {
    private LanguageCorpusMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Double> ratios = new TreeMap<>();
        int pages = 0;
        double bodyRatio = 0;
        int bodies = 0;
        double shortRatio = 0;
        int shortLines = 0;
        long nanos = 0;
        long chars = 0;
        try (BufferedReader r = Files.newBufferedReader(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String row = r.readLine(); row != null; row = r.readLine()) {
                JsonNode g = json.readTree(row);
                String file = g.get("dumps").get("innertext").asText();
                String text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                String lang = LanguageDetector.detect(text);
                double ratio = Stopwords.ratio(text, lang);
                nanos += System.nanoTime() - t0;
                pages++;
                chars += text.length();
                counts.merge(lang, 1, Integer::sum);
                JsonNode body = g.get("body");
                if (body != null && !body.isNull() && !lang.equals("und")) {
                    bodyRatio += Stopwords.ratio(body.asText(), lang);
                    bodies++;
                }
                for (String line : text.split("\n")) {
                    int words = line.isBlank() ? 0 : line.strip().split("\\s+").length;
                    if (words >= 1 && words <= 4 && !lang.equals("und")) {
                        shortRatio += Stopwords.ratio(line, lang);
                        shortLines++;
                    }
                }
                ratios.merge(lang, ratio, Double::sum);
                if (verbose) {
                    String head = g.get("body").asText().replaceAll("\\s+", " ");
                    System.out.printf("%s %.2f %s | %s%n", lang, ratio, g.get("url").asText(),
                            head.substring(0, Math.min(90, head.length())));
                }
            }
        }
        System.out.printf("pages: %d, %.1f MB, detect+ratio %.0f ms%n", pages, chars / 1e6, nanos / 1e6);
        System.out.printf("mean stopword ratio in the page's language: gold bodies %.2f (%d pages), "
                + "dump lines of 1-4 words (menus, names, captions) %.2f (%d lines)%n",
                bodyRatio / Math.max(1, bodies), bodies, shortRatio / Math.max(1, shortLines), shortLines);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> System.out.printf(
                "  %-4s %4d  mean stopword ratio %.2f%n", e.getKey(), e.getValue(), ratios.get(e.getKey()) / e.getValue()));
    }
}
