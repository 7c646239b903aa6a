package dev.pith.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input opened for reading: its bytes as stored (buffered, so the start can be looked at again) and its
 * content, decompressed when the stored bytes are compressed. Closing it closes the file, never standard input.
 *
 * @param stored      the bytes as stored
 * @param compression how they are compressed
 * @param content     the decompressed bytes (the same stream as {@code stored} when not compressed)
 */
record OpenInput(InputStream stored, Compression compression, InputStream content) implements Closeable {
    private static final byte[] WARC_MAGIC = {'W', 'A', 'R', 'C', '/'};

    /** Opens {@code in}: buffers it and detects its compression; the stream start stays readable from {@code stored}. */
    static OpenInput of(InputStream in, boolean shieldClose) throws InputException {
        InputStream stored = new BufferedInputStream(shieldClose ? new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open for whoever reads it next
            }
        } : in, 65536);
        Compression c;
        try {
            c = Compression.detect(stored);
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
        if (c == Compression.NONE) {
            return new OpenInput(stored, c, stored);
        }
        stored.mark(65536);
        try {
            return new OpenInput(stored, c, c.open(stored));
        } catch (IOException e) {
            close(stored);
            throw new InputException("broken " + c.id() + " data: " + IoErrors.reason(e));
        }
    }

    /** True when the content starts like a WARC record ("WARC/1.0", "WARC/1.1"); the stream is not advanced. */
    boolean isWarc() throws InputException {
        try {
            content.mark(WARC_MAGIC.length);
            byte[] head = content.readNBytes(WARC_MAGIC.length);
            content.reset();
            return Arrays.equals(head, WARC_MAGIC);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * The stored bytes from the start again, for a reader that decompresses gzip itself (jwarc, which then
     * knows each gzip member's offset in the file); only after {@link #isWarc()} looked at the first bytes.
     */
    InputStream storedFromStart() throws InputException {
        try {
            stored.reset();
            return stored;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The one-line reason for a failure while reading the content. */
    InputException failure(IOException e) {
        return new InputException((compression == Compression.NONE ? "cannot read: " : "broken " + compression.id()
                + " data: ") + IoErrors.reason(e));
    }

    /** Reads the rest of the content, refusing more than {@code maxBytes} (counted after decompression). */
    byte[] readAll(long maxBytes) throws InputException {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(sizeLimit(maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    static String sizeLimit(long maxBytes) {
        return "larger than the input size limit of " + maxBytes + " bytes";
    }

    @Override
    public void close() {
        close(content);
        close(stored);
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing was written; a failing close of an input loses nothing
        }
    }
}
