package dev.pith.classify;

import dev.pith.segment.DumpStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The labels of one document's blocks at some point of the chain of steps. Immutable: a step returns a
 * new classification.
 *
 * @param style    how the dump was made
 * @param language ISO 639-1 code of the document's prose (given, or detected from the prose blocks when given as
 *                 "und"), "und" when undecided
 * @param blocks   every block of the document, in order, with its label
 */
public record Classification(DumpStyle style, String language, List<LabeledBlock> blocks) {
    /** The language of a document not yet decided. */
    public static final String UNDECIDED = "und";

    public Classification {
        blocks = List.copyOf(blocks);
    }

    public int size() {
        return blocks.size();
    }

    public LabeledBlock get(int i) {
        return blocks.get(i);
    }

    public Label label(int i) {
        return blocks.get(i).label();
    }

    /** A copy in which every block is replaced by what {@code change} returns for it. */
    public Classification map(UnaryOperator<LabeledBlock> change) {
        List<LabeledBlock> out = new ArrayList<>(blocks.size());
        for (LabeledBlock b : blocks) {
            out.add(change.apply(b));
        }
        return new Classification(style, language, out);
    }

    /** A copy with block {@code i} relabelled. */
    public Classification relabel(int i, Label label, String reason) {
        List<LabeledBlock> out = new ArrayList<>(blocks);
        out.set(i, blocks.get(i).with(label, reason));
        return new Classification(style, language, out);
    }

    /**
     * Relabels many blocks in one copy: a step that relabels in a loop uses this, since {@link #relabel} copies
     * the whole list each time (quadratic over a 200,000-line dump).
     */
    public Edit edit() {
        return new Edit(this);
    }

    /** Relabellings collected for one copy; see {@link #edit()}. Not thread-safe, used inside one step. */
    public static final class Edit {
        private final Classification from;
        private final List<LabeledBlock> blocks;

        private Edit(Classification from) {
            this.from = from;
            this.blocks = new ArrayList<>(from.blocks);
        }

        public Edit relabel(int i, Label label, String reason) {
            blocks.set(i, blocks.get(i).with(label, reason));
            return this;
        }

        public Classification done() {
            return new Classification(from.style, from.language, blocks);
        }
    }

    /** Index of the first block with the given label, -1 when none. */
    public int first(Label label) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).label() == label) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first block with the given role, -1 when none. */
    public int first(Role role) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).label().role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last block with the given role, -1 when none. */
    public int last(Role role) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).label().role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** How many blocks after block {@code i} have the given role. */
    public int countAfter(Role role, int i) {
        int n = 0;
        for (int k = i + 1; k < blocks.size(); k++) {
            if (blocks.get(k).label().role() == role) {
                n++;
            }
        }
        return n;
    }
}
