package dev.pith.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
    private static final Path OUT = Path.of("out");

    @Test
    void aFileUnderADirectoryArgumentKeepsItsPathRelativeToThatDirectory(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("dumps/2023"));
        Path file = Files.writeString(in.resolve("a.txt"), "x");
        OutputTree tree = new OutputTree(OUT, Format.JSONL);
        assertEquals(OUT.resolve("2023/a.jsonl"), tree.claim(dir.resolve("dumps").toString(), file.toString(), file));
    }

    @Test
    void aRelativeFileArgumentKeepsItsPathAndAnAbsoluteOneItsName() {
        OutputTree tree = new OutputTree(OUT, Format.CSV);
        assertEquals(OUT.resolve("dumps/2023/b.csv"), tree.claim("dumps/2023/b.txt", "dumps/2023/b.txt",
                Path.of("dumps/2023/b.txt")));
        assertEquals(OUT.resolve("c.csv"), tree.claim("/data/c.html", "/data/c.html", Path.of("/data/c.html")));
        assertEquals(OUT.resolve("d.csv"), tree.claim("../d.txt", "../d.txt", Path.of("../d.txt")));
    }

    @Test
    void theExtensionIsTheFormatsAndACompressionSuffixGoesWithTheOldOne() {
        OutputTree tree = new OutputTree(OUT, Format.TEXT);
        assertEquals(OUT.resolve("a.txt"), tree.claim("a.html.gz", "a.html.gz", Path.of("a.html.gz")));
        assertEquals(OUT.resolve("noext.txt"), tree.claim("noext", "noext", Path.of("noext")));
        assertEquals(OUT.resolve(".hidden.txt"), tree.claim(".hidden", ".hidden", Path.of(".hidden")));
    }

    @Test
    void standardInputIsNamedStdin() {
        assertEquals(OUT.resolve("stdin.json"), new OutputTree(OUT, Format.JSON).claim("-", "-", null));
    }

    @Test
    void twoInputsThatWouldWriteOneFileAreRefusedNamingBoth() {
        OutputTree tree = new OutputTree(OUT, Format.JSONL);
        tree.claim("a.txt", "a.txt", Path.of("a.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tree.claim("a.html", "a.html", Path.of("a.html")));
        assertEquals("a.txt and a.html would both write " + OUT.resolve("a.jsonl"), e.getMessage());
    }

    @Test
    void anOutputThatWouldOverwriteItsInputIsRefused(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("export.jsonl"), "{}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutputTree(dir, Format.JSONL).claim(input.toString(), input.toString(), input));
        assertTrue(e.getMessage().endsWith("would be overwritten by its own output"), e.getMessage());
    }
}
