package dev.pith.classify;


/**
 * Second opinion on the rules' body decisions: a logistic model trained on the dev corpus (labels from
 * aligning each dump with its gold article) reads each block's shape, the rules' label and its
 * neighbours, and moves blocks into or out of the body where it is confident. Metadata, captions and
 * phrase-matched furniture keep the rules' label. Rule source: {@code TrainContentModel}.
 */
final class LearnedContent implements Step {
    /** How far past the threshold the model must be to overrule the rules, measured on held-out pages. */
    private static final double MARGIN = 0.2;
    private final LogisticModel model;

    LearnedContent(LogisticModel model) {
        this.model = model;
    }

    @Override
    public Classification apply(Classification in) {
        if (model == null || in.size() == 0) {
            return in;
        }
        BlockFeatures.DocumentStats stats = new BlockFeatures.DocumentStats(in);
        Classification.Edit out = in.edit();
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            if (!isDecidable(b)) {
                continue;
            }
            double[] x = BlockFeatures.of(in, i, stats);
            double p = model.probability(x);
            boolean ruledContent = b.label().isContent();
            // overrule the rules only when confident: a margin on either side of the threshold
            boolean content = ruledContent ? p >= model.threshold() - MARGIN : p >= model.threshold() + MARGIN;
            if (content == ruledContent) {
                continue;
            }
            String why = "model p=" + Decimals.format(p, 2, false) + " (" + String.join(", ", model.topFactors(x, 3)) + ")";
            if (content) {
                out.relabel(i, Label.PARAGRAPH, why);
            } else {
                out.relabel(i, b.features().isProse() ? Label.OTHER_TEXT : Label.FURNITURE, why);
            }
        }
        return out.done();
    }

    static boolean isDecidable(LabeledBlock b) {
        Label l = b.label();
        return l.isContent() || l == Label.FURNITURE || l == Label.OTHER_TEXT;
    }
}
