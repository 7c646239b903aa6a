package dev.pith.classify;

import dev.pith.byline.BylineParser;

/**
 * A short line that states a byline ("By X", "Von X", "Autor: X", "Posted on ... by X") is the byline,
 * near the article; a line that is only a name is the byline when it stands right beside the headline
 * or a dateline. Bylines far from the article (in comments, in teasers)
 * are left to the other steps. Rule source: byline conventions of news and blog templates.
 */
final class Bylines implements Step {
    private static final int MAX_WORDS = 22;
    /** How many blocks around the headline and the first paragraph a byline may stand. */
    private static final int NEAR = 4;

    @Override
    public Classification apply(Classification in) {
        int headline = indexOf(in, Label.HEADLINE);
        int start = in.first(Role.CONTENT);
        int end = in.last(Role.CONTENT);
        Classification out = in;
        boolean found = false;
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            if (!claimable(b) || !near(i, headline, start, end)) {
                continue;
            }
            if (BylineParser.parse(b.text()).isPresent()) {
                out = out.relabel(i, Label.BYLINE, "states a byline");
                found = true;
            }
        }
        if (found) {
            return out;
        }
        // a bare name: first right under the headline, then beside a dateline
        if (headline >= 0) {
            for (int i = headline + 1; i <= headline + 2 && i < in.size(); i++) {
                if (claimable(in.get(i)) && BylineParser.parseLenient(in.get(i).text()).isPresent()) {
                    return out.relabel(i, Label.BYLINE, "a name right under the headline");
                }
            }
        }
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            boolean besideDateline = isDateline(in, i - 1) || isDateline(in, i + 1);
            if (claimable(b) && besideDateline && near(i, headline, start, end)
                    && BylineParser.parseLenient(b.text()).isPresent()) {
                return out.relabel(i, Label.BYLINE, "a name beside a dateline");
            }
        }
        return out;
    }

    private static boolean isDateline(Classification c, int i) {
        return i >= 0 && i < c.size() && c.label(i) == Label.DATELINE;
    }

    private static boolean claimable(LabeledBlock b) {
        Label l = b.label();
        return b.features().words() <= MAX_WORDS && b.features().furniture() == null
                && (l == Label.FURNITURE || l == Label.PARAGRAPH || l == Label.SUBHEADING || l == Label.DATELINE);
    }

    /** Around the headline, or inside or just around the article. */
    private static boolean near(int i, int headline, int start, int end) {
        if (headline >= 0 && i >= headline - 1 && i <= headline + 3 * NEAR) {
            return true;
        }
        return start >= 0 && i >= start - NEAR && i <= end + NEAR;
    }

    private static int indexOf(Classification c, Label label) {
        for (int i = 0; i < c.size(); i++) {
            if (c.label(i) == label) {
                return i;
            }
        }
        return -1;
    }
}
