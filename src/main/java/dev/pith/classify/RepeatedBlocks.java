package dev.pith.classify;

import java.util.HashMap;
import java.util.Map;

/**
 * A block whose text already stood earlier in the document is a repeat (gallery captions, teasers shown
 * twice, sticky headers): the later copies are duplicates, so the record never holds the same text twice.
 * Short lines are left to the other steps (menus repeat words like "Share" legitimately).
 * Rule source: page templates render the same component more than once; articles do not repeat
 * paragraphs.
 */
final class RepeatedBlocks implements Step {
    private static final int MIN_WORDS = 6;

    @Override
    public Classification apply(Classification in) {
        Map<String, Integer> firstSeen = new HashMap<>();
        Classification.Edit out = in.edit();
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            if (b.features().words() < MIN_WORDS || b.label() != Label.UNDECIDED) {
                continue;
            }
            Integer first = firstSeen.putIfAbsent(b.text(), i);
            if (first != null) {
                out.relabel(i, Label.DUPLICATE, "repeats block " + in.get(first).block().lines());
            }
        }
        return out.done();
    }
}
