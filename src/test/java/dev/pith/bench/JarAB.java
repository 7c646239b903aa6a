package dev.pith.bench;

import java.io.StringWriter;
import java.io.Writer;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A dev aid for speed work, not a test: the text core of two builds of pith (two shaded jars, each in its own
 * class loader) alternated in one JVM over every text dump of the corpus, so that both see the same machine
 * load. Reports, per jar, documents/s of the benchmark thread's CPU time (ThreadMXBean) and bytes allocated
 * per document, median over the measured rounds. One pass = decode, extract, write the JSON record, as
 * {@link CoreBenchmarks#textCore} does.
 * <p>
 * {@code java -cp target/test-classes:... dev.pith.bench.JarAB CORPUS OLD.jar NEW.jar [ROUNDS [WARMUP]]}
 */
public final class JarAB {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private JarAB() {
    }

    /** The text core of one jar, called through method handles. */
    private record Core(String name, MethodHandle decode, MethodHandle text, MethodHandle extract, Object options,
            MethodHandle create, Object jsonl, Object writeOptions, MethodHandle write, MethodHandle close) {
        static Core load(Path jar) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            Class<?> decoder = cl.loadClass("dev.pith.decode.Decoder");
            Class<?> decoded = cl.loadClass("dev.pith.decode.DecodedText");
            Class<?> pith = cl.loadClass("dev.pith.Pith");
            Class<?> options = cl.loadClass("dev.pith.ExtractOptions");
            Class<?> article = cl.loadClass("dev.pith.article.Article");
            Class<?> writer = cl.loadClass("dev.pith.write.ArticleWriter");
            Class<?> format = cl.loadClass("dev.pith.write.Format");
            Class<?> writeOptions = cl.loadClass("dev.pith.write.WriteOptions");
            return new Core(jar.getFileName().toString(),
                    l.findStatic(decoder, "decode", MethodType.methodType(decoded, byte[].class)),
                    l.findVirtual(decoded, "text", MethodType.methodType(String.class)),
                    l.findStatic(pith, "extract", MethodType.methodType(article, String.class, String.class, options)),
                    options.getField("DEFAULT").get(null),
                    l.findStatic(writer, "create", MethodType.methodType(writer, format, writeOptions, Writer.class)),
                    format.getField("JSONL").get(null),
                    writeOptions.getField("DEFAULT").get(null),
                    l.findVirtual(writer, "write", MethodType.methodType(void.class, article)),
                    l.findVirtual(writer, "close", MethodType.methodType(void.class)));
        }

        /** One pass over the dumps: {CPU ns, allocated bytes, checksum of the output lengths}. */
        long[] pass(List<byte[]> dumps) throws Throwable {
            long tid = Thread.currentThread().getId();
            long alloc = THREADS.getThreadAllocatedBytes(tid);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long sum = 0;
            for (byte[] b : dumps) {
                StringWriter out = new StringWriter();
                Object w = create.invoke(jsonl, writeOptions, (Writer) out);
                write.invoke(w, extract.invoke((String) text.invoke(decode.invoke(b)), "-", options));
                close.invoke(w);
                sum += out.getBuffer().length();
            }
            return new long[] {THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getThreadAllocatedBytes(tid) - alloc,
                sum};
        }
    }

    public static void main(String[] args) throws Throwable {
        List<byte[]> dumps = CorpusInputs.read(Path.of(args[0])).dumps();
        Core[] cores = {Core.load(Path.of(args[1])), Core.load(Path.of(args[2]))};
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<List<long[]>> runs = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < warmup + rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int c = (r + k) % 2; // alternate which jar goes first
                long[] m = cores[c].pass(dumps);
                if (r >= warmup) {
                    runs.get(c).add(m);
                }
            }
        }
        long[] sums = {runs.get(0).get(0)[2], runs.get(1).get(0)[2]};
        System.out.printf(Locale.ROOT, "%d dumps, %d measured rounds after %d warm-up rounds, output chars %s%n",
                dumps.size(), rounds, warmup, sums[0] == sums[1] ? "equal" : "DIFFER " + Arrays.toString(sums));
        double[] rate = new double[2];
        for (int c = 0; c < 2; c++) {
            double[] cpu = runs.get(c).stream().mapToDouble(m -> m[0] / 1e9).sorted().toArray();
            double[] alloc = runs.get(c).stream().mapToDouble(m -> m[1] / (double) dumps.size()).sorted().toArray();
            rate[c] = dumps.size() / cpu[cpu.length / 2];
            System.out.printf(Locale.ROOT, "  %-24s %7.1f docs/s CPU (median; best %7.1f, worst %7.1f), %7.1f KB/doc%n",
                    cores[c].name(), rate[c], dumps.size() / cpu[0], dumps.size() / cpu[cpu.length - 1],
                    alloc[alloc.length / 2] / 1024);
        }
        System.out.printf(Locale.ROOT, "  new / old: %.3f%n", rate[1] / rate[0]);
    }
}
