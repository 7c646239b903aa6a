package dev.pith.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Compressed inputs are read by their magic bytes, with the size limit counted after decompression. */
class CompressionTest {
    private static final byte[] SEED = seed();

    private static byte[] seed() {
        try {
            return Files.readAllBytes(Path.of("seeds/000_7cf434835259646a.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code data} compressed in {@code c}, as the usual command-line tools write it. */
    static byte[] compress(Compression c, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = switch (c) {
            case NONE -> bytes;
            case GZIP -> new GZIPOutputStream(bytes);
            case BZIP2 -> new BZip2CompressorOutputStream(bytes);
            case XZ -> new XZCompressorOutputStream(bytes);
            case ZSTD -> new ZstdOutputStream(bytes);
        }) {
            o.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(Path dir, byte[] stored, long max) throws IOException, InputException {
        Path file = Files.write(dir.resolve("dump"), stored);
        return InputSource.of(file.toString()).readAll(InputStream.nullInputStream(), max);
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void eachFormatIsDetectedByItsMagicBytesAndDecompressed(Compression c, @TempDir Path dir) throws Exception {
        byte[] stored = compress(c, SEED);
        assertEquals(c, Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(stored))));
        assertArrayEquals(SEED, read(dir, stored, 1 << 20));
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aBombIsRefusedAtTheLimitAfterDecompression(Compression c, @TempDir Path dir) throws Exception {
        byte[] stored = compress(c, new byte[2 << 20]);
        assertTrue(stored.length < 64 << 10, "the compressed bomb is small: " + stored.length);
        InputException e = assertThrows(InputException.class, () -> read(dir, stored, 1 << 20));
        assertEquals("larger than the input size limit of 1048576 bytes", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aCutStreamIsOneLineNamingTheFormat(Compression c, @TempDir Path dir) throws Exception {
        byte[] stored = compress(c, SEED);
        byte[] cut = Arrays.copyOf(stored, stored.length / 2);
        InputException e = assertThrows(InputException.class, () -> read(dir, cut, 1 << 20));
        assertTrue(e.getMessage().startsWith("broken " + c.id() + " data: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void concatenatedStreamsAreReadAsOne(@TempDir Path dir) throws Exception {
        for (Compression c : new Compression[] {Compression.GZIP, Compression.BZIP2, Compression.XZ, Compression.ZSTD}) {
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.write(compress(c, "first part\n".getBytes(StandardCharsets.UTF_8)));
            both.write(compress(c, "second part\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals("first part\nsecond part\n",
                    new String(read(dir, both.toByteArray(), 1 << 20), StandardCharsets.UTF_8), c.id());
        }
    }

    @Test
    void textThatStartsLikeAMagicNumberIsText(@TempDir Path dir) throws Exception {
        byte[] text = "BZh9 is the name of the band. They play on Friday.\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, read(dir, text, 1 << 20));
    }
}
