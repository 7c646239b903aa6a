package dev.pith.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 stream, each at most a size limit: a longer line is skipped to its end and comes back as
 * {@link #OVERSIZED}, so that one huge line cannot exhaust memory. Splits on LF (never part of a multi-byte
 * UTF-8 sequence) and drops a CR before it.
 */
final class Lines {
    /** Returned (by identity) for a line over the limit. */
    static final String OVERSIZED = new String("<oversized>");

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[65536];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int pos;
    private int end;

    Lines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, {@link #OVERSIZED}, or null at the end of the stream. */
    String next() throws IOException {
        line.reset();
        boolean oversized = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return oversized ? OVERSIZED : line.size() > 0 ? text() : null;
                }
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            if (!oversized) {
                line.write(buffer, start, pos - start);
                if (line.size() > maxBytes) {
                    oversized = true;
                    line.reset();
                }
            }
            if (pos < end) {
                pos++;
                return oversized ? OVERSIZED : text();
            }
        }
    }

    private String text() {
        byte[] b = line.toByteArray();
        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
