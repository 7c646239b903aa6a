package dev.pith.write;

import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV: a header, then one row per article or (with {@link WriteOptions.CsvRows#PARAGRAPH}) one row
 * per body paragraph, the columns {@link WriteOptions#fields()} selects. Cells that begin with =, +, -, @, tab
 * or CR get a leading apostrophe unless the options say raw, so that spreadsheets do not run them as formulas
 * (OWASP CSV injection). A lone "-" (the source name of standard input) is no formula and stays as it is.
 */
final class CsvArticleWriter implements ArticleWriter {
    static final List<String> HEADER = RecordFields.CSV_ARTICLE;

    /** What a row is made from: the article, and for a paragraph row the paragraph and its 1-based index. */
    private record Row(Article article, int index, Paragraph paragraph) {
    }

    private final CSVPrinter printer;
    private final WriteOptions options;
    private final List<Function<Row, Object>> columns = new ArrayList<>();

    CsvArticleWriter(Writer out, WriteOptions options) {
        this.options = options;
        boolean perParagraph = options.csvRows() == WriteOptions.CsvRows.PARAGRAPH;
        List<String> names = !options.fields().isEmpty() ? options.fields()
                : perParagraph ? RecordFields.CSV_PARAGRAPH_DEFAULT : RecordFields.CSV_ARTICLE;
        RecordFields.check(Format.CSV, options.csvRows(), names);
        for (String name : names) {
            columns.add(perParagraph ? paragraphColumn(name) : articleColumn(name));
        }
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(names.toArray(String[]::new)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Function<Row, Object> articleColumn(String name) {
        return switch (name) {
            case "source" -> r -> cell(r.article().source());
            case "headline" -> r -> cell(r.article().headline());
            case "byline" -> r -> cell(r.article().byline());
            case "authors" -> r -> cell(String.join("; ", r.article().authors()));
            case "published" -> r -> cell(iso(r.article().published()));
            case "updated" -> r -> cell(iso(r.article().updated()));
            case "language" -> r -> cell(r.article().language());
            case "word_count" -> r -> r.article().wordCount();
            case "text" -> r -> cell(r.article().text());
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Function<Row, Object> paragraphColumn(String name) {
        return switch (name) {
            case "paragraph" -> Row::index;
            case "kind" -> r -> r.paragraph().kind().name().toLowerCase(Locale.ROOT);
            case "lines" -> r -> r.paragraph().lines();
            case "text" -> r -> cell(r.paragraph().text());
            default -> articleColumn(name);
        };
    }

    @Override
    public void write(Article a) throws IOException {
        if (options.csvRows() == WriteOptions.CsvRows.ARTICLE) {
            print(new Row(a, 0, null));
            return;
        }
        List<Paragraph> paragraphs = a.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            print(new Row(a, i + 1, paragraphs.get(i)));
        }
    }

    private void print(Row row) throws IOException {
        for (Function<Row, Object> c : columns) {
            printer.print(c.apply(row));
        }
        printer.println();
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
