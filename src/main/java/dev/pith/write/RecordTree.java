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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The JSON shape of a record: snake_case fields in a fixed order, as documented in the README and schema.
 * Streamed with jackson-core's generator, one field after the other: no tree and no data-binding mapper, whose
 * set-up (about 400 classes) was a large part of a single-file run's start-up.
 */
final class RecordTree {
    /**
     * Configured once; a factory is thread-safe. The caller owns the writer: the generator neither closes nor
     * flushes it.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    /** Writes the value of one field of a record (the caller has written its name). */
    @FunctionalInterface
    private interface Value {
        void write(JsonGenerator g, Article a, WriteOptions options) throws IOException;
    }

    /**
     * One field: whether the record has it (the optional ones: origin, removed blocks, page facts) and its value.
     */
    private record Field(BiPredicate<Article, WriteOptions> present, Value value) {
        static Field always(Value value) {
            return new Field((a, o) -> true, value);
        }
    }

    /** Every field in the record's order: the selectable ones of {@link RecordFields#JSON} and the origin's. */
    private static final Map<String, Field> FIELDS = fields();

    private RecordTree() {
    }

    private static Map<String, Field> fields() {
        Map<String, Field> f = new LinkedHashMap<>();
        f.put("source", Field.always((g, a, o) -> g.writeString(a.source())));
        f.put("url", new Field((a, o) -> a.origin().url() != null, (g, a, o) -> g.writeString(a.origin().url())));
        f.put("fetched", new Field((a, o) -> a.origin().fetched() != null,
                (g, a, o) -> g.writeString(a.origin().fetched())));
        f.put("headline", Field.always((g, a, o) -> g.writeString(a.headline())));
        f.put("byline", Field.always((g, a, o) -> g.writeString(a.byline())));
        f.put("authors", Field.always((g, a, o) -> strings(g, a.authors())));
        f.put("published", Field.always((g, a, o) -> date(g, a.published())));
        f.put("updated", Field.always((g, a, o) -> date(g, a.updated())));
        f.put("dates_mentioned", Field.always((g, a, o) -> {
            g.writeStartArray();
            for (DateValue d : a.datesMentioned()) {
                date(g, d);
            }
            g.writeEndArray();
        }));
        f.put("language", Field.always((g, a, o) -> g.writeString(a.language())));
        f.put("paragraphs", Field.always((g, a, o) -> {
            g.writeStartArray();
            for (Paragraph p : a.paragraphs()) {
                g.writeStartObject();
                g.writeStringField("kind", p.kind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("text", p.text());
                g.writeStringField("lines", p.lines());
                g.writeEndObject();
            }
            g.writeEndArray();
        }));
        f.put("captions", Field.always((g, a, o) -> strings(g, a.captions())));
        f.put("text", Field.always((g, a, o) -> g.writeString(a.text())));
        f.put("word_count", Field.always((g, a, o) -> g.writeNumber(a.wordCount())));
        f.put("removed", new Field((a, o) -> o.removed() == WriteOptions.RemovedBlocks.KEEP,
                (g, a, o) -> removed(g, a.removed())));
        f.put("warnings", Field.always((g, a, o) -> strings(g, a.warnings())));
        f.put("page", new Field((a, o) -> a.page() != null, (g, a, o) -> {
            g.writeStartObject();
            g.writeStringField("site_name", a.page().siteName());
            g.writeStringField("url", a.page().url());
            g.writeStringField("description", a.page().description());
            g.writeStringField("image", a.page().image());
            g.writeFieldName("tags");
            strings(g, a.page().tags());
            g.writeEndObject();
        }));
        f.put("fields", new Field((a, o) -> !a.origin().fields().isEmpty(),
                (g, a, o) -> value(g, a.origin().fields())));
        return Collections.unmodifiableMap(f);
    }

    /**
     * Writes one record to {@code out}, compact or indented like Jackson's default pretty printer: every field the
     * record has, or with {@link WriteOptions#fields()} only those fields in that order (absent ones null).
     */
    static void write(Writer out, Article a, WriteOptions options, boolean pretty) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            g.writeStartObject();
            if (options.fields().isEmpty()) {
                for (Map.Entry<String, Field> e : FIELDS.entrySet()) {
                    field(g, e.getKey(), e.getValue(), a, options, false);
                }
            } else {
                for (String name : options.fields()) {
                    field(g, name, FIELDS.get(name), a, options, true);
                }
            }
            g.writeEndObject();
        }
    }

    /** Writes {@code name} and the field's value; a field the record lacks is left out, or null when selected. */
    private static void field(JsonGenerator g, String name, Field f, Article a, WriteOptions options,
                              boolean selected) throws IOException {
        if (!f.present().test(a, options)) {
            if (selected) {
                g.writeNullField(name);
            }
            return;
        }
        g.writeFieldName(name);
        f.value().write(g, a, options);
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void removed(JsonGenerator g, List<RemovedBlock> blocks) throws IOException {
        g.writeStartArray();
        for (RemovedBlock r : blocks) {
            g.writeStartObject();
            g.writeStringField("kind", r.kind());
            g.writeStringField("text", r.text());
            g.writeStringField("lines", r.lines());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, DateValue d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("iso", d.iso());
        g.writeStringField("text", d.text());
        g.writeBooleanField("inferred", d.inferred());
        if (d.inference() != null) {
            g.writeStringField("inference", d.inference());
        }
        g.writeEndObject();
    }

    /** A value carried from the container's record: String, Number, Boolean, List, Map or null, as in JSON. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger n) {
            g.writeNumber(n);
        } else if (v instanceof BigDecimal n) {
            g.writeNumber(n);
        } else if (v instanceof Float n) {
            g.writeNumber(n);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }
}
