package dev.pith.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.ExtractOptions.InputType;
import dev.pith.article.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a JSON Lines input (decompressed by content), read one line at a time: memory stays bounded
 * whatever the file's size, and a line over the size limit is skipped without being held. Each record gives
 * the document from the first HTML or text field present, a name from its id field, its URL and the fields
 * to keep; a line that is not a JSON object holding a document gives the one-line reason, named FILE:LINE.
 */
final class JsonLinesRecords implements Documents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final OpenInput in;
    private final Lines lines;
    private final JsonFields fields;
    private final List<String> keep;
    private final long maxBytes;

    JsonLinesRecords(String file, OpenInput in, ReadOptions options) {
        this.file = file;
        this.in = in;
        this.lines = new Lines(in.content(), options.maxBytes());
        this.fields = options.json();
        this.keep = options.keepFields();
        this.maxBytes = options.maxBytes();
    }

    @Override
    public Iterator<Document> iterator() {
        return new Lookahead<>() {
            private int line;
            private boolean failed;

            @Override
            Document read() {
                while (!failed) {
                    String l;
                    try {
                        l = lines.next();
                    } catch (IOException e) {
                        failed = true;
                        return Document.failed(file + ":" + (line + 1), in.failure(e).getMessage());
                    }
                    if (l == null) {
                        return null;
                    }
                    line++;
                    if (l == Lines.OVERSIZED) {
                        return Document.failed(file + ":" + line, "record larger than the input size limit of "
                                + maxBytes + " bytes");
                    }
                    if (!l.isBlank()) {
                        return parse(l, file + ":" + line);
                    }
                }
                return null;
            }
        };
    }

    private Document parse(String l, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(l);
        } catch (IOException e) {
            return Document.failed(where, "malformed JSON");
        }
        if (node == null || !node.isObject()) {
            return Document.failed(where, "not a JSON object");
        }
        JsonNode id = fields.id() == null ? null : node.get(fields.id());
        String name = id != null && id.isValueNode() && !id.isNull() && !id.asText().isEmpty() ? id.asText() : where;
        Origin origin = new Origin(string(node, fields.url()), null, kept(node));
        for (String f : fields.html()) {
            String html = string(node, f);
            if (html != null) {
                return new Document(name, () -> new Content.Text(html, InputType.HTML), origin);
            }
        }
        for (String f : fields.text()) {
            String text = string(node, f);
            if (text != null) {
                return new Document(name, () -> new Content.Text(text, InputType.AUTO), origin);
            }
        }
        List<String> tried = new ArrayList<>(fields.html());
        tried.addAll(fields.text());
        return Document.failed(name, "no text field " + (tried.size() == 1 ? "\"" + tried.get(0) + "\""
                : "(tried " + String.join(", ", tried) + ")"));
    }

    /** The field's value when it is a string, else null. */
    private static String string(JsonNode node, String field) {
        JsonNode v = field == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private Map<String, Object> kept(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : keep) {
            JsonNode v = node.get(f);
            out.put(f, v == null || v.isNull() ? null : JSON.convertValue(v, Object.class));
        }
        return out;
    }

    @Override
    public void close() {
        in.close();
    }
}
