package dev.pith.bench;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.decode.Decoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The stress command's measure (run by bench/stress, not a test): time per MB of decode and extraction on one
 * thread for hostile inputs generated from real dumps, each beside an ordinary input of the same size made of
 * real dumps (or pages) laid end to end, and the ratio (issue 7 asks for at most 3):
 * <ul>
 *   <li>a single line of {@code MB} megabytes: the text dumps' lines joined by spaces;</li>
 *   <li>200,000 lines: the words of the dumps, one per line;</li>
 *   <li>10,000 levels of nested HTML: a real page's body inside 10,000 divs.</li>
 * </ul>
 * Each input is extracted once to warm up, then timed (best of the rounds, at least 15 for inputs under 5 MB),
 * the pair alternating. Wall time is
 * the figure; the thread's CPU time is printed beside it, because on a loaded machine wall times stretch with
 * whatever else runs (garbage collection on other threads is not in the CPU figure).
 */
public final class Stress {
    /** Inputs under this many bytes are timed at least {@link #SMALL_ROUNDS} times. */
    private static final int SMALL = 5_000_000;
    private static final int SMALL_ROUNDS = 15;
    private static final ExtractOptions HTML = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();

    private Stress() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int mb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> dumps = new ArrayList<>();
        for (String v : new String[] {"innertext", "w3m", "soup"}) {
            try (var s = Files.list(corpus.resolve("dumps").resolve(v))) {
                for (Path p : s.sorted().toList()) {
                    dumps.add(Files.readString(p));
                }
            }
        }
        List<String> pages = new ArrayList<>();
        try (var s = Files.list(corpus.resolve("html"))) {
            for (Path p : s.sorted().toList()) {
                try (var in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %9s %12s %12s %6s %10s%n", "input", "MB", "hostile s/MB", "ordinary s/MB",
                "ratio", "CPU ratio");

        String ordinaryBig = endToEnd(dumps, mb * 1_000_000L);
        String oneLine = ordinaryBig.replace('\n', ' ');
        compare("one line of " + mb + " MB", oneLine, ordinaryBig, ExtractOptions.DEFAULT, rounds);

        StringBuilder words = new StringBuilder();
        int lines = 0;
        outer:
        for (String d : dumps) {
            for (String w : d.split("\\s+")) {
                if (!w.isEmpty()) {
                    words.append(w).append('\n');
                    if (++lines == 200_000) {
                        break outer;
                    }
                }
            }
        }
        String manyLines = words.toString();
        compare("200,000 lines", manyLines, endToEnd(dumps, bytes(manyLines)), ExtractOptions.DEFAULT, rounds);

        String page = pages.stream().filter(p -> p.contains("<body")).findFirst().orElseThrow();
        int body = page.indexOf('>', page.indexOf("<body")) + 1;
        int end = page.lastIndexOf("</body>") > body ? page.lastIndexOf("</body>") : page.length();
        String nested = page.substring(0, body) + "<div>".repeat(10_000) + page.substring(body, end)
                + "</div>".repeat(10_000) + page.substring(end);
        compare("10,000 nested divs (HTML)", nested, endToEnd(pages, bytes(nested)), HTML, rounds);
    }

    /** Documents laid end to end, separated by a blank line, until the text holds {@code size} bytes. */
    private static String endToEnd(List<String> docs, long size) {
        StringBuilder b = new StringBuilder();
        long n = 0;
        for (int i = 0; n < size; i = (i + 1) % docs.size()) {
            String d = docs.get(i);
            long len = bytes(d) + 2;
            if (n + len > size) {
                int cut = (int) Math.min(d.length(), size - n);
                b.append(d, 0, cut);
                break;
            }
            b.append(d).append("\n\n");
            n += len;
        }
        return b.toString();
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void compare(String name, String hostile, String ordinary, ExtractOptions options, int rounds)
            throws Exception {
        byte[] h = hostile.getBytes(StandardCharsets.UTF_8);
        byte[] o = ordinary.getBytes(StandardCharsets.UTF_8);
        double[] hBest = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] oBest = {Double.MAX_VALUE, Double.MAX_VALUE};
        // inputs of a few MB take tens of milliseconds: more rounds, so that the best of them is not one lucky run
        int n = h.length < SMALL ? Math.max(rounds, SMALL_ROUNDS) : rounds;
        for (int r = 0; r <= n; r++) {
            double[] ht = time(h, options);
            double[] ot = time(o, options);
            if (r > 0) { // round 0 warms up
                for (int k = 0; k < 2; k++) {
                    hBest[k] = Math.min(hBest[k], ht[k]);
                    oBest[k] = Math.min(oBest[k], ot[k]);
                }
            }
        }
        double hPerMb = hBest[0] / (h.length / 1e6);
        double oPerMb = oBest[0] / (o.length / 1e6);
        double cpuRatio = (hBest[1] / h.length) / (oBest[1] / o.length);
        System.out.printf(Locale.ROOT, "%-34s %9.2f %12.3f %12.3f %6.2f %10.2f%n", name, h.length / 1e6, hPerMb, oPerMb,
                hPerMb / oPerMb, cpuRatio);
    }

    /** Wall and CPU seconds of decoding and extracting the input on this thread. */
    private static double[] time(byte[] bytes, ExtractOptions options) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        var text = Decoder.decode(bytes);
        Pith.explain(text.text(), "stress", options, text.warnings());
        return new double[] {(System.nanoTime() - start) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9};
    }
}
