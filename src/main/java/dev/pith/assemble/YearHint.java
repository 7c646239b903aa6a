package dev.pith.assemble;

import dev.pith.classify.Classification;
import dev.pith.classify.LabeledBlock;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import java.util.HashMap;
import java.util.Map;

/** The year the document's full dates name most often: what completes a date written without its year. */
final class YearHint {
    private static final int MAX_BLOCK = 2_000;

    private YearHint() {
    }

    static Integer of(Classification c) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (LabeledBlock b : c.blocks()) {
            if (b.text().length() > MAX_BLOCK || !hasDigit(b.text())) {
                continue;
            }
            for (DateMention d : DateFinder.find(b.text(), DateContext.none())) {
                if (d.iso() != null && !d.inferred()) {
                    counts.merge(Integer.parseInt(d.iso().substring(0, 4)), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * A date that states its year has a digit: blocks without one are not searched (the search over every block
     * was a seventh of the text core's time, JFR, dev dumps).
     */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
