package dev.pith.html;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.eval.Corpus;
import dev.pith.eval.GoldDocument;
import dev.pith.eval.Metrics;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Development aid (not a test): for every HTML page with a gold author that pith gets wrong, the gold names, pith's
 * authors and the source each came from (the {@code --explain} notes), bucketed by the kind of miss: none found,
 * the gold absent from the page, a subset or superset of the gold, or other names, and by the source of the first
 * wrong name. Run: {@code java -cp $CP dev.pith.html.HtmlAuthorFailures CORPUS_DIR [-v [BUCKET_PREFIX]]}.
 */
public final class HtmlAuthorFailures {
    private HtmlAuthorFailures() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.load(Path.of(args[0]));
        boolean verbose = args.length > 1 && args[1].equals("-v");
        String only = args.length > 2 ? args[2] : "";
        Map<String, List<String>> buckets = new TreeMap<>();
        int scored = 0;
        int right = 0;
        for (GoldDocument d : corpus.documents()) {
            if (d.author() == null) {
                continue;
            }
            byte[] bytes = corpus.readHtmlBytes(d);
            Charset cs = HtmlCharset.detect(bytes);
            String html = new String(bytes, cs);
            Extraction x = HtmlExtractor.extract(html, d.id(), ExtractOptions.DEFAULT, List.of());
            scored++;
            Set<String> gold = Metrics.nameSet(d.author());
            Set<String> got = Metrics.nameSet(x.article().authors());
            if (gold.equals(got)) {
                right++;
                continue;
            }
            String page = Metrics.textNorm(html);
            boolean present = gold.stream().allMatch(page::contains);
            String kind = got.isEmpty() ? "none" : got.containsAll(gold) ? "superset" : gold.containsAll(got) ? "subset"
                    : "other";
            String source = "";
            List<String> notes = new ArrayList<>();
            String explain = HtmlExtractor.explain(html, d.id(), ExtractOptions.DEFAULT);
            for (String line : explain.split("\n")) {
                if (line.startsWith("# author") || line.startsWith("# the visible byline")) {
                    notes.add(line.substring(2));
                    if (source.isEmpty() && line.startsWith("# author")) {
                        source = line.replaceFirst("^# author \"[^\"]*\" from ", "").replaceAll("\"[^\"]*\"", "\"..\"");
                    }
                }
            }
            String bucket = kind + (present ? "" : " (gold not in page)") + (source.isEmpty() ? "" : " | " + source);
            buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(d.id() + "  gold=" + gold + "  pith="
                    + x.article().authors() + (notes.isEmpty() ? "" : "\n      " + String.join("\n      ", notes)));
        }
        System.out.printf("html author: %d of %d right (%.3f)%n", right, scored,
                scored == 0 ? 0 : right / (double) scored);
        buckets.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            System.out.printf("  %4d  %s%n", e.getValue().size(), e.getKey());
            if (verbose && e.getKey().startsWith(only)) {
                e.getValue().forEach(s -> System.out.println("        " + s));
            }
        });
    }
}
