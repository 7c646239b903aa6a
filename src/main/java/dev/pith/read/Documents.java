package dev.pith.read;

import dev.pith.ExtractOptions.InputType;
import dev.pith.article.Origin;
import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * The documents of one input, read as they are asked for: one for a plain file, one per line of JSON Lines,
 * one per response or conversion record of a WARC or WET file. Memory stays bounded whatever the input's size:
 * only the current record is held. A record that cannot be read comes as a {@link Document} whose loading
 * fails with the reason. Iterate once, on one thread.
 */
public interface Documents extends Iterable<Document>, Closeable {

    /** Records of the input that are not documents (WARC requests, metadata, non-HTML responses): counted so far. */
    default int skipped() {
        return 0;
    }

    @Override
    void close();

    /**
     * The documents of {@code source} (decompressed by content), or the one-line reason it cannot be opened.
     * A plain file's bytes are read when its document is loaded, possibly on another thread.
     */
    static Documents open(InputSource source, InputStream stdin, ReadOptions options) throws InputException {
        OpenInput in = source.open(stdin);
        try {
            if (options.kind() == InputKind.JSONL) {
                return new JsonLinesRecords(source.name(), in, options);
            }
            boolean warc = in.isWarc();
            if (warc) {
                return new WarcRecords(source.name(), in, options);
            }
            if (options.kind() == InputKind.WARC) {
                throw new InputException("not a WARC file (it does not start with WARC/)");
            }
        } catch (InputException | RuntimeException e) {
            in.close();
            throw e;
        }
        Document one = new Document(source.name(), () -> {
            try (in) {
                return new Content.Bytes(in.readAll(options.maxBytes()), null, InputType.AUTO);
            }
        }, Origin.NONE);
        return new Documents() {
            @Override
            public Iterator<Document> iterator() {
                return List.of(one).iterator();
            }

            @Override
            public void close() {
                // the document's loader closes the input once read
            }
        };
    }
}
