package dev.pith.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * After some of the article, two or more blocks cut off with an ellipsis ("Police say the suspect fled …",
 * "Die neuen Farben…") a few blocks apart are a list of teasers of other stories, each the first words of its
 * story: their sentences are no part of the article. Rule source: the "more stories" and "top stories" boxes of news
 * sites cut each teaser at a fixed length and end it with an ellipsis, which a dump writes as a run of such lines
 * (dev corpus: they were kept as the body's last paragraphs, ten in a row on one page). Only at the end of the body:
 * an article's own lines may trail off ("Werkstück an den Anschlag anlegen…", the steps of a how-to), but more of
 * the article follows them.
 */
final class TruncatedTeasers implements Step {
    /** Ellipsis-ended blocks a list needs. */
    private static final int MIN_TEASERS = 2;
    /** Blocks from one teaser to the next at most. */
    private static final int MAX_GAP = 3;
    /** Words of the article before the list. */
    private static final int MIN_ARTICLE_WORDS = 100;
    /** Blocks of the body the page may still have after the list (a heading, a closing line). */
    private static final int MAX_AFTER = 2;

    @Override
    public Classification apply(Classification in) {
        List<Integer> cut = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (endsWithEllipsis(in.get(i).text())) {
                cut.add(i);
            }
        }
        Classification.Edit out = in.edit();
        int k = 0;
        while (k < cut.size()) {
            int end = k;
            while (end + 1 < cut.size() && cut.get(end + 1) - cut.get(end) <= MAX_GAP) {
                end++;
            }
            if (end - k + 1 >= MIN_TEASERS && TeaserCards.articleWordsBefore(in, cut.get(k)) >= MIN_ARTICLE_WORDS
                    && in.countAfter(Role.CONTENT, cut.get(end)) <= MAX_AFTER) {
                for (int m = k; m <= end; m++) {
                    int i = cut.get(m);
                    if (in.label(i).isContent()) {
                        out.relabel(i, Label.FURNITURE,
                                "in a run of " + (end - k + 1) + " teasers cut off with an ellipsis");
                    }
                }
            }
            k = end + 1;
        }
        return out.done();
    }

    /** The text ends with "…" or "...", perhaps after a space. */
    static boolean endsWithEllipsis(String text) {
        String t = text.stripTrailing();
        return t.endsWith("…") || t.endsWith("...");
    }
}
