package dev.pith.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.RemovedBlock;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shape of a record: snake_case fields in a fixed order, as documented in the README and schema.
 * Streamed with jackson-core's generator: no tree and no data-binding mapper, whose set-up is a large part of
 * a single-file run's start-up.
 */
final class RecordTree {
    /** Configured once; a factory is thread-safe. The caller owns the writer: the generator neither closes nor flushes it. */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private RecordTree() {
    }

    /** Writes one record to {@code out}: compact, or indented like Jackson's default pretty printer. */
    static void write(Writer out, Article a, WriteOptions options, boolean pretty) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(g, a, options);
        }
    }

    private static void write(JsonGenerator g, Article a, WriteOptions options) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", a.source());
        g.writeStringField("headline", a.headline());
        g.writeStringField("byline", a.byline());
        strings(g, "authors", a.authors());
        date(g, "published", a.published());
        date(g, "updated", a.updated());
        g.writeArrayFieldStart("dates_mentioned");
        for (DateValue d : a.datesMentioned()) {
            date(g, d);
        }
        g.writeEndArray();
        g.writeStringField("language", a.language());
        g.writeArrayFieldStart("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            g.writeStartObject();
            g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("text", p.text());
            g.writeStringField("lines", p.lines());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "captions", a.captions());
        g.writeStringField("text", a.text());
        g.writeNumberField("word_count", a.wordCount());
        if (options.removed() == WriteOptions.RemovedBlocks.KEEP) {
            g.writeArrayFieldStart("removed");
            for (RemovedBlock r : a.removed()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind());
                g.writeStringField("text", r.text());
                g.writeStringField("lines", r.lines());
                g.writeStringField("reason", r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        strings(g, "warnings", a.warnings());
        if (a.page() != null) {
            g.writeObjectFieldStart("page");
            g.writeStringField("site_name", a.page().siteName());
            g.writeStringField("url", a.page().url());
            g.writeStringField("description", a.page().description());
            g.writeStringField("image", a.page().image());
            strings(g, "tags", a.page().tags());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String field, DateValue d) throws IOException {
        g.writeFieldName(field);
        if (d == null) {
            g.writeNull();
        } else {
            date(g, d);
        }
    }

    private static void date(JsonGenerator g, DateValue d) throws IOException {
        g.writeStartObject();
        g.writeStringField("iso", d.iso());
        g.writeStringField("text", d.text());
        g.writeBooleanField("inferred", d.inferred());
        if (d.inference() != null) {
            g.writeStringField("inference", d.inference());
        }
        g.writeEndObject();
    }
}
