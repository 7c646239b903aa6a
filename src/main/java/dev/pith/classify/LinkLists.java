package dev.pith.classify;

/**
 * Inside the article, a run of three or more short lines that neither end like sentences nor carry list
 * markers is a block of links (related stories, tags, a menu) that the page put between paragraphs.
 * Rule source: link lists render as runs of short lines in browser copies; prose never does.
 */
final class LinkLists implements Step {
    private static final int MIN_RUN = 3;
    private static final int MAX_WORDS = 14;

    @Override
    public Classification apply(Classification in) {
        Classification.Edit out = in.edit();
        int i = 0;
        while (i < in.size()) {
            int j = i;
            while (j < in.size() && isShortLine(in.get(j))) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                for (int k = i; k < j; k++) {
                    if (in.label(k) == Label.PARAGRAPH) {
                        out.relabel(k, Label.FURNITURE, "in a run of " + (j - i) + " short lines (a link list)");
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return out.done();
    }

    private static boolean isShortLine(LabeledBlock b) {
        Features f = b.features();
        if (b.block().bulleted() || f.sentenceEnd() || f.words() > MAX_WORDS) {
            return false;
        }
        Label l = b.label();
        return l == Label.PARAGRAPH || l.isBoilerplate() || l == Label.DATELINE;
    }
}
