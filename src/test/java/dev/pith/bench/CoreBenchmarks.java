package dev.pith.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.decode.Decoder;
import dev.pith.decode.UndecodableInputException;
import dev.pith.write.ArticleWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The in-process figures of bench/run, on one thread: one operation is one pass over every document of the
 * corpus ({@code -Dpith.bench.corpus}). Text: the extraction core (decode, extract, write the JSON record)
 * beside a no-op pass over the same bytes (decode, split into lines, write them as JSON with Jackson), the
 * practical limit of the pipeline. HTML: pith's core beside boilerpipe's ArticleExtractor and jsoup's parse
 * alone (the floor of any jsoup-based extractor), all from the same decoded pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
public class CoreBenchmarks {
    static final String CORPUS = "pith.bench.corpus";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExtractOptions HTML = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();

    static final String CPU_LOG = "pith.bench.cpulog";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    CorpusInputs inputs;
    private long cpuAtStart;

    @Setup
    public void read() {
        inputs = CorpusInputs.read(Path.of(System.getProperty(CORPUS)));
    }

    @Setup(Level.Iteration)
    public void startClock() {
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Appends "benchmark TAB cpu-seconds" of the pass to the file {@code -Dpith.bench.cpulog} names: on a shared
     * machine the thread's CPU time is steadier than the wall time JMH reports. Iteration-level fixtures run on
     * the benchmark thread, so the clock is that thread's.
     */
    @TearDown(Level.Iteration)
    public void stopClock(BenchmarkParams params) throws IOException {
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Files.writeString(Path.of(System.getProperty(CPU_LOG)), name + "\t" + cpu + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Benchmark
    public void textNoop(Blackhole bh) throws IOException, UndecodableInputException {
        for (byte[] b : inputs.dumps()) {
            ObjectNode o = JSON.createObjectNode();
            ArrayNode lines = o.putArray("lines");
            Decoder.decode(b).text().lines().forEach(lines::add);
            bh.consume(JSON.writeValueAsString(o));
        }
    }

    @Benchmark
    public void textCore(Blackhole bh) throws IOException, UndecodableInputException {
        for (byte[] b : inputs.dumps()) {
            StringWriter out = new StringWriter();
            try (ArticleWriter w = ArticleWriter.create(Format.JSONL, WriteOptions.DEFAULT, out)) {
                w.write(Pith.extract(Decoder.decode(b).text(), "-", ExtractOptions.DEFAULT));
            }
            bh.consume(out.toString());
        }
    }

    @Benchmark
    public void htmlCore(Blackhole bh) {
        for (String page : inputs.pages()) {
            bh.consume(Pith.extract(page, "-", HTML));
        }
    }

    @Benchmark
    public void htmlBoilerpipe(Blackhole bh) throws BoilerpipeProcessingException {
        for (String page : inputs.pages()) {
            bh.consume(ArticleExtractor.INSTANCE.getText(page));
        }
    }

    @Benchmark
    public void htmlJsoupParse(Blackhole bh) {
        for (String page : inputs.pages()) {
            bh.consume(Jsoup.parse(page));
        }
    }
}
