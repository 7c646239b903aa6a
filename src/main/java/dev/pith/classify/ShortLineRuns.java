package dev.pith.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs of short lines in which lines of one kind (an ingredient's amount, a line of code) stand at most a few lines
 * apart: the shape a dump gives a list or a listing it writes one line per item, where the position and link-list
 * rules take the short lines for furniture. Shared by {@link QuantityLists} and {@link CodeLines}, which tell the
 * kind of line and what a run needs.
 */
final class ShortLineRuns {
    /** A run: its first and last line of the kind, and every line of the kind in it, in order. */
    record Run(int first, int last, List<Integer> members) {
    }

    private ShortLineRuns() {
    }

    /** Labels a run may take lines from: the guesses of the position and shape rules, no stated kind. */
    static boolean isMovable(Label l) {
        return l == Label.FURNITURE || l == Label.OTHER_TEXT || l == Label.UNDECIDED;
    }

    /** A line a run may hold: at most {@code maxWords} words, a guess of the rules or a line of the article. */
    static boolean isShort(LabeledBlock b, int maxWords) {
        return b.features().words() <= maxWords && (isMovable(b.label()) || b.label().isContent());
    }

    /**
     * The runs whose first member stands from {@code from} to {@code to}: each starts at a member and goes on through
     * short lines while the next member is at most {@code maxGap} lines after the last one.
     */
    static List<Run> find(Classification in, int from, int to, int maxWords, int maxGap,
            Predicate<LabeledBlock> member) {
        List<Run> runs = new ArrayList<>();
        int i = from;
        while (i <= to) {
            if (!member.test(in.get(i))) {
                i++;
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(i));
            int last = i;
            for (int j = i + 1; j < in.size() && j - last <= maxGap + 1 && isShort(in.get(j), maxWords); j++) {
                if (member.test(in.get(j))) {
                    last = j;
                    members.add(j);
                }
            }
            runs.add(new Run(i, last, List.copyOf(members)));
            i = last + 1;
        }
        return runs;
    }

    /** Gives the run's movable lines, members and the short lines between them, the label and the reason. */
    static void relabel(Classification.Edit out, Classification in, Run run, Label label, String reason) {
        for (int k = run.first(); k <= run.last(); k++) {
            if (isMovable(in.label(k))) {
                out.relabel(k, label, reason);
            }
        }
    }
}
