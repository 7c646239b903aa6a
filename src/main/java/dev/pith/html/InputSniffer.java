package dev.pith.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an HTML page from a plain-text dump by its content alone: it starts like a page ({@code <!doctype html},
 * {@code <html}, {@code <head}, {@code <body}, possibly after an XML declaration or comments, or with an element
 * of the page's head that a plugin printed before the doctype: {@code <style>}, {@code <script>}, {@code <link>}),
 * or its start is thick with tags. No text dump starts with a tag. Stateless and thread-safe.
 */
public final class InputSniffer {
    private static final int SNIFF = 4096;
    private static final int MANY_TAGS = 10;
    /**
     * Possessive and atomic: a comment ends at its first "-->", and what is matched is never given back (the
     * plain form backtracked exponentially over a run of comments: 6 s on 4 KB of "<!---->").
     */
    private static final Pattern START = Pattern.compile(
            "^\\uFEFF?\\s*+(?:<\\?xml[^>]{0,200}+>\\s*+)?(?:<!--(?>.{0,2000}?-->)\\s*+)*+<(?:!doctype\\s+html|html|head|body|meta|title|style|script|link|noscript|base)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANYWHERE = Pattern.compile("<(?:!doctype\\s+html|html|head|body)\\b[^>]{0,500}>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|li|ul|ol|td|tr|table|img|script|style|link|meta|section|article|h[1-6])\\b[^<>]{0,500}>",
            Pattern.CASE_INSENSITIVE);

    private InputSniffer() {
    }

    /** True when the text is an HTML page or fragment. */
    public static boolean looksLikeHtml(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
        if (START.matcher(head).find()) {
            return true;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (m.find()) {
            if (++tags >= MANY_TAGS) {
                return true;
            }
        }
        // a page element after a little preamble (a scraper's header line) with some tags around it
        return tags >= 3 && ANYWHERE.matcher(head).find();
    }
}
