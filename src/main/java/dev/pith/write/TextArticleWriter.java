package dev.pith.write;

import dev.pith.article.Article;
import java.io.IOException;
import java.io.Writer;

/** The clean article as text: headline, a blank line, the body. Several articles are separated by a form feed line. */
final class TextArticleWriter implements ArticleWriter {
    private final Writer out;
    private boolean first = true;

    TextArticleWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Article a) throws IOException {
        if (!first) {
            out.write("\f\n");
        }
        first = false;
        if (a.headline() != null) {
            out.write(a.headline());
            out.write("\n\n");
        }
        if (!a.text().isEmpty()) {
            out.write(a.text());
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
