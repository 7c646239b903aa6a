package dev.pith.read;

import dev.pith.ExtractOptions.InputType;
import dev.pith.article.Origin;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The documents of a WARC or WET file, read one record at a time with jwarc (which also reads per-record gzip,
 * {@code .warc.gz}, knowing each record's offset in the file). A {@code response} record holding an HTTP 2xx
 * response with an HTML body is an HTML document: the HTTP headers are parsed, the body's transfer and content
 * encodings undone, and the HTTP charset passed on to decoding. A {@code conversion} record (WET) is a text
 * document, and so is a {@code resource} record of text (or HTML). Other records (warcinfo, request, metadata,
 * revisit, non-HTML or non-2xx responses) are skipped and counted. Each document is named FILE:OFFSET (the
 * record's offset in the file) and carries WARC-Target-URI and WARC-Date. A record the file ends inside, or
 * one that cannot be parsed, is reported at its offset and ends the file.
 */
final class WarcRecords implements Documents {
    private final String file;
    private final OpenInput in;
    private final WarcReader reader;
    private final ReadOptions options;
    private int skipped;

    WarcRecords(String file, OpenInput in, ReadOptions options) throws InputException {
        this.file = file;
        this.in = in;
        this.options = options;
        InputStream stream = in.compression() == Compression.GZIP ? in.storedFromStart() : in.content();
        try {
            this.reader = new WarcReader(stream);
        } catch (IOException e) {
            throw in.failure(e);
        }
    }

    @Override
    public int skipped() {
        return skipped;
    }

    @Override
    public Iterator<Document> iterator() {
        return new Lookahead<>() {
            private boolean failed;

            @Override
            Document read() {
                while (!failed) {
                    Optional<WarcRecord> record;
                    try {
                        record = reader.next();
                    } catch (IOException | RuntimeException e) {
                        failed = true;
                        return Document.failed(where(), broken(e));
                    }
                    if (record.isEmpty()) {
                        return null;
                    }
                    Document d = document(record.get());
                    if (d != null) {
                        return d;
                    }
                }
                return null;
            }

            /** The record's document; null when it is skipped; a failed one (and the end) when the file is broken. */
            private Document document(WarcRecord record) {
                String where = where();
                try {
                    Document d = documentOf(record, where);
                    if (d == null) {
                        skipped++;
                    }
                    return d;
                } catch (RecordException e) {
                    return Document.failed(where, e.getMessage());
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    return Document.failed(where, broken(e));
                }
            }
        };
    }

    private String where() {
        return file + ":" + reader.position();
    }

    /** The document a record holds, or null when it holds none. */
    private Document documentOf(WarcRecord record, String where) throws IOException, RecordException {
        if (record instanceof WarcResponse response) {
            if (!MediaType.HTTP.equals(response.contentType().base())) {
                return null;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException e) {
                throw new RecordException("malformed HTTP response: " + IoErrors.reason(e));
            }
            MediaType type = http.contentType().base();
            if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
                return null;
            }
            MessageBody body;
            try {
                body = http.bodyDecoded();
            } catch (IOException e) {
                throw new RecordException("cannot decode the HTTP body: " + (String.valueOf(e.getMessage())
                        .startsWith("Brotli") ? "brotli content encoding is not supported" : IoErrors.reason(e)));
            }
            return document(record, where, body, charset(http.contentType()), InputType.HTML);
        }
        if (record instanceof WarcConversion || record instanceof WarcResource) {
            MediaType type = record.contentType().base();
            boolean html = isHtml(type);
            if (!html && !"text".equals(type.type())) {
                return null;
            }
            return document(record, where, record.body(), charset(record.contentType()),
                    html ? InputType.HTML : InputType.TEXT);
        }
        return null;
    }

    private Document document(WarcRecord record, String where, MessageBody body, Charset charset, InputType type)
            throws IOException, RecordException {
        byte[] bytes;
        try {
            bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        } catch (IOException e) {
            record.body().consume(); // throws when the WARC record itself is cut, not only its content encoding
            throw new RecordException("cannot decode the HTTP body: " + IoErrors.reason(e));
        }
        record.body().consume();
        if (bytes.length > options.maxBytes()) {
            throw new RecordException("record " + OpenInput.sizeLimit(options.maxBytes()));
        }
        Content content = new Content.Bytes(bytes, charset, type);
        String url = record instanceof WarcTargetRecord t ? t.target() : null;
        return new Document(where, () -> content, new Origin(url, record.date().toString(), kept(record)));
    }

    private Map<String, Object> kept(WarcRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : options.keepFields()) {
            out.put(f, record.headers().first(f).orElse(null));
        }
        return out;
    }

    /** The one-line reason for a record the reader could not read. */
    private String broken(Exception e) {
        if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("nexpected end")) {
            return "truncated WARC record (the file ends inside it)";
        }
        String m = e instanceof IOException io ? IoErrors.reason(io) : e.getMessage();
        return "malformed WARC record: " + (m == null || m.isBlank() ? e.getClass().getSimpleName()
                : m.strip().replaceAll("\\s+", " "));
    }

    private static boolean isHtml(MediaType type) {
        return "text/html".equals(type.toString()) || "application/xhtml+xml".equals(type.toString());
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // reading only: nothing is lost
        }
        in.close();
    }

    /** A record that cannot be a document, while the file around it is fine. */
    private static final class RecordException extends Exception {
        private static final long serialVersionUID = 1L;

        RecordException(String reason) {
            super(reason);
        }
    }
}
