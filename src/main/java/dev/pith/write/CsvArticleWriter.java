package dev.pith.write;

import dev.pith.article.Article;
import dev.pith.article.DateValue;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV, one row per article. Cells that begin with =, +, -, @, tab or CR get a leading apostrophe
 * unless the options say raw, so that spreadsheets do not run them as formulas (OWASP CSV injection). A lone
 * "-" (the source name of standard input) is no formula and stays as it is.
 */
final class CsvArticleWriter implements ArticleWriter {
    static final List<String> HEADER = List.of("source", "headline", "byline", "authors", "published", "updated",
            "language", "word_count", "text");
    private final CSVPrinter printer;
    private final WriteOptions options;

    CsvArticleWriter(Writer out, WriteOptions options) {
        this.options = options;
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(Article a) throws IOException {
        printer.printRecord(cell(a.source()), cell(a.headline()), cell(a.byline()), cell(String.join("; ", a.authors())),
                cell(iso(a.published())), cell(iso(a.updated())), cell(a.language()), a.wordCount(), cell(a.text()));
    }

    private static String iso(DateValue d) {
        return d == null ? null : d.iso();
    }

    private String cell(String value) {
        if (value == null || value.isEmpty() || value.equals("-") || options.csvSafety() == WriteOptions.CsvSafety.RAW) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
