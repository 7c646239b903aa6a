package dev.pith.eval;

import java.util.List;
import java.util.Locale;

/** Scores laid out for people: one row per input variant. */
public final class Report {
    private Report() {
    }

    public static String table(List<VariantScores> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %5s %8s %8s %8s %8s %8s %8s %9s %7s%n", "variant", "docs", "body F1",
                "snippet", "headline", "author", "date", "failures", "docs/s", "MB/s"));
        for (VariantScores s : rows) {
            b.append(String.format(Locale.ROOT, "%-10s %5d %8.3f %8.3f %8.3f %8.3f %8.3f %8d %9.1f %7.2f%n",
                    s.variant().id(), s.documents(), s.bodyF1(), s.snippetF1(), s.headlineAccuracy(), s.authorAccuracy(),
                    s.dateAccuracy(), s.failures(), s.documentsPerSecond(), s.megabytesPerSecond()));
        }
        return b.toString();
    }
}
