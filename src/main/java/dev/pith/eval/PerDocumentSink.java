package dev.pith.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Receives the result of every scored document, in corpus order (e.g. to write a per-document debug file). */
@FunctionalInterface
public interface PerDocumentSink {
    /** Discards every result. */
    PerDocumentSink NONE = r -> {
    };

    void accept(DocumentResult r);

    /**
     * Writes each result as one JSON line to out (not closed, flushed after every line).
     * IO errors surface as {@link UncheckedIOException} and end the evaluation.
     */
    static PerDocumentSink jsonLines(Writer out) {
        ObjectMapper json = new ObjectMapper();
        return r -> {
            try {
                out.write(json.writeValueAsString(r));
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
