package dev.pith.article;

import java.util.Objects;

/**
 * One paragraph of the article body, in reading order.
 *
 * @param kind  paragraph, subheading, quote or list item
 * @param text  the text as it stands in the input (white space normalised)
 * @param lines the input lines it comes from, "12" or "12-14"
 */
public record Paragraph(ParagraphKind kind, String text, String lines) {
    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
