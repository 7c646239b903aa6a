package dev.pith.read;

import java.util.List;

/**
 * Which fields of a JSON Lines record hold what. The first text or HTML field present (as a string) is the
 * document, HTML fields first.
 *
 * @param text the fields that may hold the document's text, in order
 * @param html the fields that may hold the page's HTML, in order (tried before the text fields)
 * @param id   the field naming the record, or null
 * @param url  the field holding the record's URL, or null
 */
public record JsonFields(List<String> text, List<String> html, String id, String url) {
    /** The names common crawler and scraper exports use: html, then text or content; id; url. */
    public static final JsonFields DEFAULT = new JsonFields(List.of("text", "content"), List.of("html"), "id", "url");

    public JsonFields {
        text = List.copyOf(text);
        html = List.copyOf(html);
    }
}
