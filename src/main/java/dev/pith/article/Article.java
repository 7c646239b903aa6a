package dev.pith.article;

import java.util.List;
import java.util.Objects;

/**
 * The clean record of one article: what pith writes for every input document.
 * Immutable; lists are unmodifiable copies.
 *
 * @param source         where the input came from: a path, "-" for standard input, or a record id
 * @param headline       the article's title line, null when none was found
 * @param byline         the byline as written, null when none was found
 * @param authors        person names from the byline, without "By", roles, agencies or dates
 * @param published      publication date, when the input states one
 * @param updated        last update date, when the input states one
 * @param datesMentioned dates the body text mentions, in order
 * @param language       ISO 639-1 code of the body, "und" when undecided
 * @param paragraphs     the body in reading order: paragraphs, subheadings, quotes, list items
 * @param captions       photo captions and credits
 * @param text           the body as plain text, paragraphs separated by a blank line
 * @param wordCount      number of words in {@code text}
 * @param removed        every block that is not part of the record, with its kind and reason
 * @param warnings       things the reader should know (decoding repairs, no article found, ...)
 * @param page           what an HTML page states about itself (site, URL, description, image, tags); null for text
 * @param origin         what the input's container (a JSON Lines or WARC record) says about it: URL, fetch date,
 *                       fields carried through; {@link Origin#NONE} for a plain file
 */
public record Article(
        String source,
        String headline,
        String byline,
        List<String> authors,
        DateValue published,
        DateValue updated,
        List<DateValue> datesMentioned,
        String language,
        List<Paragraph> paragraphs,
        List<String> captions,
        String text,
        int wordCount,
        List<RemovedBlock> removed,
        List<String> warnings,
        PageInfo page,
        Origin origin) {

    /** A record with nothing known about its container ({@link Origin#NONE}). */
    public Article(String source, String headline, String byline, List<String> authors, DateValue published,
                   DateValue updated, List<DateValue> datesMentioned, String language, List<Paragraph> paragraphs,
                   List<String> captions, String text, int wordCount, List<RemovedBlock> removed, List<String> warnings,
                   PageInfo page) {
        this(source, headline, byline, authors, published, updated, datesMentioned, language, paragraphs, captions,
                text, wordCount, removed, warnings, page, Origin.NONE);
    }

    /** This record with what its container says about it. */
    public Article withOrigin(Origin value) {
        return new Article(source, headline, byline, authors, published, updated, datesMentioned, language,
                paragraphs, captions, text, wordCount, removed, warnings, page, value);
    }

    public Article {
        Objects.requireNonNull(origin, "origin");
        authors = List.copyOf(authors);
        datesMentioned = List.copyOf(datesMentioned);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
