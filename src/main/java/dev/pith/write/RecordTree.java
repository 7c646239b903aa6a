package dev.pith.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.RemovedBlock;

/** The JSON shape of a record: snake_case fields in a fixed order, as documented in the README and schema. */
final class RecordTree {
    /** Configured once; Jackson mappers are thread-safe once configured. */
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private RecordTree() {
    }

    /** The record, or with {@link WriteOptions#fields()} only those fields in that order (absent ones null). */
    static ObjectNode of(Article a, WriteOptions options) {
        ObjectNode whole = whole(a, options);
        if (options.fields().isEmpty()) {
            return whole;
        }
        ObjectNode o = MAPPER.createObjectNode();
        for (String f : options.fields()) {
            o.set(f, whole.has(f) ? whole.get(f) : o.nullNode());
        }
        return o;
    }

    private static ObjectNode whole(Article a, WriteOptions options) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", a.source());
        if (a.origin().url() != null) {
            o.put("url", a.origin().url());
        }
        if (a.origin().fetched() != null) {
            o.put("fetched", a.origin().fetched());
        }
        o.put("headline", a.headline());
        o.put("byline", a.byline());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        putDate(o, "published", a.published());
        putDate(o, "updated", a.updated());
        ArrayNode dates = o.putArray("dates_mentioned");
        a.datesMentioned().forEach(d -> dates.add(date(d)));
        o.put("language", a.language());
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            ObjectNode n = paragraphs.addObject();
            n.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("text", p.text());
            n.put("lines", p.lines());
        }
        ArrayNode captions = o.putArray("captions");
        a.captions().forEach(captions::add);
        o.put("text", a.text());
        o.put("word_count", a.wordCount());
        if (options.removed() == WriteOptions.RemovedBlocks.KEEP) {
            ArrayNode removed = o.putArray("removed");
            for (RemovedBlock r : a.removed()) {
                ObjectNode n = removed.addObject();
                n.put("kind", r.kind());
                n.put("text", r.text());
                n.put("lines", r.lines());
                n.put("reason", r.reason());
            }
        }
        ArrayNode warnings = o.putArray("warnings");
        a.warnings().forEach(warnings::add);
        if (a.page() != null) {
            ObjectNode page = o.putObject("page");
            page.put("site_name", a.page().siteName());
            page.put("url", a.page().url());
            page.put("description", a.page().description());
            page.put("image", a.page().image());
            ArrayNode tags = page.putArray("tags");
            a.page().tags().forEach(tags::add);
        }
        if (!a.origin().fields().isEmpty()) {
            o.set("fields", MAPPER.valueToTree(a.origin().fields()));
        }
        return o;
    }

    private static void putDate(ObjectNode o, String field, DateValue d) {
        if (d == null) {
            o.putNull(field);
        } else {
            o.set(field, date(d));
        }
    }

    private static ObjectNode date(DateValue d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("iso", d.iso());
        n.put("text", d.text());
        n.put("inferred", d.inferred());
        if (d.inference() != null) {
            n.put("inference", d.inference());
        }
        return n;
    }
}
