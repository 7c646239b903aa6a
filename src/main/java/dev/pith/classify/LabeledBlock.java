package dev.pith.classify;

import dev.pith.segment.Block;

/**
 * A block with its features, its label and the reason for it.
 *
 * @param block    the segmented block
 * @param features what the steps measured in it
 * @param label    its kind
 * @param reason   the rule that gave the label, readable by a person
 */
public record LabeledBlock(Block block, Features features, Label label, String reason) {

    public LabeledBlock with(Label newLabel, String newReason) {
        return new LabeledBlock(block, features, newLabel, newReason);
    }

    public String text() {
        return block.text();
    }

    public int index() {
        return block.index();
    }
}
