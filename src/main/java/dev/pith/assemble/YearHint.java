package dev.pith.assemble;

import dev.pith.classify.Classification;
import dev.pith.classify.LabeledBlock;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year the document's full dates name most often: what completes a date written without its year. The search
 * for it reads every block's dates, so it keeps the blocks' results that no year hint or reference date could
 * change, for the body's mentioned dates to reuse ({@link #found}): the same blocks were searched twice (a third of
 * the date search's time, JFR, dev dumps).
 *
 * @param year  the year, null when the document names none
 * @param found per block text, the mentions found without a context, kept only where the search did not need one
 */
record YearHint(Integer year, Map<String, List<DateMention>> found) {
    private static final int MAX_BLOCK = 2_000;

    static YearHint of(Classification c) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<String, List<DateMention>> found = new HashMap<>();
        for (LabeledBlock b : c.blocks()) {
            if (b.text().length() > MAX_BLOCK || !DateFinder.hasDigit(b.text())) {
                continue;
            }
            DateFinder.Found f = DateFinder.search(b.text(), DateContext.none());
            if (!f.readYearOrDay()) {
                found.put(b.text(), f.mentions());
            }
            for (DateMention d : f.mentions()) {
                if (d.iso() != null && !d.inferred()) {
                    counts.merge(Integer.parseInt(d.iso().substring(0, 4)), 1, Integer::sum);
                }
            }
        }
        Integer year = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(null);
        return new YearHint(year, found);
    }

    /**
     * The dates a text mentions under {@code context} (whose numeric dates are read day first, as
     * {@link DateContext#none()}'s): the kept result when there is one, else a search.
     */
    List<DateMention> mentions(String text, DateContext context) {
        List<DateMention> kept = context.monthFirst() ? null : found.get(text);
        return kept != null ? kept : DateFinder.find(text, context);
    }
}
