package dev.pith.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a JSON Lines input, read one line at a time (memory stays bounded whatever the file's
 * size): each gives the document's text (or HTML) from the named field and a name from its id field, or,
 * for a line that is not a JSON object holding the field, the one-line reason.
 */
public final class JsonLinesRecords implements Iterable<JsonLinesRecords.Record>, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a line over the size limit (compared by identity). */
    private static final String OVERSIZED = new String("(oversized)");

    /**
     * One line of the input.
     *
     * @param name  how the record is named: the id field's value, else "FILE:LINE"
     * @param text  the document, or null when the line is unusable
     * @param html  true when the document came from the HTML field
     * @param error why the line is unusable, null when it is fine
     */
    public record Record(String name, String text, boolean html, String error) {
    }

    /** Which fields hold what. */
    public record Fields(String text, String html, String id) {
    }

    private final InputSource source;
    private final BufferedReader reader;
    private final Fields fields;
    private final long maxLineChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;

    private JsonLinesRecords(InputSource source, BufferedReader reader, Fields fields, long maxLineChars) {
        this.source = source;
        this.reader = reader;
        this.fields = fields;
        this.maxLineChars = maxLineChars;
    }

    public static JsonLinesRecords open(InputSource source, InputStream stdin, Fields fields, long maxLineChars)
            throws InputException {
        try {
            InputStream in = source.path() == null ? stdin : Files.newInputStream(source.path());
            return new JsonLinesRecords(source, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    fields, maxLineChars);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
    }

    @Override
    public Iterator<Record> iterator() {
        return new Iterator<>() {
            private Record next;
            private int line;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String l;
                    try {
                        l = boundedLine();
                    } catch (IOException e) {
                        next = new Record(source.name() + ":" + (line + 1), null, false,
                                "cannot read: " + IoErrors.reason(e));
                        return true;
                    }
                    if (l == null) {
                        return false;
                    }
                    line++;
                    if (!l.isBlank()) {
                        next = parse(l, line);
                    }
                }
                return true;
            }

            @Override
            public Record next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Record r = next;
                next = null;
                return r;
            }
        };
    }

    /**
     * The next line without its line end, or null at the end of the input. A line longer than the limit is not
     * kept in memory: it is read to its end and given as {@link #OVERSIZED}.
     */
    private String boundedLine() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean over = false;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                lim = reader.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < lim && buf[pos] != '\n') {
                pos++;
            }
            if (!over && b.length() + (pos - start) > maxLineChars) {
                over = true;
                b = new StringBuilder();
            }
            if (!over) {
                b.append(buf, start, pos - start);
            }
            if (pos < lim) {
                pos++; // the line end
                break;
            }
        }
        if (over) {
            return OVERSIZED;
        }
        int end = b.length();
        return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
    }

    private Record parse(String l, int line) {
        String where = source.name() + ":" + line;
        if (l == OVERSIZED) {
            return new Record(where, null, false, "record larger than the input size limit of " + maxLineChars
                    + " characters");
        }
        JsonNode node;
        try {
            node = JSON.readTree(l);
        } catch (IOException e) {
            return new Record(where, null, false, "malformed JSON");
        }
        if (node == null || !node.isObject()) {
            return new Record(where, null, false, "not a JSON object");
        }
        JsonNode id = fields.id() == null ? null : node.get(fields.id());
        String name = id != null && !id.isNull() && !id.asText().isEmpty() ? id.asText() : where;
        JsonNode html = fields.html() == null ? null : node.get(fields.html());
        if (html != null && html.isTextual()) {
            return new Record(name, html.asText(), true, null);
        }
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isTextual()) {
            return new Record(name, null, false, "no text field \"" + fields.text() + "\"");
        }
        return new Record(name, text.asText(), false, null);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
