package dev.pith.write;

import java.util.List;

/** The field names each output shape knows, for {@code --fields}: what may be selected, and the defaults. */
public final class RecordFields {
    /** The JSON record's fields, in the order of the schema (docs/article.schema.json). */
    static final List<String> JSON = List.of("source", "headline", "byline", "authors", "published", "updated",
            "dates_mentioned", "language", "paragraphs", "captions", "text", "word_count", "removed", "warnings",
            "page");
    /** Columns of a CSV row per article: the scalar fields and the body. */
    static final List<String> CSV_ARTICLE = List.of("source", "headline", "byline", "authors", "published",
            "updated", "language", "word_count", "text");
    /** Columns a CSV row per paragraph can have. */
    static final List<String> CSV_PARAGRAPH = List.of("source", "headline", "language", "paragraph", "kind",
            "lines", "text");
    /** Columns of a CSV row per paragraph by default: the article's source, the index, the kind, the text. */
    static final List<String> CSV_PARAGRAPH_DEFAULT = List.of("source", "paragraph", "kind", "text");

    private RecordFields() {
    }

    /** The fields that can be selected for a format; empty for text, which has no fields. */
    public static List<String> valid(Format format, WriteOptions.CsvRows rows) {
        return switch (format) {
            case JSON, JSONL -> JSON;
            case CSV -> rows == WriteOptions.CsvRows.PARAGRAPH ? CSV_PARAGRAPH : CSV_ARTICLE;
            case TEXT -> List.of();
        };
    }

    /**
     * Refuses a selection the format cannot write: a field it does not know, a field named twice, or any
     * selection for text.
     *
     * @throws IllegalArgumentException with a one-line message listing the valid names
     */
    public static void check(Format format, WriteOptions.CsvRows rows, List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        List<String> valid = valid(format, rows);
        if (valid.isEmpty()) {
            throw new IllegalArgumentException("--fields applies to csv, json and jsonl, not " + format.id());
        }
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (!valid.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "' for " + shape(format, rows)
                        + " (valid: " + String.join(", ", valid) + ")");
            }
            if (fields.subList(0, i).contains(f)) {
                throw new IllegalArgumentException("field '" + f + "' named twice");
            }
        }
    }

    private static String shape(Format format, WriteOptions.CsvRows rows) {
        return format == Format.CSV && rows == WriteOptions.CsvRows.PARAGRAPH ? "csv rows per paragraph" : format.id();
    }
}
