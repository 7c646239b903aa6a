package dev.pith.article;

/**
 * A block of the input that is not part of the article, with what kind of furniture it is and why.
 *
 * @param kind   the boilerplate kind, lower case ("advertising", "most_read", ...)
 * @param text   the block's text
 * @param lines  the input lines it comes from, "12" or "12-14"
 * @param reason the rule that removed it, readable by a person
 */
public record RemovedBlock(String kind, String text, String lines, String reason) {
}
