package dev.pith.byline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.eval.Metrics;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Not a test: measures the byline parser on the dev corpus's pages that have a gold author, using their
 * innertext dumps. Names are compared as sets after NFKC, case folding and whitespace collapsing; the gold
 * string is split on ';'. Prints:
 * <ul>
 *   <li>ceiling: some line, through parse() or parseLenient(), gives exactly the gold set;</li>
 *   <li>strict ceiling: the same with parse() only;</li>
 *   <li>naive: the first line in the first half of the dump that parse() accepts gives exactly the gold set;</li>
 *   <li>false bylines: parse() hits per page that do not give the gold set (and all hits per page).</li>
 * </ul>
 * The ceiling and the naive share are also given as {@code pith eval} compares names
 * ({@link Metrics#nameSet}: gold and prediction also split on commas, "and", "und", "et"), since some gold
 * strings join several names with commas.
 * Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.pith.byline.BylineCorpusMeasure ../shared/corpus/dev [innertext|w3m|soup] [-v]}
 */
public final class BylineCorpusMeasure {
    private BylineCorpusMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        boolean verbose = List.of(args).contains("-v");
        String style = args.length > 1 && !args[1].equals("-v") ? args[1] : "innertext";
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        int ceiling = 0;
        int strictCeiling = 0;
        int naive = 0;
        int naiveAny = 0;
        int ceilingEval = 0;
        int naiveEval = 0;
        long hits = 0;
        long wrongHits = 0;
        long lines = 0;
        long nanos = 0;
        try (BufferedReader r = Files.newBufferedReader(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String row = r.readLine(); row != null; row = r.readLine()) {
                JsonNode g = json.readTree(row);
                if (g.get("author").isNull()) {
                    continue;
                }
                Set<String> goldEval = Metrics.nameSet(List.of(g.get("author").asText()));
                Set<String> gold = new LinkedHashSet<>();
                for (String part : g.get("author").asText().split(";")) {
                    if (!norm(part).isEmpty()) {
                        gold.add(norm(part));
                    }
                }
                String file = g.get("dumps").get(style).asText();
                String[] text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8).split("\n", -1);
                pages++;
                lines += text.length;
                boolean any = false;
                boolean anyEval = false;
                boolean anyStrict = false;
                Byline first = null;
                int pageHits = 0;
                int pageWrong = 0;
                String lenientOnly = null;
                long t0 = System.nanoTime();
                for (int i = 0; i < text.length; i++) {
                    Optional<Byline> s = BylineParser.parse(text[i]);
                    Optional<Byline> l = s.isPresent() ? s : BylineParser.parseLenient(text[i]);
                    if (s.isPresent()) {
                        pageHits++;
                        boolean ok = names(s.get()).equals(gold);
                        anyStrict |= ok;
                        pageWrong += ok ? 0 : 1;
                        if (first == null && i < (text.length + 1) / 2) {
                            first = s.get();
                        }
                    }
                    if (l.isPresent() && Metrics.nameSet(l.get().authors()).equals(goldEval)) {
                        anyEval = true;
                    }
                    if (l.isPresent() && names(l.get()).equals(gold)) {
                        if (!any && !s.isPresent()) {
                            lenientOnly = text[i].strip();
                        }
                        any = true;
                    }
                }
                nanos += System.nanoTime() - t0;
                hits += pageHits;
                wrongHits += pageWrong;
                ceiling += any ? 1 : 0;
                strictCeiling += anyStrict ? 1 : 0;
                naiveAny += first != null ? 1 : 0;
                boolean naiveOk = first != null && names(first).equals(gold);
                naive += naiveOk ? 1 : 0;
                ceilingEval += anyEval ? 1 : 0;
                naiveEval += first != null && Metrics.nameSet(first.authors()).equals(goldEval) ? 1 : 0;
                if (verbose && !naiveOk) {
                    System.out.printf("%s gold=%s any=%s first=%s%s%n", file, gold, any,
                            first == null ? "-" : first.asWritten() + " -> " + first.authors(),
                            anyStrict || lenientOnly == null ? "" : " lenient-only=" + lenientOnly);
                }
            }
        }
        System.out.printf("%s dumps, pages with gold author: %d%n", style, pages);
        System.out.printf("(a) ceiling, some line parse/parseLenient = gold: %.3f (%d)%n", share(ceiling, pages), ceiling);
        System.out.printf("    strict ceiling, some line parse = gold:      %.3f (%d)%n", share(strictCeiling, pages), strictCeiling);
        System.out.printf("(b) naive, first strict hit in first half = gold: %.3f (%d; pages with such a hit: %d)%n",
                share(naive, pages), naive, naiveAny);
        System.out.printf("(c) strict hits per page: %.2f, of which not the gold set: %.2f%n",
                hits / (double) pages, wrongHits / (double) pages);
        System.out.printf("as pith eval compares names: ceiling %.3f (%d), naive %.3f (%d)%n",
                share(ceilingEval, pages), ceilingEval, share(naiveEval, pages), naiveEval);
        System.out.printf("speed: %d lines in %.0f ms (both parsers)%n", lines, nanos / 1e6);
    }

    private static Set<String> names(Byline b) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : b.authors()) {
            if (!norm(a).isEmpty()) {
                out.add(norm(a));
            }
        }
        return out;
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : n / (double) of;
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return t.replaceAll("\\s+", " ").strip();
    }

}
