package dev.pith.write;

import dev.pith.article.Article;
import java.io.IOException;
import java.io.Writer;

/** One compact JSON record per line. */
final class JsonLinesWriter implements ArticleWriter {
    private final Writer out;
    private final WriteOptions options;

    JsonLinesWriter(Writer out, WriteOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void write(Article article) throws IOException {
        RecordTree.write(out, article, options, false);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
