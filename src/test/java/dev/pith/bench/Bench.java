package dev.pith.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link CoreBenchmarks} with JMH (run by bench/run, not a test) and prints the throughput figures of
 * the speed issue: text documents/s and MB/s beside the no-op pass and their ratio; HTML pages/s beside
 * boilerpipe's and jsoup's parse alone, and the ratio. Each figure is the mean of the measured passes, after
 * warm-up passes, in a forked JVM.
 * <p>
 * {@code Bench CORPUS_DIR [WARMUP_PASSES MEASURED_PASSES]}
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        CorpusInputs inputs = CorpusInputs.read(corpus);
        Options options = new OptionsBuilder()
                .include(CoreBenchmarks.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(warmup)
                .measurementIterations(measured)
                .jvmArgsAppend("-D" + CoreBenchmarks.CORPUS + "=" + corpus)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> seconds = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            seconds.put(name.substring(name.lastIndexOf('.') + 1), toSeconds(r));
        }
        int docs = inputs.dumps().size();
        double mb = inputs.dumpBytes() / 1e6;
        int pages = inputs.pages().size();
        double pageMb = inputs.pageBytes() / 1e6;
        double noop = seconds.get("textNoop");
        double core = seconds.get("textCore");
        double html = seconds.get("htmlCore");
        double boilerpipe = seconds.get("htmlBoilerpipe");
        double jsoup = seconds.get("htmlJsoupParse");
        System.out.printf(Locale.ROOT, "text dumps: %d documents, %.1f MB, one thread (JMH, mean of %d passes)%n",
                docs, mb, measured);
        System.out.printf(Locale.ROOT, "  no-op pass:      %7.1f docs/s %6.2f MB/s%n", docs / noop, mb / noop);
        System.out.printf(Locale.ROOT, "  extraction core: %7.1f docs/s %6.2f MB/s  (%.1f%% of the no-op pass)%n",
                docs / core, mb / core, 100 * noop / core);
        System.out.printf(Locale.ROOT, "html pages: %d pages, %.1f MB, one thread (JMH, mean of %d passes)%n",
                pages, pageMb, measured);
        System.out.printf(Locale.ROOT, "  pith:                    %6.1f pages/s %6.2f MB/s%n", pages / html, pageMb / html);
        System.out.printf(Locale.ROOT, "  boilerpipe 1.1.0 Article: %6.1f pages/s %6.2f MB/s  (pith / boilerpipe: %.2f)%n",
                pages / boilerpipe, pageMb / boilerpipe, boilerpipe / html);
        System.out.printf(Locale.ROOT, "  jsoup parse alone:       %6.1f pages/s %6.2f MB/s  (the floor of pith's HTML path)%n",
                pages / jsoup, pageMb / jsoup);
    }

    /** Mean seconds of one pass. */
    private static double toSeconds(RunResult r) {
        var score = r.getPrimaryResult();
        double value = score.getScore();
        return switch (score.getScoreUnit()) {
            case "s/op" -> value;
            case "ms/op" -> value / 1e3;
            case "us/op" -> value / 1e6;
            case "ns/op" -> value / 1e9;
            default -> throw new IllegalStateException("unexpected unit " + score.getScoreUnit());
        };
    }
}
