package dev.pith.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of an HTML page's bytes, as a browser would without HTTP headers: a byte order mark,
 * else {@code <meta charset>} or {@code <meta http-equiv=Content-Type content="...; charset=...">} in the
 * first 4 KiB, else UTF-8 when the bytes are valid UTF-8, else windows-1252. Stateless and thread-safe.
 */
public final class HtmlCharset {
    private static final int SNIFF = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META = Pattern.compile("<meta\\b[^>]{0,400}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The page's charset; never null. */
    public static Charset detect(byte[] bytes) {
        Charset bom = bom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            return declared;
        }
        return isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The charset a byte order mark names, or null. */
    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset a meta tag in the first 4 KiB declares (charset= or http-equiv), or null. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher m = CHARSET.matcher(meta.group());
            if (!m.find()) {
                continue;
            }
            Charset c = named(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Charset named(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        try {
            Charset c = Charset.forName(name);
            // as in the WHATWG encoding standard: latin-1 and ascii labels mean windows-1252; a page that
            // declares UTF-16 in ASCII-compatible bytes is really UTF-8
            if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
                return WINDOWS_1252;
            }
            if (name.startsWith("utf-16")) {
                return StandardCharsets.UTF_8;
            }
            return c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
