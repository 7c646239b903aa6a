package dev.pith.bench;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.decode.Decoder;
import dev.pith.write.ArticleWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * A dev aid for profiling, not a benchmark: runs the text core (or the HTML core) over the corpus on one thread
 * for the given number of seconds, so that a profiler attached to it (for example
 * {@code -XX:StartFlightRecording=filename=target/text.jfr,settings=profile}) sees only the steady state.
 * {@code java -cp ... dev.pith.bench.Profile CORPUS text|html SECONDS}
 */
public final class Profile {
    public static void main(String[] args) throws Exception {
        CorpusInputs inputs = CorpusInputs.read(Path.of(args[0]));
        boolean html = args[1].equals("html");
        long until = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        ExtractOptions options = html
                ? ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build() : ExtractOptions.DEFAULT;
        long docs = 0;
        long start = System.nanoTime();
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        while (System.nanoTime() < until) {
            if (html) {
                for (String page : inputs.pages()) {
                    Pith.extract(page, "-", options);
                    docs++;
                }
            } else {
                for (byte[] b : inputs.dumps()) {
                    StringWriter out = new StringWriter();
                    try (ArticleWriter w = ArticleWriter.create(Format.JSONL, WriteOptions.DEFAULT, out)) {
                        w.write(Pith.extract(Decoder.decode(b).text(), "-", options));
                    }
                    docs++;
                }
            }
        }
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d documents, %.1f docs/s wall, %.1f docs/s of thread CPU time%n", docs,
                docs / ((System.nanoTime() - start) / 1e9), docs / cpu);
    }
}
