package dev.pith.html;

import dev.pith.article.DateValue;
import java.util.List;

/**
 * THE PLUG-IN POINT for pith's text helpers. HTML metadata needs three things read from free text: a date
 * ("5. März 2024"), person names from a byline ("By Jane Doe and John Roe"), and the language of a body with
 * no declared language. {@link LibraryTextHelpers} does each with pith's {@code dev.pith.dates},
 * {@code dev.pith.byline} and {@code dev.pith.lang}. Implementations must be stateless and thread-safe.
 */
interface TextHelpers {
    /** The helpers the HTML extractor uses. */
    TextHelpers DEFAULT = new LibraryTextHelpers();

    /** The first full date (day, month and year) in a short text, or null. */
    DateValue date(String text);

    /** Person names in a byline or author field, without "By", roles, or organisations; empty when none. */
    List<String> names(String byline);

    /** ISO 639-1 code of a text, or "und". */
    String language(String text);
}
