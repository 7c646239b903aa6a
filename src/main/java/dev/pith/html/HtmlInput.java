package dev.pith.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells HTML from plain text by content, and finds an HTML page's charset. Stateless and thread-safe. */
public final class HtmlInput {
    private static final int SNIFF = 4096;
    private static final Pattern START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]{0,200}>\\s*)?(?:<!--.{0,2000}?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(?:p|div|span|a|br|li|td|img|script|h[1-6])\\b[^>]{0,500}>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);

    private HtmlInput() {
    }

    /** True when the text is an HTML page or fragment: starts like one, or is thick with tags. */
    public static boolean looksLikeHtml(String text) {
        String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
        if (START.matcher(head).find()) {
            return true;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 10) {
            tags++;
        }
        return tags >= 10;
    }

    /** The charset a page's bytes declare in a meta tag (charset= or http-equiv), or null. */
    public static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            Charset c = Charset.forName(name);
            // pages that say latin-1 mean windows-1252, as browsers read them
            return c.equals(StandardCharsets.ISO_8859_1) || name.equals("us-ascii") ? Charset.forName("windows-1252") : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
