package dev.pith.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element the article lives in: the page's own word for it first ({@code itemprop=articleBody},
 * a single {@code <article>} holding most of the prose), else the element whose paragraphs hold the most
 * prose (each paragraph of running text scores its length for its parent and half for its grandparent,
 * as Readability does). Returns null when no element holds enough prose to say.
 */
final class ContentRoot {
    private static final int MIN_PARAGRAPH_CHARS = 80;
    private static final Pattern LINKISH = Pattern.compile("^\\s*$");

    /** Share of the page's prose the root must hold for everything outside it to count as furniture. */
    private static final double CONFIDENT_SHARE = 0.6;

    private ContentRoot() {
    }

    /** True when the root holds most of the page's paragraph prose. */
    static boolean isConfident(Element root, Element body) {
        int total = proseChars(body);
        return root != null && total > 0 && proseChars(root) >= CONFIDENT_SHARE * total;
    }

    static Element find(Element body) {
        Elements marked = body.select("[itemprop=articleBody], [itemprop=articlebody]");
        Element best = largest(marked);
        if (best != null && proseChars(best) >= 300) {
            return best;
        }
        int total = proseChars(body);
        Element article = largest(body.select("article"));
        if (article != null && proseChars(article) >= 0.5 * total && total > 0) {
            return article;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, li, td")) {
            int chars = ownProse(p);
            if (chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) chars, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, chars / 2.0, Double::sum);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > topScore) {
                topScore = e.getValue();
                top = e.getKey();
            }
        }
        return topScore >= 400 ? top : null;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestChars = 0;
        for (Element e : candidates) {
            int c = proseChars(e);
            if (c > bestChars) {
                bestChars = c;
                best = e;
            }
        }
        return best;
    }

    /** Characters of paragraph text under an element, link text excluded. */
    private static int proseChars(Element e) {
        int sum = 0;
        for (Element p : e.select("p")) {
            sum += ownProse(p);
        }
        return sum;
    }

    private static int ownProse(Element p) {
        int all = p.text().length();
        int links = 0;
        for (Element a : p.select("a")) {
            links += a.text().length();
        }
        return LINKISH.matcher(p.text()).matches() ? 0 : Math.max(0, all - 2 * links);
    }
}
