package dev.pith.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.article.Article;
import dev.pith.assemble.Assembler;
import dev.pith.byline.BylineParser;
import dev.pith.eval.Metrics;
import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Development aid (not a test): buckets the headline and author failures of the shipped pipeline on the dev
 * corpus, per dump style, by why they fail (the gold value is absent from the dump, present but not a candidate,
 * a candidate ranked below another line, a byline with the wrong names, no byline found, ...).
 * Run: {@code java -cp $CP dev.pith.classify.MetadataFailures CORPUS_DIR [-v BUCKET_PREFIX]}; {@code -v} prints the
 * pages of the buckets whose name starts with the prefix.
 */
public final class MetadataFailures {
    private MetadataFailures() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String verbose = args.length > 2 && args[1].equals("-v") ? args[2] : null;
        ObjectMapper m = new ObjectMapper();
        List<String> gold = Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8);
        for (String v : new String[] {"innertext", "w3m", "soup"}) {
            Map<String, Integer> headline = new TreeMap<>();
            Map<String, Integer> author = new TreeMap<>();
            int titles = 0;
            int authors = 0;
            for (String line : gold) {
                JsonNode g = m.readTree(line);
                if (!g.hasNonNull("title") && !g.hasNonNull("author")) {
                    continue;
                }
                String text = Files.readString(corpus.resolve(g.get("dumps").get(v).asText()), StandardCharsets.UTF_8);
                DumpStyle style = Segmenter.detectStyle(text);
                List<Block> blocks = Segmenter.segment(text, style);
                Classification c = Classifier.classify(blocks, style, "und");
                Article a = Assembler.assemble(g.get("id").asText(), c, List.of(), null);
                String id = v + " " + g.get("id").asText();
                if (g.hasNonNull("title")) {
                    titles++;
                    String b = headlineBucket(g.get("title").asText(), text, blocks, style, a, verbose, id);
                    headline.merge(b, 1, Integer::sum);
                }
                if (g.hasNonNull("author")) {
                    authors++;
                    String b = authorBucket(g.get("author").asText(), text, c, a, verbose, id);
                    author.merge(b, 1, Integer::sum);
                    for (LabeledBlock lb : c.blocks()) {
                        if (lb.label() == Label.BYLINE) {
                            author.merge("  by rule: " + lb.reason() + (b.equals("ok") ? " -> ok" : " -> wrong"), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
            System.out.printf("== %s: headline (%d pages with a title)%n", v, titles);
            print(headline, titles);
            System.out.printf("== %s: author (%d pages with an author)%n", v, authors);
            print(author, authors);
        }
    }

    private static void print(Map<String, Integer> buckets, int of) {
        buckets.forEach((k, n) -> System.out.printf("  %-66s %4d  %.3f%n", k, n, n / (double) of));
    }

    private static String headlineBucket(String goldTitle, String text, List<Block> blocks, DumpStyle style, Article a,
                                         String verbose, String id) {
        String t = Metrics.textNorm(goldTitle);
        if (a.headline() != null && Metrics.textNorm(a.headline()).equals(t)) {
            return "ok";
        }
        Classification c = TrainHeadlineModel.beforeHeadline(blocks, style);
        int start = Headline.start(c);
        List<Integer> cands = Headline.candidates(c, start);
        String bucket;
        String detail = "";
        int at = -1;
        for (int i = 0; i < c.size(); i++) {
            if (Metrics.textNorm(c.get(i).text()).equals(t) && (at < 0 || cands.contains(i) && !cands.contains(at))) {
                at = i;
            }
        }
        if (at < 0) {
            if (!Metrics.textNorm(text).contains(t)) {
                bucket = "absent from the dump";
            } else {
                bucket = "present, not a block: " + notBlockReason(c, t);
                for (int i = 0; i < c.size(); i++) {
                    if (Metrics.textNorm(c.get(i).text()).contains(t)) {
                        detail = "in [" + i + "] " + c.get(i).text();
                        break;
                    }
                }
            }
        } else if (!cands.contains(at)) {
            LabeledBlock b = c.get(at);
            String why = at < start - 60 ? "too far above the start" : at >= start + 6 ? "below the start"
                    : "label " + b.label().id() + (b.features().furniture() != null ? " (lexicon)" : "");
            bucket = "block, not a candidate: " + why;
            detail = "gold at " + at + " start " + start + " " + b.label() + " " + b.features().furniturePhrase();
        } else if (a.headline() == null) {
            bucket = "candidate, no headline chosen";
        } else {
            String w = a.headline();
            String wn = Metrics.textNorm(w);
            int wi = -1;
            for (int i = 0; i < c.size() && wi < 0; i++) {
                if (Metrics.textNorm(c.get(i).text()).equals(wn)) {
                    wi = i;
                }
            }
            String kind;
            if (wn.contains(t)) {
                kind = "winner holds the title (title + site)";
            } else if (t.contains(wn)) {
                kind = "winner is part of the title";
            } else if (Headline.key(w).split(" ").length <= 3) {
                kind = "winner is 1-3 words (site/section label)";
            } else if (wi > at) {
                kind = wi < start + 1 ? "winner below, before the body (dek, teaser)" : "winner below, in the body";
            } else {
                kind = "winner above (related, teaser, site)";
            }
            bucket = "candidate, ranked below: " + kind;
            detail = "gold@" + at + " win@" + wi + " start " + start + " win=" + w;
        }
        if (verbose != null && bucket.startsWith(verbose)) {
            System.out.println(id + " | " + bucket + " | gold=" + goldTitle + " | " + detail);
        }
        return bucket;
    }

    private static String notBlockReason(Classification c, String t) {
        for (int i = 0; i < c.size(); i++) {
            String b = Metrics.textNorm(c.get(i).text());
            if (b.contains(t)) {
                return b.startsWith(t) ? "block starts with it (title + suffix)"
                        : b.endsWith(t) ? "block ends with it (prefix + title)" : "inside a longer block";
            }
        }
        for (int i = 0; i + 1 < c.size(); i++) {
            StringBuilder s = new StringBuilder(Metrics.textNorm(c.get(i).text()));
            for (int j = i + 1; j < Math.min(c.size(), i + 6); j++) {
                s.append(' ').append(Metrics.textNorm(c.get(j).text()));
                if (s.toString().equals(t)) {
                    return "split over " + (j - i + 1) + " blocks";
                }
                if (s.toString().contains(t) && t.startsWith(Metrics.textNorm(c.get(i).text()).substring(0,
                        Math.min(5, Metrics.textNorm(c.get(i).text()).length())))) {
                    return "split over blocks, with more text";
                }
            }
        }
        return "other (across blocks with more text)";
    }

    private static String authorBucket(String goldAuthor, String text, Classification c, Article a, String verbose,
                                       String id) {
        Set<String> gold = Metrics.nameSet(goldAuthor);
        Set<String> got = Metrics.nameSet(a.authors().isEmpty() && a.byline() != null ? List.of(a.byline()) : a.authors());
        if (got.equals(gold)) {
            return "ok";
        }
        String lower = Metrics.textNorm(text);
        boolean present = gold.stream().allMatch(lower::contains);
        String bucket;
        String parses = parsingLine(c, gold);
        if (!present) {
            bucket = "names absent from the dump";
        } else if (!got.isEmpty()) {
            String kind;
            if (got.containsAll(gold)) {
                kind = "extra names";
            } else if (gold.containsAll(got)) {
                kind = "missing names";
            } else if (gold.stream().anyMatch(n -> got.stream().anyMatch(p -> p.contains(n)))) {
                kind = "words around the name (role, agency, date)";
            } else if (gold.stream().anyMatch(n -> got.stream().anyMatch(n::contains))) {
                kind = "name cut short";
            } else {
                kind = "other line or other person";
            }
            bucket = "byline, wrong names: " + kind + (parses != null ? " [a line parses to gold]" : "");
        } else {
            bucket = "no byline: " + (parses != null ? "a line parses to gold" : "no line parses to gold");
        }
        if (verbose != null && bucket.startsWith(verbose)) {
            String g = gold.iterator().next();
            String shown = parses;
            if (shown == null) {
                for (LabeledBlock b : c.blocks()) {
                    if (Metrics.textNorm(b.text()).contains(g)) {
                        shown = "[" + b.index() + " " + b.label().id() + "] " + b.text();
                        break;
                    }
                }
            }
            System.out.println(id + " | " + bucket + " | gold=" + goldAuthor + " | got=" + a.byline() + " -> " + got
                    + " | " + (shown == null ? "" : shown.substring(0, Math.min(200, shown.length()))));
        }
        return bucket;
    }

    private static String parsingLine(Classification c, Set<String> gold) {
        for (LabeledBlock b : c.blocks()) {
            var p = BylineParser.parse(b.text());
            if (p.isEmpty()) {
                p = BylineParser.parseLenient(b.text());
            }
            if (p.isPresent() && Metrics.nameSet(p.get().authors()).equals(gold)) {
                int h = -1;
                for (int i = 0; i < c.size() && h < 0; i++) {
                    h = c.label(i) == Label.HEADLINE ? i : -1;
                }
                return "[" + b.index() + " " + b.label().id() + (BylineParser.parse(b.text()).isPresent() ? " strict" : " lenient")
                        + " h=" + h + " start=" + c.first(Role.CONTENT) + " end=" + c.last(Role.CONTENT) + "] " + b.text();
            }
        }
        return null;
    }
}
