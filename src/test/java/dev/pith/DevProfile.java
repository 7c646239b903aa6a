package dev.pith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid, not a test: extracts every dump of a corpus several times, for a profiler. */
public final class DevProfile {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String v : new String[] {"innertext", "w3m", "soup"}) {
            try (var s = Files.list(Path.of(args[0], "dumps", v))) {
                for (Path p : s.sorted().toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                Pith.extract(t);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.1f docs/s%n", r, texts.size() / s);
        }
    }
}
