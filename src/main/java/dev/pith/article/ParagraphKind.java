package dev.pith.article;

/** What a paragraph of the article body is. */
public enum ParagraphKind {
    PARAGRAPH, SUBHEADING, QUOTE, LIST_ITEM
}
