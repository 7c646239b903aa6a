package dev.pith.write;

import dev.pith.article.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** Writes records in one format to a character stream. Not thread-safe: one writer per output. */
public interface ArticleWriter extends Closeable {

    void write(Article article) throws IOException;

    /** Ends the output (closing brackets and the like) and flushes; does not close the underlying stream. */
    @Override
    void close() throws IOException;

    /**
     * A writer for the format.
     *
     * @throws IllegalArgumentException when the options select fields the format does not have
     */
    static ArticleWriter create(Format format, WriteOptions options, Writer out) {
        RecordFields.check(format, options.csvRows(), options.fields());
        return switch (format) {
            case JSONL -> new JsonLinesWriter(out, options);
            case JSON -> new JsonArrayWriter(out, options);
            case CSV -> new CsvArticleWriter(out, options);
            case TEXT -> new TextArticleWriter(out);
        };
    }
}
