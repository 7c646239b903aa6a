package dev.pith.classify;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Picks the headline among the short lines above the article: a title-shaped line (a few words, no final
 * full stop, not furniture) close to where the prose starts, preferred when the page repeats it (the
 * page title above, a share text) — pages print their headline more than once. Other copies of it are
 * labelled duplicates. Rule source: news page layout (title, then dek, byline and body).
 */
final class Headline implements Step {
    private static final int WINDOW = 60;
    /** How far into the article the headline may stand (pages that put a teaser above it). */
    private static final int INSIDE = 6;

    @Override
    public Classification apply(Classification in) {
        int start = in.first(Role.CONTENT);
        if (start < 0) {
            start = Math.min(in.size(), 3);
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int end = Math.min(in.size(), start + INSIDE);
        for (int i = Math.max(0, start - WINDOW); i < end; i++) {
            LabeledBlock b = in.get(i);
            if (!eligible(b)) {
                continue;
            }
            double s = score(in, i, start);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        if (best < 0) {
            return in;
        }
        String key = key(in.get(best).text());
        Classification out = in.relabel(best, Label.HEADLINE, "title-shaped line above the article");
        for (int i = 0; i < in.size(); i++) {
            if (i == best || in.label(i).role() == Role.CONTENT) {
                continue;
            }
            String other = key(in.get(i).text());
            if (other.equals(key) || (i == 0 && other.length() > key.length() && other.contains(key))) {
                out = out.relabel(i, Label.DUPLICATE, "repeats the headline");
            }
        }
        return out;
    }

    private static boolean eligible(LabeledBlock b) {
        Features f = b.features();
        if (b.label() != Label.FURNITURE && b.label() != Label.UNDECIDED && b.label() != Label.PARAGRAPH) {
            return false;
        }
        if (b.label() == Label.PARAGRAPH && (f.sentenceEnd() || f.words() > 25)) {
            return false;
        }
        String t = b.text();
        return f.words() >= 2 && f.words() <= 35 && f.digitShare() < 0.4 && !t.endsWith(".") && !t.endsWith(",")
                && !t.endsWith(":") && !b.block().bulleted();
    }

    private static double score(Classification in, int i, int start) {
        LabeledBlock b = in.get(i);
        Features f = b.features();
        int between = Math.abs(start - i - 1);
        double s = -0.5 * Math.min(between, 10) - 0.05 * Math.max(0, between - 10);
        if (i >= start) {
            s -= 1.5;
        }
        Label next = i + 1 < in.size() ? in.label(i + 1) : null;
        if (next == Label.DATELINE || next == Label.CAPTION || (next != null && next.role() == Role.CONTENT)) {
            s += 1.5;
        }
        if (isShortFurniture(in, i - 1) && isShortFurniture(in, i + 1)) {
            s -= 1.5;
        }
        if (f.words() >= 4 && f.words() <= 20) {
            s += 2;
        } else if (f.words() <= 3) {
            s += 0.3;
        }
        String key = key(b.text());
        for (int j = 0; j < in.size(); j++) {
            if (j == i) {
                continue;
            }
            String other = key(in.get(j).text());
            if (other.equals(key)) {
                s += 3.5;
                break;
            }
            if (j == 0 && other.length() > key.length() && other.contains(key)) {
                s += 3.5;
                break;
            }
        }
        if (f.capitalShare() > 0.6) {
            s += 0.5;
        }
        String t = b.text();
        if (t.contains(" | ") || t.contains(" - ") || t.contains(" – ") || t.contains(" — ")) {
            s -= 1;
        }
        return s;
    }

    private static boolean isShortFurniture(Classification in, int i) {
        return i >= 0 && i < in.size() && in.label(i).isBoilerplate() && in.get(i).features().words() <= 6;
    }

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
