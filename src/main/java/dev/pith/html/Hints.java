package dev.pith.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role words say about it: content in several languages ("article", "inhalt",
 * "contenu", "tresc", ...) or one kind of furniture ("comments", "share", "related", "advertising", ...).
 * Words are the runs of letters in the names, camel case split; a few short words ("ad", "nav") count only
 * as whole words. Stateless and thread-safe.
 */
final class Hints {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|inhalt|contenu"
                    + "|contenido|conteudo|articolo|tresc|texto|testo|corpo|cuerpo|beitrag|nachricht|haupt|materia"
                    + "|noticia|notizia|wpis|artykul|bericht|meldung");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain"
                    + "|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
                    + "|widget|social|newsletter|menu|cookie|consent|teaser|recommend|popular|trending|subscribe"
                    + "|kommentar|commentaire|comentario|commento|komentarz|werbung|anzeige|publicite|publicidad"
                    + "|pubblicita|reklama|byline|author|breadcrumb|pagination|pager|login|signup|paywall|rating");
    /** Readability's unlikely candidates: removed before scoring unless they also look like content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent"
                    + "|outbrain|taboola|recommend|teaser|kommentar|commentaire|comentario|commento|komentarz"
                    + "|share|sharing|promo|trending|popular|mostread|most-read|subscribe|paywall");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text"
            + "|artikel|inhalt|contenu|contenido|articolo|tresc|entry|post");

    private static final AnyWord POSITIVE_WORDS = AnyWord.of(POSITIVE);
    private static final AnyWord NEGATIVE_WORDS = AnyWord.of(NEGATIVE);
    private static final AnyWord UNLIKELY_WORDS = AnyWord.of(UNLIKELY);
    private static final AnyWord MAYBE_WORDS = AnyWord.of(MAYBE);
    /** The unlikely words but "header". */
    private static final AnyWord UNLIKELY_BUT_HEADER = AnyWord.of(Pattern.compile(UNLIKELY.pattern().replace("|header", "")));

    /** Whole words that name furniture kinds, checked in this order. */
    private static final Map<String, String> KIND_WORDS = Map.ofEntries(
            Map.entry("comment", "comments"), Map.entry("comments", "comments"), Map.entry("disqus", "comments"),
            Map.entry("respond", "comments"), Map.entry("replies", "comments"), Map.entry("kommentare", "comments"),
            Map.entry("kommentar", "comments"), Map.entry("commentaires", "comments"), Map.entry("comentarios", "comments"),
            Map.entry("commenti", "comments"), Map.entry("komentarze", "comments"),
            Map.entry("share", "share"), Map.entry("sharing", "share"), Map.entry("social", "share"),
            Map.entry("sharebar", "share"), Map.entry("socials", "share"), Map.entry("sharetools", "share"),
            Map.entry("related", "related"), Map.entry("recommended", "related"), Map.entry("recommendations", "related"),
            Map.entry("recommend", "related"), Map.entry("outbrain", "related"), Map.entry("taboola", "related"),
            Map.entry("readmore", "related"), Map.entry("teaser", "related"), Map.entry("teasers", "related"),
            Map.entry("newsletter", "prompt"), Map.entry("subscribe", "prompt"),
            Map.entry("subscription", "prompt"), Map.entry("signup", "prompt"), Map.entry("paywall", "paywall"),
            Map.entry("cookie", "cookie"), Map.entry("cookies", "cookie"), Map.entry("consent", "cookie"),
            Map.entry("gdpr", "cookie"), Map.entry("ad", "advertising"), Map.entry("ads", "advertising"),
            Map.entry("advert", "advertising"), Map.entry("advertisement", "advertising"), Map.entry("adslot", "advertising"),
            Map.entry("sponsored", "advertising"), Map.entry("promo", "advertising"), Map.entry("dfp", "advertising"),
            Map.entry("werbung", "advertising"), Map.entry("anzeige", "advertising"), Map.entry("banner", "advertising"),
            Map.entry("breadcrumb", "navigation"), Map.entry("breadcrumbs", "navigation"), Map.entry("menu", "navigation"),
            Map.entry("navbar", "navigation"), Map.entry("navigation", "navigation"), Map.entry("nav", "navigation"),
            Map.entry("pagination", "navigation"), Map.entry("pager", "navigation"), Map.entry("skip", "navigation"),
            Map.entry("footer", "footer"), Map.entry("copyright", "footer"), Map.entry("colophon", "footer"),
            Map.entry("sidebar", "sidebar"), Map.entry("widget", "sidebar"), Map.entry("rail", "sidebar"),
            Map.entry("popular", "most_read"), Map.entry("trending", "most_read"), Map.entry("mostread", "most_read"),
            Map.entry("mostpopular", "most_read"), Map.entry("tags", "furniture"), Map.entry("tag", "furniture"),
            Map.entry("byline", "byline"), Map.entry("author", "byline"), Map.entry("dateline", "dateline"),
            Map.entry("timestamp", "dateline"), Map.entry("caption", "caption"), Map.entry("credit", "caption"),
            Map.entry("credits", "caption"));

    /**
     * The kind words of five letters or more that may start a run-together name, longest first (a fixed order: a
     * Map.of iterates in an order that changes from one JVM to the next; no two of these words that start the same
     * name give different kinds, so the order decides nothing, but it should not depend on the run).
     */
    static final List<Map.Entry<String, String>> RUN_TOGETHER = KIND_WORDS.entrySet().stream()
            .filter(e -> e.getKey().length() >= 5)
            .sorted(Map.Entry.<String, String>comparingByKey(java.util.Comparator.comparingInt(String::length).reversed()
                    .thenComparing(java.util.Comparator.naturalOrder())))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();

    private Hints() {
    }

    static String names(Element e) {
        String id = e.id();
        String cls = meaningful(e.className());
        if (id.isEmpty() && cls.isEmpty()) {
            return "";
        }
        return (id + " " + cls).toLowerCase(Locale.ROOT);
    }

    /** Readability's class weight: +25 for a content word, -25 for a furniture word, both possible. */
    static int weight(Element e) {
        String n = names(e);
        if (n.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE_WORDS.in(n)) {
            w -= 25;
        }
        if (POSITIVE_WORDS.in(n)) {
            w += 25;
        }
        return w;
    }

    /** True when the element's names hold a content word ("article", "blog", "inhalt", ...). */
    static boolean namesContent(Element e) {
        String n = names(e);
        return !n.isEmpty() && POSITIVE_WORDS.in(n);
    }

    /** A furniture container by its names (and not also content by them), or by its ARIA role. */
    static boolean unlikely(Element e) {
        String role = e.attr("role");
        if (!role.isEmpty()) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        String n = names(e);
        return !n.isEmpty() && UNLIKELY_WORDS.in(n) && !MAYBE_WORDS.in(n);
    }

    /**
     * Unlikely by its names only for the word "header" ("card-header", "recipe-header", "single-header"): a
     * component's header, which may be the article's, or the page's header.
     */
    static boolean unlikelyOnlyAsHeader(Element e) {
        String n = names(e);
        return !n.isEmpty() && n.contains("header") && !UNLIKELY_BUT_HEADER.in(n) && !MAYBE_WORDS.in(n)
                && e.attr("role").isEmpty();
    }

    /** The furniture kind an element's own names give, or null: "comments", "share", "related", ... */
    static String kind(Element e) {
        if (names(e).isEmpty()) {
            return null;
        }
        String[] words = camelWords(e);
        for (String w : words) {
            String k = KIND_WORDS.get(w);
            if (k != null) {
                return k;
            }
        }
        // run-together names: "sharedaddy", "commentlist", "relatedposts"
        for (String w : words) {
            for (Map.Entry<String, String> entry : RUN_TOGETHER) {
                if (w.length() > entry.getKey().length() && w.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /**
     * The class names without those a CSS-in-JS tool generated ("tagStyle_z4kqwb-o_O-style_1tcxgp3"): a name
     * with two or more parts of five or more characters that mix letters and digits is made of hashes, and its
     * words ("tag", "style") say nothing of the element (dev corpus: every paragraph of an article named so).
     * A name with one hash keeps its words ("NewsStyles__StoryTags-sc-bbao65-0": a component's name).
     */
    static String meaningful(String cls) {
        if (cls.isEmpty() || !hasDigit(cls) || !anyGenerated(cls)) {
            return cls; // no allocation for the common case: names() is asked about every element
        }
        StringBuilder out = new StringBuilder(cls.length());
        for (String name : cls.split(" ")) {
            if (!generated(name, 0, name.length())) {
                out.append(out.length() == 0 ? "" : " ").append(name);
            }
        }
        return out.toString();
    }

    private static boolean anyGenerated(String cls) {
        int start = 0;
        for (int i = 0; i <= cls.length(); i++) {
            if (i == cls.length() || cls.charAt(i) == ' ') {
                if (i > start && generated(cls, start, i)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static final int HASH_PART = 5;

    private static final int HASHES = 2;

    /** True when the class name in {@code name[from, to)} is made of hashes. */
    private static boolean generated(String name, int from, int to) {
        int start = from;
        int hashes = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || name.charAt(i) == '-' || name.charAt(i) == '_') {
                if (i - start >= HASH_PART && isHash(name, start, i) && ++hashes >= HASHES) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isHash(String s, int from, int to) {
        boolean letter = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (Character.isLetter(c)) {
                letter = true;
            } else {
                return false;
            }
        }
        return letter && digit;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The class and id words: split on anything that is not a letter or digit, and on camel case. */
    static String[] words(String names) {
        return NOT_WORD.split(names);
    }

    /** Names words for the original (case-kept) names, camel case split: "shareBar" gives "share", "bar". */
    static String[] camelWords(Element e) {
        String raw = e.id() + " " + meaningful(e.className());
        return NOT_WORD.split(CAMEL_HUMP.matcher(raw).replaceAll("$1 $2").toLowerCase(Locale.ROOT));
    }

    /** Compiled once: String.split and replaceAll compile their pattern on every call (JFR, dev pages). */
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");

    /** True when an element's names say it is a caption or a photo credit. */
    static boolean isCaption(Element e) {
        for (String w : camelWords(e)) {
            if (w.equals("caption") || w.equals("figcaption") || w.equals("credit") || w.equals("credits")
                    || w.equals("copyright") && e.normalName().equals("span")) {
                return true;
            }
        }
        return false;
    }
}
