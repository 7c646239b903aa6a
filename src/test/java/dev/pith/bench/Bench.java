package dev.pith.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        Path cpuLog = Files.createTempFile("pith-bench-cpu", ".tsv");
        Options options = new OptionsBuilder()
                .include(CoreBenchmarks.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(warmup)
                .measurementIterations(measured)
                .jvmArgsAppend("-D" + CoreBenchmarks.CORPUS + "=" + corpus, "-D" + CoreBenchmarks.CPU_LOG + "=" + cpuLog)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> seconds = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            seconds.put(name.substring(name.lastIndexOf('.') + 1), toSeconds(r));
        }
        Map<String, Double> cpu = measuredCpu(cpuLog, warmup);
        Files.delete(cpuLog);
        int docs = inputs.dumps().size();
        double mb = inputs.dumpBytes() / 1e6;
        int pages = inputs.pages().size();
        double pageMb = inputs.pageBytes() / 1e6;
        System.out.printf(Locale.ROOT, "one thread, JMH SingleShotTime, one operation = one pass over the corpus, mean "
                + "of %d passes after %d warm-up passes; wall time (JMH's score) | CPU time of the benchmark thread%n",
                measured, warmup);
        System.out.printf(Locale.ROOT, "text dumps: %d documents, %.1f MB%n", docs, mb);
        String noop = rate(docs, mb, seconds.get("textNoop"), cpu.get("textNoop"), "docs/s");
        String core = rate(docs, mb, seconds.get("textCore"), cpu.get("textCore"), "docs/s");
        System.out.printf(Locale.ROOT, "  no-op pass:        %s%n", noop);
        System.out.printf(Locale.ROOT, "  extraction core:   %s%n", core);
        System.out.printf(Locale.ROOT, "  core / no-op:      %.1f%% | %.1f%%  (target: at least 30%%)%n",
                100 * seconds.get("textNoop") / seconds.get("textCore"), 100 * cpu.get("textNoop") / cpu.get("textCore"));
        System.out.printf(Locale.ROOT, "html pages: %d pages, %.1f MB%n", pages, pageMb);
        System.out.printf(Locale.ROOT, "  pith:              %s%n",
                rate(pages, pageMb, seconds.get("htmlCore"), cpu.get("htmlCore"), "pages/s"));
        System.out.printf(Locale.ROOT, "  boilerpipe 1.1.0:  %s  (ArticleExtractor)%n",
                rate(pages, pageMb, seconds.get("htmlBoilerpipe"), cpu.get("htmlBoilerpipe"), "pages/s"));
        System.out.printf(Locale.ROOT, "  jsoup parse alone: %s  (the floor of a jsoup-based path)%n",
                rate(pages, pageMb, seconds.get("htmlJsoupParse"), cpu.get("htmlJsoupParse"), "pages/s"));
        System.out.printf(Locale.ROOT, "  pith / boilerpipe: %.2f | %.2f  (target: at least 2)%n",
                seconds.get("htmlBoilerpipe") / seconds.get("htmlCore"), cpu.get("htmlBoilerpipe") / cpu.get("htmlCore"));
    }

    private static String rate(int docs, double mb, double wall, double cpu, String unit) {
        return String.format(Locale.ROOT, "%7.1f %s %6.2f MB/s | %7.1f %s %6.2f MB/s", docs / wall, unit, mb / wall,
                docs / cpu, unit, mb / cpu);
    }

    /** Mean CPU seconds of the measured passes of each benchmark, from the log the forks append to. */
    private static Map<String, Double> measuredCpu(Path log, int warmup) throws java.io.IOException {
        Map<String, List<Double>> passes = new TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t");
            passes.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
        }
        Map<String, Double> mean = new TreeMap<>();
        passes.forEach((name, all) -> mean.put(name,
                all.subList(warmup, all.size()).stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return mean;
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
