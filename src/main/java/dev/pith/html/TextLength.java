package dev.pith.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Whether an element's text is longer than a limit, without building it. {@link Element#text()} on every
 * element of a scan costs time in proportion to the page for each element (the visible-byline scan built the
 * text of containers holding the whole article: a fifth of the HTML path's time, JFR, dev pages); this stops
 * counting as soon as the limit is passed. jsoup's text keeps every character of the text nodes that is not
 * whitespace or invisible (it collapses and trims whitespace, no-break space included, and drops zero-width
 * characters and soft hyphens), so more such characters than the limit means a longer text.
 */
final class TextLength {
    private TextLength() {
    }

    /** True when {@code e.text().length() > limit} for certain; false means the text may still be longer. */
    static boolean surelyOver(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (isKept(s.charAt(i)) && ++count[0] > limit) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > limit;
    }

    /** The text of e when it is at most limit characters long, else null. */
    static String atMost(Element e, int limit) {
        if (surelyOver(e, limit)) {
            return null;
        }
        String text = e.text();
        return text.length() > limit ? null : text;
    }

    /**
     * A character jsoup's text normalisation keeps as it is: not whitespace (StringUtil.isActuallyWhitespace,
     * no-break space included) and not one of the invisible characters it drops (zero-width space, non-joiner,
     * joiner, soft hyphen).
     */
    private static boolean isKept(char c) {
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160
                || c == 8203 || c == 8204 || c == 8205 || c == 173);
    }
}
