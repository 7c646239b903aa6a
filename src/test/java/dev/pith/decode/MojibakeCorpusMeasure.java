package dev.pith.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Not a test: runs the mojibake repair over every dump (innertext, w3m, soup) and HTML page of a corpus, decoded
 * as the CLI decodes them, and prints each input it changed with its warning, then how many it touched.
 * Run: {@code mvn -q test-compile && java -cp target/classes:target/test-classes
 * dev.pith.decode.MojibakeCorpusMeasure ../shared/corpus/dev}
 */
public final class MojibakeCorpusMeasure {
    private MojibakeCorpusMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        for (String dir : List.of("dumps/innertext", "dumps/w3m", "dumps/soup", "html")) {
            int inputs = 0;
            int touched = 0;
            try (Stream<Path> s = Files.list(corpus.resolve(dir))) {
                for (Path p : s.sorted().toList()) {
                    inputs++;
                    Mojibake.Repair r = Mojibake.repair(Decoder.decode(read(p)).text());
                    if (r.repaired() > 0) {
                        touched++;
                        System.out.println(p.getFileName() + "\t" + r.warning());
                    }
                }
            }
            System.out.printf("%s: %d of %d inputs touched%n", dir, touched, inputs);
        }
    }

    private static byte[] read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                : Files.newInputStream(p)) {
            return in.readAllBytes();
        }
    }
}
