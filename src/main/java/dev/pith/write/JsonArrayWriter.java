package dev.pith.write;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pith.article.Article;
import java.io.IOException;
import java.io.Writer;

/** A pretty-printed JSON array of records, written as they come: "[", records separated by commas, "]". */
final class JsonArrayWriter implements ArticleWriter {
    private static final ObjectWriter PRETTY = RecordTree.MAPPER.writerWithDefaultPrettyPrinter();
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
        out.write(PRETTY.writeValueAsString(RecordTree.of(article, options)));
    }

    @Override
    public void close() throws IOException {
        out.write(first ? "[]\n" : "\n]\n");
        out.flush();
    }
}
