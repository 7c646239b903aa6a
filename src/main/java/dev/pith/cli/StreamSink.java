package dev.pith.cli;

import dev.pith.Extraction;
import dev.pith.read.InputSource;
import dev.pith.write.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** Every record (or explanation) on one stream: standard output, or the -o file's writer. */
final class StreamSink implements Sink {
    private final ArticleWriter writer;
    private final Writer out;

    /** @param writer the record writer, or null to write each extraction's explanation */
    StreamSink(ArticleWriter writer, Writer out) {
        this.writer = writer;
        this.out = out;
    }

    @Override
    public boolean exists(InputSource input) {
        return false;
    }

    @Override
    public void write(InputSource input, Extraction x) throws IOException {
        if (writer == null) {
            out.write(x.explanation());
        } else {
            writer.write(x.article());
        }
        if (out instanceof PrintWriter stdout) {
            stdout.flush();
        }
    }

    @Override
    public void end(InputSource input) {
    }

    @Override
    public boolean gone() {
        return out instanceof PrintWriter stdout && stdout.checkError();
    }

    @Override
    public void close(boolean complete) throws IOException {
        // a JSON array or CSV stays well formed when the batch stops early (--fail-fast), unless the reader is gone
        if (writer != null && !gone()) {
            writer.close();
        }
    }
}
