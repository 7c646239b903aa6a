package dev.pith.html;

import java.nio.charset.Charset;

/**
 * The CLI's entry to HTML input detection, kept for its callers: see {@link InputSniffer} and {@link HtmlCharset}.
 * Stateless and thread-safe.
 */
public final class HtmlInput {
    private HtmlInput() {
    }

    /** True when the text is an HTML page or fragment; see {@link InputSniffer#looksLikeHtml(String)}. */
    public static boolean looksLikeHtml(String text) {
        return InputSniffer.looksLikeHtml(text);
    }

    /** The charset a page's bytes declare (byte order mark or meta tag), or null; see {@link HtmlCharset}. */
    public static Charset declaredCharset(byte[] bytes) {
        Charset bom = HtmlCharset.bom(bytes);
        return bom != null ? bom : HtmlCharset.declared(bytes);
    }
}
