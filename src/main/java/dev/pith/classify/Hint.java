package dev.pith.classify;

/**
 * A label decided before the chain runs, by what the input's markup says (a block inside {@code <nav>} is
 * navigation). The steps leave hinted blocks alone, as they leave any decided block.
 *
 * @param label  the label
 * @param reason why, readable by a person
 */
public record Hint(Label label, String reason) {
}
