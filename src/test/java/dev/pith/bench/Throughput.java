package dev.pith.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.decode.Decoder;
import dev.pith.write.ArticleWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the extraction core on one thread (run by bench/run, not a test): all text dumps of a
 * corpus, beside a no-op pass over the same bytes (decode, split into lines, write each document's lines as
 * JSON with Jackson), which is this pipeline's practical limit; then all HTML pages. Each pass runs warm-up
 * rounds first and reports the best of the measured rounds.
 */
public final class Throughput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> dumps = new ArrayList<>();
        for (String v : new String[] {"innertext", "w3m", "soup"}) {
            try (var s = Files.list(corpus.resolve("dumps").resolve(v))) {
                for (Path p : s.sorted().toList()) {
                    dumps.add(Files.readAllBytes(p));
                }
            }
        }
        List<byte[]> pages = new ArrayList<>();
        try (var s = Files.list(corpus.resolve("html"))) {
            for (Path p : s.sorted().toList()) {
                try (var in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        double noop = best(rounds, dumps, Throughput::noop);
        double core = best(rounds, dumps, Throughput::extract);
        double html = best(rounds, pages, b -> extractWith(b, HTML));
        double mb = dumps.stream().mapToLong(b -> b.length).sum() / 1e6;
        double htmlMb = pages.stream().mapToLong(b -> b.length).sum() / 1e6;
        System.out.printf(Locale.ROOT, "text dumps: %d documents, %.1f MB%n", dumps.size(), mb);
        System.out.printf(Locale.ROOT, "  no-op pass:      %8.1f docs/s %7.2f MB/s%n", dumps.size() / noop, mb / noop);
        System.out.printf(Locale.ROOT, "  extraction core: %8.1f docs/s %7.2f MB/s  (%.1f%% of the no-op pass)%n",
                dumps.size() / core, mb / core, 100 * noop / core);
        System.out.printf(Locale.ROOT, "html pages: %d documents, %.1f MB%n", pages.size(), htmlMb);
        System.out.printf(Locale.ROOT, "  extraction core: %8.1f docs/s %7.2f MB/s%n", pages.size() / html, htmlMb / html);
    }

    private static final ExtractOptions HTML = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();

    @FunctionalInterface
    private interface Work {
        void run(byte[] input) throws Exception;
    }

    /** Seconds of the fastest of {@code rounds} passes, after as many warm-up passes. */
    private static double best(int rounds, List<byte[]> inputs, Work work) throws Exception {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 2 * rounds; r++) {
            long t0 = System.nanoTime();
            for (byte[] b : inputs) {
                work.run(b);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= rounds) {
                best = Math.min(best, s);
            }
        }
        return best;
    }

    private static void noop(byte[] b) throws Exception {
        String text = Decoder.decode(b).text();
        ObjectNode o = JSON.createObjectNode();
        ArrayNode lines = o.putArray("lines");
        text.lines().forEach(lines::add);
        JSON.writeValueAsString(o);
    }

    private static void extract(byte[] b) throws Exception {
        extractWith(b, ExtractOptions.DEFAULT);
    }

    private static void extractWith(byte[] b, ExtractOptions options) throws Exception {
        String text = Decoder.decode(b).text();
        StringWriter out = new StringWriter();
        try (ArticleWriter w = ArticleWriter.create(Format.JSONL, WriteOptions.DEFAULT, out)) {
            w.write(Pith.extract(text, "-", options));
        }
    }
}
