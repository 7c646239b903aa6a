package dev.pith.html;

import dev.pith.classify.Label;
import dev.pith.segment.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a page's body into blocks: every block-level element starts a new block, inline elements run
 * together, and scripts, styles, forms and hidden elements are skipped. Each block keeps what its
 * ancestors say (nav, footer, aside, class and id words such as "comments" or "share"). Iterative, so
 * deeply nested markup cannot overflow the stack. Holds state for one traversal only.
 */
final class DomBlocks implements NodeVisitor {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "select", "option", "button", "input", "textarea", "head", "math", "video",
            "audio", "map", "dialog");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "address", "form",
            "fieldset", "hr", "br", "center", "details", "summary", "body", "html", "td", "th", "legend", "menu");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final Element root;
    /** Whether blocks outside the root are furniture by that alone: when the root holds most of the prose. */
    private final boolean rootIsConfident;
    private final List<DomBlock> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private Element owner;
    private int skipDepth = -1;
    /** Depth of the article root while the traversal is inside it, else -1. */
    private int rootDepth = -1;
    private static final int MAX_ANCESTORS = 30;

    private DomBlocks(Element root, boolean rootIsConfident) {
        this.root = root;
        this.rootIsConfident = rootIsConfident;
    }

    /**
     * The blocks of {@code body}; {@code root} (may be null) is where the article lives, and blocks outside
     * it are hinted as furniture when {@code rootIsConfident}.
     */
    static List<DomBlock> of(Element body, Element root, boolean rootIsConfident) {
        DomBlocks v = new DomBlocks(root, rootIsConfident);
        NodeTraversor.traverse(v, body);
        v.flush();
        return v.out;
    }

    @Override
    public void head(Node node, int d) {
        if (skipDepth >= 0) {
            return;
        }
        if (node == root) {
            flush();
            rootDepth = d;
        }
        if (node instanceof Element e) {
            if (SKIP.contains(e.normalName()) || isHidden(e)) {
                skipDepth = d;
                return;
            }
            if (BLOCK.contains(e.normalName())) {
                flush();
                owner = e;
            } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                text.append(' ');
            }
        } else if (node instanceof TextNode t) {
            String s = t.getWholeText();
            text.append(s);
            if (insideLink(t)) {
                linkChars += s.strip().length();
            }
        }
    }

    @Override
    public void tail(Node node, int d) {
        if (skipDepth >= 0) {
            if (d == skipDepth) {
                skipDepth = -1;
            }
            return;
        }
        if (node instanceof Element e && BLOCK.contains(e.normalName())) {
            flush();
            owner = e.parent();
        }
        if (node == root) {
            flush();
            rootDepth = -1;
        }
    }

    private void flush() {
        String t = normalize(text);
        if (!t.isEmpty() && owner != null) {
            int line = owner.sourceRange().isTracked() ? owner.sourceRange().start().lineNumber() : 0;
            Block b = new Block(out.size(), Math.max(1, line), Math.max(1, line), t, isListItem(owner), true);
            Hint hint = hint(owner, t, linkChars);
            out.add(new DomBlock(b, hint == null ? null : hint.label, hint == null ? null : hint.reason,
                    headingLevel(owner), rootDepth >= 0));
        }
        text.setLength(0);
        linkChars = 0;
    }

    private record Hint(Label label, String reason) {
    }

    /** What the markup says about a block: the nearest telling element among its ancestors, the root excluded. */
    private Hint hint(Element e, String t, int links) {
        if (e.normalName().equals("figcaption") || hasAncestor(e, "figcaption")) {
            return new Hint(Label.CAPTION, "inside <figcaption>");
        }
        int up = 0;
        for (Element a = e; a != null && a != root && up < MAX_ANCESTORS; a = a.parent(), up++) {
            switch (a.normalName()) {
                case "nav" -> {
                    return new Hint(Label.NAVIGATION, "inside <nav>");
                }
                case "footer" -> {
                    if (rootDepth < 0) {
                        return new Hint(Label.FOOTER, "inside the page's <footer>");
                    }
                }
                case "aside" -> {
                    return new Hint(Label.FURNITURE, "inside <aside>");
                }
                case "form" -> {
                    return new Hint(Label.FURNITURE, "inside a <form>");
                }
                default -> {
                }
            }
            Label byName = classHint(a);
            if (byName != null) {
                return new Hint(byName, "inside an element named \"" + (a.id().isEmpty() ? a.className() : a.id()) + "\"");
            }
        }
        int chars = t.length();
        if (rootDepth < 0 && chars > 0 && links > 0.6 * chars && t.split("\\s+").length < 40) {
            return new Hint(Label.FURNITURE, "mostly link text, outside the article element");
        }
        if (rootIsConfident && root != null && rootDepth < 0 && headingLevel(e) != 1) {
            return new Hint(Label.FURNITURE, "outside the page's article element");
        }
        return null;
    }

    /** A boilerplate kind from the class and id words of an element ("comments", "share-bar", "ad-slot"). */
    static Label classHint(Element a) {
        String names = (a.id() + " " + a.className()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return null;
        }
        for (String w : WORD_SPLIT.split(names)) {
            switch (w) {
                case "comment", "comments", "disqus", "respond", "replies" -> {
                    return Label.COMMENTS;
                }
                case "share", "sharing", "social", "sharebar", "socials" -> {
                    return Label.SHARE;
                }
                case "related", "recommended", "recommendations", "outbrain", "taboola", "readmore", "teaser", "teasers" -> {
                    return Label.RELATED;
                }
                case "newsletter", "subscribe", "subscription", "signup", "paywall" -> {
                    return Label.PROMPT;
                }
                case "cookie", "cookies", "consent", "gdpr" -> {
                    return Label.COOKIE;
                }
                case "ad", "ads", "advert", "advertisement", "adslot", "sponsored", "promo", "dfp" -> {
                    return Label.ADVERTISING;
                }
                case "breadcrumb", "breadcrumbs", "menu", "navbar", "navigation", "nav", "pagination", "skip" -> {
                    return Label.NAVIGATION;
                }
                case "footer", "copyright", "colophon" -> {
                    return Label.FOOTER;
                }
                case "sidebar", "widget", "rail" -> {
                    return Label.FURNITURE;
                }
                case "popular", "trending", "mostread", "mostpopular" -> {
                    return Label.MOST_READ;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean insideLink(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e) {
                if (e.normalName().equals("a")) {
                    return true;
                }
                if (BLOCK.contains(e.normalName())) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean hasAncestor(Element e, String tag) {
        int up = 0;
        for (Element a = e.parent(); a != null && up < MAX_ANCESTORS; a = a.parent(), up++) {
            if (a.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListItem(Element e) {
        return e != null && e.normalName().equals("li");
    }

    private static int headingLevel(Element e) {
        String n = e == null ? "" : e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6' ? n.charAt(1) - '0' : 0;
    }

    private static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
