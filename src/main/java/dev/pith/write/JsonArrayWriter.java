package dev.pith.write;

import dev.pith.article.Article;
import java.io.IOException;
import java.io.Writer;

/** A pretty-printed JSON array of records, written as they come: "[", records separated by commas, "]". */
final class JsonArrayWriter implements ArticleWriter {
    private final Writer out;
    private final WriteOptions options;
    private boolean first = true;

    JsonArrayWriter(Writer out, WriteOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void write(Article article) throws IOException {
        out.write(first ? "[\n" : ",\n");
        first = false;
        RecordTree.write(out, article, options, true);
    }

    @Override
    public void close() throws IOException {
        out.write(first ? "[]\n" : "\n]\n");
        out.flush();
    }
}
