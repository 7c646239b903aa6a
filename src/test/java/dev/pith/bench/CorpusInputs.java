package dev.pith.bench;

import dev.pith.decode.Decoder;
import dev.pith.decode.UndecodableInputException;
import dev.pith.html.HtmlInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The benchmark's inputs, read from a corpus directory: every text dump as bytes, every HTML page decoded. */
record CorpusInputs(List<byte[]> dumps, List<String> pages, long pageBytes) {
    static final String[] DUMP_STYLES = {"innertext", "w3m", "soup"};

    static CorpusInputs read(Path corpus) {
        try {
            List<byte[]> dumps = new ArrayList<>();
            for (String style : DUMP_STYLES) {
                for (Path p : sorted(corpus.resolve("dumps").resolve(style))) {
                    dumps.add(Files.readAllBytes(p));
                }
            }
            List<String> pages = new ArrayList<>();
            long bytes = 0;
            for (Path p : sorted(corpus.resolve("html"))) {
                byte[] b;
                try (var in = new GZIPInputStream(Files.newInputStream(p))) {
                    b = in.readAllBytes();
                }
                bytes += b.length;
                pages.add(Decoder.decode(b, HtmlInput.declaredCharset(b)).text());
            }
            return new CorpusInputs(List.copyOf(dumps), List.copyOf(pages), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UndecodableInputException e) {
            throw new IllegalArgumentException("a corpus page cannot be decoded: " + e.getMessage(), e);
        }
    }

    long dumpBytes() {
        return dumps.stream().mapToLong(b -> b.length).sum();
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
