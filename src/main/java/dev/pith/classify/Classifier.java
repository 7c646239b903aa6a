package dev.pith.classify;

import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The classify stage: gives every block a label by a short chain of named steps, each one decision.
 * Stateless and thread-safe.
 */
public final class Classifier {
    private static final List<Step> CHAIN = List.of(
            new FurniturePhrases(),
            new CommentsSection(),
            new Timestamps(),
            new MainRegion(),
            new SectionHeaders(),
            new Captions(),
            new LinkLists(),
            new Headline(),
            new Subheadings(),
            new QuotesAndLists());

    private Classifier() {
    }

    /** Labels the blocks of one document. */
    public static Classification classify(List<Block> blocks, DumpStyle style, String language) {
        return run(blocks, style, language, null);
    }

    /** Like {@link #classify} but reports every step's result to {@code trace}, for debugging. */
    public static Classification classify(List<Block> blocks, DumpStyle style, String language, StepTrace trace) {
        return run(blocks, style, language, trace);
    }

    private static Classification run(List<Block> blocks, DumpStyle style, String language, StepTrace trace) {
        List<LabeledBlock> start = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            start.add(new LabeledBlock(b, FeatureExtractor.of(b), Label.UNDECIDED, "not decided"));
        }
        Classification c = new Classification(style, language, start);
        for (Step step : CHAIN) {
            c = step.apply(c);
            if (trace != null) {
                trace.after(step.name(), c);
            }
        }
        return c.map(b -> b.label() == Label.UNDECIDED ? b.with(Label.FURNITURE, "no step claimed it") : b);
    }

    /** Receives the labels after each step. */
    @FunctionalInterface
    public interface StepTrace {
        void after(String step, Classification labels);
    }
}
