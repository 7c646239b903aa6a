package dev.pith.html;

import dev.pith.article.Paragraph;
import dev.pith.article.ParagraphKind;
import dev.pith.article.RemovedBlock;
import dev.pith.assemble.WordCount;
import dev.pith.classify.FurnitureText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's article body in its DOM and writes it out as paragraphs.
 * <ol>
 * <li>Cleaning: scripts, styles, forms controls, hidden elements, {@code nav}, {@code aside}, page headers and
 * footers outside the article, and (first try) containers whose class or id names say furniture are removed,
 * each with its kind and reason.</li>
 * <li>Scoring, as Readability does: every paragraph of 25 characters or more scores 1, plus its commas, plus one
 * per 100 characters (at most 3), for its parent, half for its grandparent and less for three more ancestors;
 * ancestors start from their tag and their class words (content words +25, furniture words -25), and end
 * scaled by their share of text outside links; the loose text of a div with block children scores as its own
 * paragraph. The top candidate moves, as in Readability, to an ancestor it shares with three near-top
 * candidates, to a parent that scores higher, and to the wrapper it is the only child of; then it is widened to
 * the {@code <article>} or {@code itemprop=articleBody} around it, and joined by its siblings that score near it.</li>
 * <li>Writing: block elements give one paragraph each, inline elements run together as written; headings h2-h6
 * are subheadings, {@code li} list items, {@code blockquote} quotes, table rows one paragraph each; figcaptions
 * and credits are captions. Inside the body, containers named as furniture, link lists, and link-heavy or
 * near-empty boxes are removed (as Readability's conditional cleaning); of the article's own {@code <header>},
 * only the standfirst and subheadings are kept.</li>
 * </ol>
 * Iterative throughout: deep nesting cannot overflow the stack. One instance per page; not thread-safe.
 */
final class BodyExtractor {
    private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "canvas", "rt", "rp",
            "iframe", "object", "embed", "select", "option", "button", "input", "textarea", "math", "video", "audio",
            "map", "dialog", "link", "meta", "head", "source", "track", "param");
    /**
     * Junk whose content is no text of the page: dropped without a trace. Other junk with text goes to removed.
     * Ruby annotations ({@code rt}, with their fallback parentheses {@code rp}) are the readings printed over the
     * characters of Japanese and Chinese text, not words of it (dev corpus: a Japanese news page for learners).
     */
    private static final Set<String> CODE = Set.of("script", "style", "noscript", "template", "rt", "rp", "link", "meta", "head",
            "source", "track", "param");
    private static final Set<String> CONTROLS = Set.of("select", "option", "button", "input", "textarea");
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure",
            "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "address", "form", "fieldset",
            "hr", "center", "details", "summary", "body", "html", "legend", "menu", "hgroup", "picture");
    private static final Set<String> SCORED = Set.of("p", "pre", "td");
    private static final Set<String> BLOCK_CHILD = Set.of("p", "div", "section", "article", "table", "ul", "ol",
            "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "aside");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Lines that are furniture wherever they stand, in the languages of the corpus. */
    private static final Set<String> FURNITURE_LINES = Set.of("advertisement", "advertisment", "anzeige", "werbung",
            "publicité", "publicite", "publicidad", "pubblicità", "reklama", "ad", "sponsored", "share", "share this",
            "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "email",
            "e-mail", "print", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "read more", "continue reading",
            "related", "related articles", "related stories", "related posts", "comments", "leave a comment",
            "skip to content", "weiterlesen", "mehr zum thema", "lesen sie auch", "lire aussi", "à lire aussi",
            "leer más", "lee también", "leggi anche", "czytaj także", "czytaj też", "zobacz też", "zobacz także",
            "close", "menu", "loading", "sign up", "subscribe", "image", "photo", "video", "top", "back to top",
            "advertisement - scroll to continue", "story continues below advertisement", "artikel teilen", "teilen",
            "partager", "compartir", "condividi", "udostępnij", "drucken", "imprimer", "see also", "more", "show more");
    private static final Pattern READ_ALSO = Pattern.compile(
            "^(?:read more|read also|also read|see also|related|more|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi"
                    + "|à lire aussi|a lire aussi|leer más|lee también|leggi anche|czytaj (?:także|też|więcej)"
                    + "|zobacz (?:też|także)|siehe auch|schon gelesen|mehr themen|zum weiterlesen|weitere artikel"
                    + "|(?:le|te) puede interesar|vea también|ver también|lea también|mira|leia também|veja também"
                    + "|leia mais|vedi anche)\\s*[:>»?]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final boolean stripUnlikely;
    private final List<RemovedBlock> removed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Stats stats;

    private BodyExtractor(boolean stripUnlikely) {
        this.stripUnlikely = stripUnlikely;
    }

    /** What came out of the body. */
    record Result(List<Paragraph> paragraphs, List<String> captions, List<RemovedBlock> removed, List<String> notes,
                  int chars) {
    }

    /** Extracts the article body of {@code body}, removing what it does not keep from the tree. */
    static Result extract(Element body, boolean stripUnlikely) {
        return new BodyExtractor(stripUnlikely).run(body);
    }

    private Result run(Element body) {
        root = body;
        clean(body);
        stats = Stats.of(body);
        Candidate top = topCandidate(body);
        List<Element> parts = parts(body, top);
        Writer w = new Writer(parts.size() == 1 ? parts.get(0) : body);
        for (Element part : parts) {
            w.write(part);
        }
        w.flush();
        if (parts.size() != 1 || parts.get(0) != body) {
            removeOutside(body, parts);
        }
        List<Paragraph> paragraphs = withoutEmptySections(w.paragraphs, w.levels);
        int chars = 0;
        for (Paragraph p : paragraphs) {
            chars += p.text().length();
        }
        return new Result(paragraphs, w.captions, removed, notes, chars);
    }

    /**
     * A short subheading with nothing under it (the body ends, or a heading of its level or above follows) titled
     * a box that was removed: "Read also", "Most discussed", "Upcoming events" over a link list (dev corpus). Goes
     * to removed, as the box did.
     */
    /** A box's title is short; a longer heading with nothing under it is a dek or a question, kept. */
    private static final int BOX_TITLE_WORDS = 8;

    private List<Paragraph> withoutEmptySections(List<Paragraph> paragraphs, List<Integer> levels) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        int nextLevel = -1; // the heading level of the paragraph after, 0 for a paragraph, -1 at the end
        boolean[] drop = new boolean[paragraphs.size()];
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            int level = levels.get(i);
            if (level > 0 && (nextLevel < 0 || nextLevel > 0 && nextLevel <= level)
                    && WordCount.of(paragraphs.get(i).text()) <= BOX_TITLE_WORDS) {
                drop[i] = true;
                Paragraph p = paragraphs.get(i);
                removed.add(new RemovedBlock("related", p.text(), p.lines(), "a subheading with nothing under it"));
                continue;
            }
            nextLevel = level;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!drop[i]) {
                out.add(paragraphs.get(i));
            }
        }
        return out;
    }

    // ---- 1. cleaning ----------------------------------------------------------------------------------

    private void clean(Element body) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (JUNK.contains(tag) && !isPageInNoscript(e, body)) {
                    if (!CODE.contains(tag)) {
                        remove(e, CONTROLS.contains(tag) ? "form" : "furniture", "a <" + tag + "> element");
                    }
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                String why = removal(e, tag);
                if (why != null) {
                    int bar = why.indexOf('|');
                    remove(e, why.substring(0, bar), why.substring(bar + 1));
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * A {@code <noscript>} that holds most of the page's text is the page as served without JavaScript (dev
     * corpus: a whole news site inside one), not a tracking pixel or a "please enable JavaScript" notice.
     */
    private static boolean isPageInNoscript(Element e, Element body) {
        if (!e.normalName().equals("noscript")) {
            return false;
        }
        int chars = e.text().length();
        return chars >= NOSCRIPT_PAGE_CHARS && chars * 2 >= body.text().length();
    }

    private static final int NOSCRIPT_PAGE_CHARS = 1000;

    /** "kind|reason" when the element goes before scoring, else null. */
    private String removal(Element e, String tag) {
        if (isHidden(e)) {
            return "hidden|hidden on the page (" + hiddenHow(e) + ")";
        }
        switch (tag) {
            case "nav" -> {
                return "navigation|a <nav> element";
            }
            case "aside" -> {
                if (!holdsArticle(e)) {
                    String k = Hints.kind(e);
                    return (k == null ? "sidebar" : k) + "|an <aside> element";
                }
            }
            case "header", "footer" -> {
                if (!insideArticle(e) && !holdsArticle(e) && !holdsProse(e)) {
                    return (tag.equals("footer") ? "footer" : "header") + "|the page's <" + tag + ">, outside the article";
                }
            }
            case "form", "fieldset" -> {
                if (!holdsArticle(e) && !holdsProse(e) && !holdsMostText(e)) {
                    return "form|a form";
                }
            }
            default -> {
            }
        }
        if (stripUnlikely && !tag.equals("a") && !tag.equals("body") && !tag.equals("html") && !tag.equals("article")
                && Hints.unlikely(e) && !holdsArticle(e) && !insideTableOrCode(e)) {
            String k = Hints.kind(e);
            if (!"comments".equals(k) && holdsMostProse(e) || isSlot(k) && prose(e) >= AD_PROSE
                    || Hints.unlikelyOnlyAsHeader(e) && holdsHeadline(e)) {
                notes.add("body: kept the " + describe(e) + " named \"" + clip(Hints.names(e).strip(), 40)
                        + "\" as furniture: it holds most of the page's running text");
                return null;
            }
            return (k == null ? "furniture" : k) + "|class or id \"" + clip(Hints.names(e).strip(), 60)
                    + "\" names furniture";
        }
        return null;
    }

    private void remove(Element e, String kind, String reason) {
        String text = e.text();
        if (!text.isBlank()) {
            removed.add(new RemovedBlock(kind, clip(text, 2000), lines(e), reason));
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static String hiddenHow(Element e) {
        return e.hasAttr("hidden") ? "hidden attribute" : e.hasAttr("aria-hidden") ? "aria-hidden" : "style";
    }

    /** Parsed once: a query string given to select() is parsed again on every call (JFR, dev pages). */
    private static final Evaluator ARTICLE_HOLDER =
            QueryParser.parse("article, [itemprop=articleBody], [itemprop=articlebody], main");

    private static boolean holdsArticle(Element e) {
        return e.selectFirst(ARTICLE_HOLDER) != null;
    }

    private static boolean insideArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article") || a.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ad slot or a paywall prompt holds no running text: a container named for ads or a paywall that holds a
     * paragraph of this many characters is a part of the article with room for ads ("TestReport__Section--Ads")
     * or the article behind the paywall ("entry__content steady-paywall-container"), dev corpus.
     */
    private static final int AD_PROSE = 200;

    /** Kinds of furniture that are slots or prompts beside the article, never running text of their own. */
    private static boolean isSlot(String kind) {
        return "advertising".equals(kind) || "paywall".equals(kind);
    }

    /**
     * Holds a headline: an h1 of ten characters or more that is not a link (a site's logo is an h1 around a link
     * home). A container named "...-header" around it is the article's header ("recipe-header", "single-header",
     * "product-header"; dev corpus: recipes, a news page and a product page lost their first lines), not the page's.
     */
    private static boolean holdsHeadline(Element e) {
        for (Element h : e.getElementsByTag("h1")) {
            String t = h.text();
            if (t.length() >= 10 && h.select("a").text().length() * 2 < t.length()) {
                return true;
            }
        }
        return false;
    }

    /** The page's characters before cleaning, counted on first use. */
    private int pageChars = -1;

    /**
     * A form around most of the page's text is the page's wrapper (ASP.NET pages put the whole page in one
     * {@code <form>}; dev corpus: a recipe with no paragraph of 150 characters), not a form beside the article.
     */
    private boolean holdsMostText(Element e) {
        if (pageChars < 0) {
            pageChars = root.text().length();
        }
        return e.text().length() * 2 > pageChars;
    }

    /** Holds at least two paragraphs of running text: not a mere header, footer or form. */
    private static boolean holdsProse(Element e) {
        int long_ = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 150 && ++long_ >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Paragraphs of at least this many characters are running text, not furniture labels or link titles. */
    private static final int PROSE_PARAGRAPH = 80;
    private static final int MOST_PROSE_MIN = 500;
    /** Characters of running text under each element, counted once per page on first use (one pass over the paragraphs). */
    private Map<Element, int[]> proseUnder;
    private Element root;

    /**
     * A container whose names say furniture ("teaser", "paywall", "promo") but that holds most of the page's
     * running text is the article under a misleading name (dev corpus: a news page's article in a "teasertyp3"
     * box, a paywalled article's text in its "paywall" div): it is not removed before scoring.
     */
    private boolean holdsMostProse(Element e) {
        int mine = prose(e);
        return mine >= MOST_PROSE_MIN && mine * 2 > prose(root);
    }

    /** The running text under an element as the page was before cleaning: paragraphs of 80 characters or more. */
    private int prose(Element e) {
        if (proseUnder == null) {
            proseUnder = new IdentityHashMap<>();
            for (Element p : root.getElementsByTag("p")) {
                int len = p.text().length();
                if (len < PROSE_PARAGRAPH) {
                    continue;
                }
                for (Element a = p; a != null; a = a.parent()) {
                    proseUnder.computeIfAbsent(a, k -> new int[1])[0] += len;
                    if (a == root) {
                        break;
                    }
                }
            }
        }
        int[] n = proseUnder.get(e);
        return n == null ? 0 : n[0];
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String t = a.normalName();
            if (t.equals("table") || t.equals("code") || t.equals("pre")) {
                return true;
            }
        }
        return false;
    }

    // ---- 2. scoring -----------------------------------------------------------------------------------

    private record Candidate(Element element, double score, String reason) {
    }

    private Candidate topCandidate(Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean container = tag.equals("div") || tag.equals("section");
            boolean scored = SCORED.contains(tag) || container && !hasBlockChild(e);
            int chars;
            int commas;
            Element a;
            if (scored) {
                Stats.S s = stats.peek(e);
                chars = s.chars;
                commas = s.commas;
                a = e.parent();
            } else if (container) {
                // Readability wraps the loose text of a div with block children in paragraphs: that text is
                // scored as a paragraph of the div itself (dev corpus: an article written straight into its
                // div between <br>s, beside a title paragraph)
                Stats.S s = stats.peek(e);
                chars = s.chars;
                commas = s.commas;
                for (Element c : e.children()) {
                    if (BLOCK.contains(c.normalName())) {
                        Stats.S cs = stats.peek(c);
                        chars -= cs.chars;
                        commas -= cs.commas;
                    }
                }
                a = e;
            } else {
                continue;
            }
            if (chars < 25) {
                continue;
            }
            double score = 1 + commas + Math.min(chars / 100, 3);
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                if (a == body.parent()) {
                    break;
                }
                double[] c = scores.get(a);
                if (c == null) {
                    c = new double[] {initialScore(a)};
                    scores.put(a, c);
                    order.add(a);
                }
                c[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element a : order) {
            double final_ = scores.get(a)[0] * (1 - stats.peek(a).linkDensity());
            scores.get(a)[0] = final_;
            if (final_ > bestScore) {
                bestScore = final_;
                best = a;
            }
        }
        this.candidateScores = scores;
        if (best == null) {
            return null;
        }
        Candidate top = new Candidate(best, bestScore, "the top-scoring container (score " + Math.round(bestScore) + ")");
        top = sharedAncestor(top, order, body);
        top = higherParent(top, body);
        return onlyChildParent(top, body);
    }

    /** Readability's number of near-top candidates that must share an ancestor for it to become the top. */
    private static final int SHARED_BY = 3;
    private static final int NEAR_TOP = 5;

    /**
     * Readability: when at least three of the next five candidates score three quarters of the top or more and
     * share an ancestor with it, the article is split over them (one container per paragraph or per section),
     * and that ancestor is the top candidate.
     */
    private Candidate sharedAncestor(Candidate top, List<Element> order, Element body) {
        List<Element> near = new ArrayList<>();
        for (Element a : order) {
            if (a != top.element() && candidateScores.get(a)[0] >= 0.75 * top.score()) {
                near.add(a);
            }
        }
        if (near.size() < SHARED_BY) {
            return top;
        }
        near.sort((x, y) -> Double.compare(candidateScores.get(y)[0], candidateScores.get(x)[0]));
        List<Element> alternatives = near.subList(0, Math.min(NEAR_TOP - 1, near.size()));
        for (Element a = top.element().parent(); a != null && a != body; a = a.parent()) {
            int holding = 0;
            for (Element alt : alternatives) {
                if (isAncestor(a, alt)) {
                    holding++;
                }
            }
            if (holding >= SHARED_BY) {
                return new Candidate(a, score(a), top.reason() + ", widened to the ancestor it shares with "
                        + holding + " near-top candidates");
            }
        }
        return top;
    }

    /**
     * Readability: up from the top candidate, while the ancestors keep at least a third of its score, the first
     * one that scores more than the one below it holds more of the article and becomes the top candidate.
     */
    private Candidate higherParent(Candidate top, Element body) {
        double last = top.score();
        double floor = last / 3;
        for (Element a = top.element().parent(); a != null && a != body; a = a.parent()) {
            double[] sc = candidateScores.get(a);
            if (sc == null) {
                continue;
            }
            if (sc[0] < floor) {
                break;
            }
            if (sc[0] > last) {
                return new Candidate(a, sc[0], top.reason() + ", widened to a parent that scores higher ("
                        + Math.round(sc[0]) + ")");
            }
            last = sc[0];
        }
        return top;
    }

    /** Readability: a top candidate that is its parent's only child stands for the parent, whose siblings may join. */
    private Candidate onlyChildParent(Candidate top, Element body) {
        Element e = top.element();
        int up = 0;
        while (e.parent() != null && e.parent() != body && e.parent().childrenSize() == 1) {
            e = e.parent();
            up++;
        }
        return up == 0 ? top : new Candidate(e, Math.max(top.score(), score(e)), top.reason() + ", as its only-child wrapper");
    }

    private double score(Element e) {
        double[] sc = candidateScores.get(e);
        return sc == null ? 0 : sc[0];
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    private Map<Element, double[]> candidateScores = Map.of();

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_CHILD.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + Hints.weight(e);
    }

    /** The element or elements the article is written from, in page order. */
    private List<Element> parts(Element body, Candidate top) {
        if (top == null) {
            notes.add("body: no container scored; the whole page");
            return List.of(body);
        }
        Element root = top.element();
        // the page's own word for the article, around the top candidate or inside it
        Element stated = null;
        int up = 0;
        for (Element a = root; a != null && a != body && up < 5; a = a.parent(), up++) {
            if (isStatedArticle(a)) {
                stated = a;
            }
        }
        if (stated != null && stated != root) {
            return withSiblings(stated, Math.max(top.score(), score(stated)),
                    top.reason() + ", widened to the " + describe(stated) + " around it");
        }
        for (Element inner : root.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (inner != root && stats.peek(inner).chars >= 0.6 * stats.peek(root).chars) {
                notes.add("body: the " + describe(inner) + " inside " + top.reason());
                return List.of(inner);
            }
        }
        if (stated != null) {
            notes.add("body: " + top.reason() + ", the " + describe(stated));
            return List.of(stated);
        }
        if (root.parent() == null || root == body) {
            notes.add("body: " + top.reason());
            return List.of(root);
        }
        return withSiblings(root, top.score(), top.reason());
    }

    /**
     * Readability: the siblings of the chosen element that score a fifth of it (at least 10), or that share its
     * class name and score near that, or paragraphs of running text, are parts of the article too.
     */
    private List<Element> withSiblings(Element root, double topScore, String reason) {
        Element parent = root.parent();
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == root) {
                out.add(sib);
                continue;
            }
            double[] sc = candidateScores.get(sib);
            double bonus = !root.className().isEmpty() && root.className().equals(sib.className()) ? topScore * 0.2 : 0;
            boolean keep = sc != null && sc[0] + bonus >= threshold;
            if (!keep && sib.normalName().equals("p")) {
                Stats.S s = stats.peek(sib);
                double ld = s.linkDensity();
                String t = sib.text();
                keep = s.chars > 80 && ld < 0.25 || s.chars > 0 && s.chars <= 80 && ld == 0 && t.endsWith(".");
            }
            if (keep) {
                out.add(sib);
            }
        }
        notes.add("body: " + reason + (out.size() > 1 ? ", with " + (out.size() - 1) + " sibling(s)" : ""));
        return out;
    }

    private static boolean isStatedArticle(Element e) {
        return e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static String describe(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody") ? "itemprop=articleBody element" : "<" + e.normalName() + "> element";
    }

    /**
     * The page's text outside the elements the article was written from goes to removed as {@code other_text},
     * one entry per block element, so that nothing of the page is lost (the nothing-lost invariant of issue 7).
     */
    private void removeOutside(Element body, List<Element> parts) {
        Set<Element> skip = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(parts);
        StringBuilder text = new StringBuilder();
        Element[] owner = {body};
        Runnable flush = () -> {
            if (text.isEmpty()) { // between two block tags with no text (10,000 nested divs: 20,000 of them)
                return;
            }
            String t = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
            text.setLength(0);
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                removed.add(new RemovedBlock("other_text", clip(t, 2000), lines(owner[0]), "outside the article body"));
            }
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (skip.contains(e) || BLOCK.contains(e.normalName()))) {
                    flush.run();
                    owner[0] = e;
                    return skip.contains(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    flush.run();
                    owner[0] = e.parent() != null ? e.parent() : body;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        flush.run();
    }

    // ---- 3. writing -----------------------------------------------------------------------------------

    /** Walks the chosen elements and writes paragraphs and captions. */
    private final class Writer implements NodeFilter {
        final List<Paragraph> paragraphs = new ArrayList<>();
        /** The heading level of each paragraph (2 to 6), 0 for what is not a subheading. */
        final List<Integer> levels = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        private final Element scope;
        private final int scopeChars;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth = -1;
        private Element owner;
        private Element start;
        /** The article's {@code <header>} being written, or null. */
        private Element header;

        Writer(Element scope) {
            this.scope = scope;
            this.scopeChars = Math.max(1, stats.peek(scope).chars);
        }

        void write(Element part) {
            start = part;
            owner = part;
            NodeTraversor.filter(this, part);
            flush();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText(), linkDepth >= 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (e != start) {
                String why = skip(e, tag);
                if (why != null) {
                    flush();
                    int bar = why.indexOf('|');
                    remove(e, why.substring(0, bar), why.substring(bar + 1));
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            if (BLOCK.contains(tag) || tag.equals("br")) {
                flush();
                owner = e;
                if (tag.equals("header") && header == null && e != start && stats.peek(e).chars < 0.5 * scopeChars) {
                    header = e;
                }
            } else if (tag.equals("td") || tag.equals("th")) {
                space();
            } else if (tag.equals("a") && linkDepth < 0) {
                linkDepth = depth;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCK.contains(tag)) {
                    flush();
                    owner = e.parent();
                    if (e == header) {
                        header = null;
                    }
                } else if (tag.equals("a") && linkDepth == depth) {
                    linkDepth = -1;
                } else if (tag.equals("td") || tag.equals("th")) {
                    space();
                }
            }
            return FilterResult.CONTINUE;
        }

        /** One space between table cells, never two. */
        private void space() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        private void append(String s, boolean inLink) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\u200b' || c == '\u200c' || c == '\u00ad' || c == '\ufeff') {
                    continue;
                }
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    text.append(c);
                    if (inLink) {
                        linkChars++;
                    }
                }
            }
        }

        /** "kind|reason" when an element inside the body is furniture, else null. */
        private String skip(Element e, String tag) {
            Stats.S s = stats.peek(e);
            switch (tag) {
                case "h1" -> {
                    return "headline|the page's title: the headline, not the body";
                }
                case "footer" -> {
                    if (s.chars < 0.5 * scopeChars) {
                        return "footer|the article's <footer>";
                    }
                }
                case "nav" -> {
                    return "navigation|a <nav> element";
                }
                case "aside" -> {
                    return "sidebar|an <aside> element";
                }
                default -> {
                }
            }
            if (s.chars >= 0.5 * scopeChars && s.chars > 200) {
                return null; // a wrapper of most of the article, whatever its name
            }
            String kind = Hints.kind(e);
            if (kind != null && !kind.equals("caption") && !(Hints.weight(e) > 0 && s.paragraphs > 2)
                    && (kind.equals("comments") || !holdsMostProse(e)) && !(isSlot(kind) && prose(e) >= AD_PROSE)) {
                return kind + "|class or id \"" + clip(Hints.names(e).strip(), 60) + "\" names " + kind.replace('_', ' ');
            }
            boolean list = tag.equals("ul") || tag.equals("ol");
            if (!(list || tag.equals("div") || tag.equals("section") || tag.equals("table") || tag.equals("dl"))) {
                return null;
            }
            if (s.commas >= 10) {
                return null;
            }
            int weight = Hints.weight(e);
            double ld = s.linkDensity();
            if (weight < 0) {
                return "furniture|class or id \"" + clip(Hints.names(e).strip(), 60) + "\" suggests furniture";
            }
            if (list && ld > 0.5) {
                return "links|a list of links";
            }
            if (!list && weight < 25 && ld > 0.33) {
                return "links|mostly links (" + Math.round(ld * 100) + "% of its text)";
            }
            if (weight >= 25 && ld > 0.5) {
                return "links|mostly links (" + Math.round(ld * 100) + "% of its text)";
            }
            if (!list && s.items > s.paragraphs + 2 && ld > 0.2) {
                return "links|more list items than paragraphs, many of them links";
            }
            if (!list && s.chars < 25 && s.images == 0 && s.headingChars == 0 && !tag.equals("table")) {
                return null;
            }
            return null;
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int begin = 0;
            while (begin < end && text.charAt(begin) == ' ') {
                begin++;
            }
            String t = text.substring(begin, end);
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            if (t.isEmpty()) {
                return;
            }
            Element o = owner == null ? start : owner;
            ParagraphKind kind = ParagraphKind.PARAGRAPH;
            int level = 0;
            boolean caption = false;
            boolean inTable = false;
            int up = 0;
            for (Element a = o; a != null && up < 12; a = a.parent(), up++) {
                String tag = a.normalName();
                inTable |= tag.equals("table");
                // a table in a figure is data the article shows (dev corpus: a comparison of two exchanges' fees);
                // the figure's other text is its caption or credit
                if (tag.equals("figcaption") || tag.equals("figure") && !inTable || Hints.isCaption(a)) {
                    caption = true;
                    break;
                }
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
                    kind = ParagraphKind.SUBHEADING;
                    level = tag.charAt(1) - '0';
                    break;
                }
                if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                    kind = ParagraphKind.LIST_ITEM;
                    break;
                }
                if (tag.equals("blockquote")) {
                    kind = ParagraphKind.QUOTE;
                    break;
                }
                if (a == start) {
                    break;
                }
            }
            String line = lines(o);
            if (caption) {
                captions.add(t);
                return;
            }
            if (header != null && kind != ParagraphKind.SUBHEADING && WordCount.of(t) < HEADER_PROSE_WORDS) {
                removed.add(new RemovedBlock("header", t, line, "the article's <header> (headline, byline, date)"));
                return;
            }
            String why = furnitureLine(t, links);
            if (why != null) {
                int bar = why.indexOf('|');
                removed.add(new RemovedBlock(why.substring(0, bar), t, line, why.substring(bar + 1)));
                return;
            }
            paragraphs.add(new Paragraph(kind, t, line));
            levels.add(level);
        }
    }

    /**
     * In the article's {@code <header>}, the headline, byline, date and labels are short lines; a paragraph of
     * this many words is the standfirst, and a subheading is the title of a section (dev corpus: headers around
     * an h3 in every section of a page).
     */
    private static final int HEADER_PROSE_WORDS = 15;

    /** Compiled once: String.replaceAll compiles its pattern on every call (JFR, dev pages). */
    private static final Pattern LINE_END_PUNCTUATION = Pattern.compile("[\\s:.!»›>|\\-–—]+$");

    /**
     * Lines longer than this are not looked up in the furniture lexicon: its phrases stand in lines of at most
     * 30 words (90 for cookie notices, which the cleaning removes by their containers first).
     */
    private static final int LEXICON_CHARS = 300;

    /** "kind|reason" for a line that is furniture by its words or its links, else null. */
    private static String furnitureLine(String t, int linkChars) {
        String key = LINE_END_PUNCTUATION.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (FURNITURE_LINES.contains(key)) {
            return "furniture|a furniture line (\"" + key + "\")";
        }
        if (READ_ALSO.matcher(t).find() && t.length() < 250) {
            return "related|a \"read also\" line";
        }
        int chars = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != ' ') {
                chars++;
            }
        }
        if (chars > 0 && linkChars >= 0.9 * chars && t.split(" ").length < 12) {
            return "related|a link on its own";
        }
        FurnitureText.Found f = t.length() > LEXICON_CHARS ? null : FurnitureText.find(t, WordCount.of(t));
        if (f != null) {
            return f.kind().name().toLowerCase(Locale.ROOT) + "|furniture phrase \"" + f.phrase() + "\" (as in text mode)";
        }
        return null;
    }

    static String lines(Element e) {
        if (e == null || !e.sourceRange().isTracked()) {
            return null;
        }
        int a = e.sourceRange().start().lineNumber();
        int b = e.endSourceRange().isTracked() ? e.endSourceRange().end().lineNumber() : a;
        return a == b || b < a ? Integer.toString(a) : a + "-" + b;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
