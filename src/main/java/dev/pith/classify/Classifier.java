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
    /** The rules, in order; the learned content model refines what they leave. */
    static final List<Step> RULES = rules(LogisticModel.headline());
    private static final List<Step> CHAIN = chain(RULES, LogisticModel.shipped(), SmoothingModel.shipped());

    private Classifier() {
    }

    /** The rules, with the given headline model. */
    static List<Step> rules(LogisticModel headlineModel) {
        return List.of(
                new FurniturePhrases(),
                new RepeatedBlocks(),
                new CommentsSection(),
                new Timestamps(),
                new MainRegion(),
                new SectionHeaders(),
                new Captions(),
                new LinkLists(),
                new QuantityLists(),
                new Headline(headlineModel),
                new Bylines(),
                new Subheadings(),
                new QuotesAndLists());
    }

    private static List<Step> chain(List<Step> rules, LogisticModel model, SmoothingModel smoothing) {
        List<Step> steps = new ArrayList<>(rules);
        steps.addAll(refinements(model, smoothing));
        return List.copyOf(steps);
    }

    /**
     * The steps after the rules: the learned content model, the smoothing of its decisions over the sequence,
     * then the paragraph kinds of what they moved.
     */
    static List<Step> refinements(LogisticModel model, SmoothingModel smoothing) {
        return List.of(new LearnedContent(model),
                new ContentSmoothing(model, smoothing),
                // the model sees a list's short lines as furniture at its ends: a list of quantities stays whole
                new QuantityLists(),
                // likewise a listing of code between the article's paragraphs
                new CodeLines(),
                // after the model, which reads a teaser's standfirst as prose
                new TeaserCards(),
                // likewise teasers without dates, cut off with an ellipsis
                new TruncatedTeasers(),
                // after the model, which reads an author's bio as the article's last paragraph
                new AuthorBio(),
                // likewise, the box about the author or the publisher under its heading
                new AboutBox(),
                // blocks moved into the body get their paragraph kind like the others
                new Subheadings(),
                new QuotesAndLists());
    }

    /** Runs {@link #refinements} on what the rules labelled, and closes the undecided blocks. */
    static Classification refine(Classification ruled, LogisticModel model, SmoothingModel smoothing) {
        Classification c = ruled;
        for (Step step : refinements(model, smoothing)) {
            c = step.apply(c);
        }
        return close(c);
    }

    private static Classification close(Classification c) {
        return c.map(b -> b.label() == Label.UNDECIDED ? b.with(Label.FURNITURE, "no step claimed it") : b);
    }

    /** The rules alone, without the learned model: what the model is trained on. */
    static Classification classifyWithRules(List<Block> blocks, DumpStyle style, String language) {
        Classification c = initial(blocks, style, language);
        for (Step step : RULES) {
            c = step.apply(c);
        }
        return c;
    }

    static Classification initialFor(List<Block> blocks, DumpStyle style, String language) {
        return initial(blocks, style, language);
    }

    private static Classification initial(List<Block> blocks, DumpStyle style, String language) {
        List<LabeledBlock> start = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            start.add(new LabeledBlock(b, FeatureExtractor.of(b), Label.UNDECIDED, "not decided"));
        }
        return new Classification(style, Classification.UNDECIDED.equals(language)
                ? BlockFeatures.DocumentStats.proseLanguage(start) : language, start);
    }

    /** Labels the blocks of one document. */
    public static Classification classify(List<Block> blocks, DumpStyle style, String language) {
        return run(blocks, style, language, null);
    }

    /** Labels the blocks of one document, some decided beforehand by {@code hints} (index-aligned, nulls allowed). */
    public static Classification classify(List<Block> blocks, DumpStyle style, String language, Hint[] hints) {
        Classification c = initial(blocks, style, language);
        c = c.map(b -> {
            Hint h = b.index() < hints.length ? hints[b.index()] : null;
            return h == null ? b : b.with(h.label(), "markup: " + h.reason());
        });
        for (Step step : CHAIN) {
            c = step.apply(c);
        }
        return close(c);
    }

    /** Like {@link #classify} but reports every step's result to {@code trace}, for debugging. */
    public static Classification classify(List<Block> blocks, DumpStyle style, String language, StepTrace trace) {
        return run(blocks, style, language, trace);
    }

    /** With other models than the shipped ones: for cross-validation. */
    static Classification classifyWith(List<Block> blocks, DumpStyle style, String language, LogisticModel headline,
                                       LogisticModel content, SmoothingModel smoothing) {
        return run(chain(rules(headline), content, smoothing), blocks, style, language, null);
    }

    private static Classification run(List<Block> blocks, DumpStyle style, String language, StepTrace trace) {
        return run(CHAIN, blocks, style, language, trace);
    }

    private static Classification run(List<Step> chain, List<Block> blocks, DumpStyle style, String language,
                                      StepTrace trace) {
        Classification c = initial(blocks, style, language);
        for (Step step : chain) {
            c = step.apply(c);
            if (trace != null) {
                trace.after(step.name(), c);
            }
        }
        return close(c);
    }

    /** Receives the labels after each step. */
    @FunctionalInterface
    public interface StepTrace {
        void after(String step, Classification labels);
    }
}
