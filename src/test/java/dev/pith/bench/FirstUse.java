package dev.pith.bench;

import dev.pith.article.Article;
import dev.pith.assemble.Assembler;
import dev.pith.classify.Classification;
import dev.pith.classify.Classifier;
import dev.pith.decode.Decoder;
import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import dev.pith.write.ArticleWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A dev aid for start-up work, not a benchmark: times each stage of the first extraction in a fresh JVM (read,
 * decode, segment, classify, assemble, write), then the same stages a second time, in microseconds on stderr.
 * Run with the launcher's options and archive, the jar first on the class path so that the archive applies:
 * {@code java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/pith.jsa -cp target/pith.jar:target/test-classes
 * dev.pith.bench.FirstUse FILE}
 */
public final class FirstUse {
    private FirstUse() {
    }

    public static void main(String[] args) throws Exception {
        for (int pass = 1; pass <= 2; pass++) {
            long t0 = System.nanoTime();
            byte[] bytes = Files.readAllBytes(Path.of(args[0]));
            long t1 = System.nanoTime();
            String text = Decoder.decode(bytes).text();
            long t2 = System.nanoTime();
            DumpStyle style = Segmenter.detectStyle(text);
            List<Block> blocks = Segmenter.segment(text, style);
            long t3 = System.nanoTime();
            Classification labels = Classifier.classify(blocks, style, "und");
            long t4 = System.nanoTime();
            Article article = Assembler.assemble(args[0], labels, List.of(), null);
            long t5 = System.nanoTime();
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            ArticleWriter w = ArticleWriter.create(Format.JSONL, WriteOptions.DEFAULT, out);
            w.write(article);
            out.flush();
            long t6 = System.nanoTime();
            System.err.printf("pass %d: read %d, decode %d, segment %d, classify %d, assemble %d, write %d us%n", pass,
                    (t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000, (t4 - t3) / 1000, (t5 - t4) / 1000,
                    (t6 - t5) / 1000);
        }
    }
}
