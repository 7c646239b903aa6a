package dev.pith.read;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The compressed formats read transparently, each recognised by the magic bytes its format specification
 * puts at the start of the stream (whatever the file is called). Concatenated streams (gzip members, bzip2
 * and xz streams, zstd frames) are read as one.
 */
enum Compression {
    /** Not compressed. */
    NONE("", new int[0]),
    /** RFC 1952: ID1 ID2 and CM = 8 (deflate). */
    GZIP("gzip", new int[] {0x1F, 0x8B, 0x08}),
    /** bzip2: "BZh", the block size digit, then the block magic pi (31 41 59 26 53 59) or the end-of-stream magic. */
    BZIP2("bzip2", new int[] {'B', 'Z', 'h'}),
    /** The xz file format 1.0, section 2.1.1.1: FD 37 7A 58 5A 00. */
    XZ("xz", new int[] {0xFD, '7', 'z', 'X', 'Z', 0x00}),
    /** RFC 8878, section 3.1.1: the zstd frame magic 0xFD2FB528, little-endian. */
    ZSTD("zstd", new int[] {0x28, 0xB5, 0x2F, 0xFD});

    /** How many leading bytes {@link #detect} looks at. */
    static final int SNIFF = 10;
    /** xz streams whose decoder would need more memory than this are refused (xz -9 needs 65 MiB). */
    private static final int XZ_MEMORY_LIMIT_KIB = 256 * 1024;
    private static final byte[] BZIP2_BLOCK = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
    private static final byte[] BZIP2_END = {0x17, 0x72, 0x45, 0x38, 0x50, (byte) 0x90};

    private final String id;
    private final int[] magic;

    Compression(String id, int[] magic) {
        this.id = id;
        this.magic = magic;
    }

    /** The format's name in messages: "gzip", "zstd", ... */
    String id() {
        return id;
    }

    /** The format whose magic bytes start {@code in}, which must support mark and reset; the stream is not advanced. */
    static Compression detect(InputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        for (Compression c : values()) {
            if (c != NONE && c.matches(head)) {
                return c;
            }
        }
        return NONE;
    }

    private boolean matches(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        if (this != BZIP2) {
            return true;
        }
        if (head.length < 10 || head[3] < '1' || head[3] > '9') {
            return false;
        }
        byte[] block = Arrays.copyOfRange(head, 4, 10);
        return Arrays.equals(block, BZIP2_BLOCK) || Arrays.equals(block, BZIP2_END);
    }

    /** The decompressed content of {@code in} (buffered, with mark and reset), or {@code in} itself for NONE. */
    InputStream open(InputStream in) throws IOException {
        InputStream raw = switch (this) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in, 8192);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            case XZ -> XZCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true)
                    .setMemoryLimitKiB(XZ_MEMORY_LIMIT_KIB).get();
            case ZSTD -> new ZstdInputStream(in);
        };
        return raw instanceof BufferedInputStream || (this == NONE && in.markSupported()) ? raw
                : new BufferedInputStream(raw, 65536);
    }
}
