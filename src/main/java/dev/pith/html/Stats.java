package dev.pith.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one iterative pass: visible characters (white space
 * not counted), characters inside links, commas, and counts of paragraphs, list items, images and headings.
 */
final class Stats {
    static final class S {
        int chars;
        int links;
        int commas;
        int paragraphs;
        int items;
        int images;
        int headingChars;
        int embeds;

        double linkDensity() {
            return chars == 0 ? 0 : (double) links / chars;
        }
    }

    private static final S EMPTY = new S();
    private final Map<Element, S> map = new IdentityHashMap<>();

    static Stats of(Element root) {
        Stats st = new Stats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null) {
                    Element p = t.parent();
                    String s = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00a0') {
                            chars++;
                            if (c == ',' || c == '，' || c == '、' || c == '،') {
                                commas++;
                            }
                        }
                    }
                    S ps = st.get(p);
                    ps.chars += chars;
                    ps.commas += commas;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                S s = st.get(e);
                switch (e.normalName()) {
                    case "a" -> s.links = s.chars;
                    case "p" -> s.paragraphs++;
                    case "li" -> s.items++;
                    case "img", "picture" -> s.images++;
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headingChars = s.chars;
                    case "embed", "object", "iframe", "video" -> s.embeds++;
                    default -> {
                    }
                }
                if (e.parent() != null && e != root) {
                    S p = st.get(e.parent());
                    p.chars += s.chars;
                    p.links += s.links;
                    p.commas += s.commas;
                    p.paragraphs += s.paragraphs;
                    p.items += s.items;
                    p.images += s.images;
                    p.headingChars += s.headingChars;
                    p.embeds += s.embeds;
                }
            }
        }, root);
        return st;
    }

    S get(Element e) {
        return map.computeIfAbsent(e, k -> new S());
    }

    S peek(Element e) {
        S s = map.get(e);
        return s == null ? EMPTY : s;
    }
}
