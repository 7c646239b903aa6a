package dev.pith.classify;

/**
 * Finds the article as the run of blocks with the most prose in it: each block scores its words when it
 * reads like running text and a penalty when it is short, list-like or known furniture, and the run with
 * the highest total (the maximum-sum segment) is the article. Rule source: Finn, Kushmerick and Smyth's
 * body text extraction (2001), moved from tags to text blocks; penalties measured on the dev corpus.
 * Undecided blocks inside the run become paragraphs; outside it, furniture or other text.
 */
final class MainRegion implements Step {

    @Override
    public Classification apply(Classification in) {
        int n = in.size();
        if (n == 0) {
            return in;
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestStart = 0;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            double s = score(in.get(i));
            if (run <= 0) {
                run = s;
                runStart = i;
            } else {
                run += s;
            }
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        if (best <= 0) {
            return in.map(b -> b.label() == Label.UNDECIDED ? outside(b, "no run of prose in the document") : b);
        }
        final int start = bestStart;
        final int end = bestEnd;
        return in.map(b -> {
            if (b.label() != Label.UNDECIDED) {
                return b;
            }
            int i = b.index();
            if (i < start) {
                return outside(b, "before the article's main run of prose");
            }
            if (i > end) {
                return outside(b, "after the article's main run of prose");
            }
            return b.with(Label.PARAGRAPH, "inside the article's main run of prose");
        });
    }

    private static LabeledBlock outside(LabeledBlock b, String where) {
        return b.features().isProse()
                ? b.with(Label.OTHER_TEXT, "prose " + where)
                : b.with(Label.FURNITURE, "short text " + where);
    }

    /** How much a block speaks for being inside the article. */
    static double score(LabeledBlock b) {
        Features f = b.features();
        Label l = b.label();
        if (l.isBoilerplate()) {
            return switch (l) {
                case ADVERTISING -> -3;
                case SHARE, RELATED, PROMPT -> -8;
                case COMMENTS, FOOTER, COOKIE, MOST_READ, PAYWALL -> -30;
                default -> -10;
            };
        }
        if (l.role() == Role.METADATA || l.role() == Role.CAPTION) {
            return -1;
        }
        int w = f.words();
        if (w >= 10 && f.sentenceEnd()) {
            return w;
        }
        if (w >= 25) {
            return 0.6 * w;
        }
        if (w >= 5 && f.sentenceEnd()) {
            return 0.3 * w;
        }
        return -(1 + 0.5 * Math.min(w, 10));
    }
}
