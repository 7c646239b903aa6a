package dev.pith.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's headline, chosen between what the page states (JSON-LD headline, og:title, {@code <title>})
 * and what it shows (its h1, h2 and h3 headings). The rules, in order, each from the dev corpus' failure
 * buckets: a heading equal to a stated title wins; then a heading equal to one part of a stated title
 * ("Site » Blog Archive » Headline"); then the page's main h1; then the stated title without its site name.
 * One instance per page; {@link #sources} says which rule decided.
 */
final class Headlines {
    /** Separators between a title's parts: spaced dashes, bars, colons, guillemets; bars and guillemets need no spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:--|::|//|[\\-–—:·•~/])\\s*|\\s*[|»«›‹]\\s*");
    private static final Pattern SPACED_SEPARATORS = Pattern.compile("\\s+(?:[|\\-–—:·•»«~/]|::)\\s+");
    /** Class names of a kicker (Dachzeile, overline) printed inside the h1 above the headline proper. */
    private static final Pattern KICKER = Pattern.compile(
            "(?i).*(kicker|dachzeile|overline|topline|toptitle|roofline|eyebrow|subheadline|sub-headline|small|label"
                    + "|category|rubri|topic|supertitle|pretitle|spitzmarke|tagline).*");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i).*(visually-?hidden|sr-only|screen-reader|screenreader|element-invisible|offscreen|a11y).*");
    private static final Pattern SITE_CLASS = Pattern.compile("(?i).*(logo|brand|site-?title|site-?name|blog-?title|masthead).*");
    private static final int MIN_PART = 2;
    /** A title part that is a domain name ("MDR.DE", "example.com") names the site. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");

    /** A heading on the page: its visible text and, for an h1 made of a kicker and the headline, the headline alone. */
    record Heading(String text, String withoutKicker, List<String> parts, boolean isH1, boolean inArticle, boolean siteLogo) {
    }

    private final String siteName;
    final List<String> sources = new ArrayList<>();

    Headlines(String siteName) {
        this.siteName = siteName;
    }

    /** A heading as the reader sees it: ruby annotations and visually hidden labels left out. */
    static Heading heading(Element h, boolean inArticle) {
        Element c = h;
        if (hasUnseen(h)) {
            c = h.clone();
            c.select("rt, rp, script, style, noscript").remove();
            for (Element e : c.select("*")) {
                if (e != c && HIDDEN.matcher(e.className()).matches()) {
                    e.remove();
                }
            }
        }
        String text = c.text().strip();
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String kickerless = null;
        boolean first = true;
        for (Node n : c.childNodes()) {
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element e ? e.text() : "";
            if (n instanceof Element e && (e.normalName().equals("br") || !t.isBlank())) {
                flush(run, parts);
                if (!t.isBlank()) {
                    parts.add(t.strip());
                    if (first && isKicker(e) && text.length() > t.strip().length()) {
                        kickerless = text.substring(text.indexOf(t.strip()) + t.strip().length()).strip();
                    }
                    first = false;
                    if ((e.attr("itemprop").equalsIgnoreCase("headline") || HEADLINE_CLASS.matcher(e.className()).find())
                            && !e.className().toLowerCase(java.util.Locale.ROOT).contains("sub")) {
                        kickerless = t.strip();
                    }
                }
            } else if (!t.isBlank()) {
                run.append(t);
                first = false;
            }
        }
        flush(run, parts);
        if (kickerless != null && kickerless.split("\\s+").length < 2) {
            kickerless = null;
        }
        return new Heading(text, kickerless, parts, h.normalName().equals("h1"), inArticle, siteLogo(h));
    }

    private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)\\bheadline\\b");
    private static final java.util.Set<String> UNSEEN_TAGS = java.util.Set.of("rt", "rp", "script", "style", "noscript");

    /**
     * Whether the heading holds something the reader does not see (ruby annotations, scripts, visually hidden
     * labels): only then is it copied to take them out (copying every h1-h3 of a page was 2% of the HTML path).
     */
    private static boolean hasUnseen(Element h) {
        for (Element e : h.getAllElements()) {
            if (e != h && (UNSEEN_TAGS.contains(e.normalName()) || HIDDEN.matcher(e.className()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder run, List<String> parts) {
        if (!run.toString().isBlank()) {
            parts.add(run.toString().strip());
        }
        run.setLength(0);
    }

    private static boolean isKicker(Element e) {
        return e.normalName().equals("small") || KICKER.matcher(e.className()).matches();
    }

    /** An h1 that is the site's logo or name: a link to the site's root, or a logo or brand class around it. */
    private static boolean siteLogo(Element h) {
        int up = 0;
        for (Element a = h; a != null && up < 4; a = a.parent(), up++) {
            if (SITE_CLASS.matcher(a.className() + " " + a.id()).matches() || a != h && a.normalName().equals("a") && isHome(a)) {
                return true;
            }
        }
        for (Element a : h.select("a[href]")) {
            if (isHome(a)) {
                return a.text().strip().length() * 2 >= h.text().strip().length();
            }
        }
        return false;
    }

    private static final Pattern HOME_URL = Pattern.compile("(?i)(https?:)?//[^/]+/?(index\\.\\w+)?");

    /** A link to the site's home page. */
    private static boolean isHome(Element a) {
        String href = a.attr("href").strip();
        return href.equals("/") || href.equals("./") || href.equals("../") || HOME_URL.matcher(href).matches();
    }

    /**
     * The headline, or null when the page states no title and has no h1. {@code stated} are the stated titles,
     * best first, with their source names in {@code names}; {@code headings} are the page's headings in order
     * (h1s first, the one inside the article before the others).
     */
    String choose(String[] stated, String[] names, List<Heading> headings) {
        boolean articleH1 = headings.stream().filter(h -> h.isH1() && h.inArticle()).count() == 1;
        List<Heading> trusted = new ArrayList<>();
        for (Heading h : headings) {
            // with an h1 in the article, other headings are sub-headings, related links or video titles
            if ((h.isH1() || !articleH1) && !h.siteLogo()) {
                trusted.add(h);
            }
        }
        // 1. a heading equal to a stated title, the best stated title first; for each, an h1 before the others
        for (int i = 0; i < stated.length; i++) {
            if (stated[i] == null) {
                continue;
            }
            String whole = PageMetadata.norm(stated[i]);
            for (boolean h1Pass : new boolean[] {true, false}) {
                for (Heading h : trusted) {
                    if (h.isH1() == h1Pass) {
                        String text = equalText(h, whole);
                        if (text != null) {
                            return from(text, "a heading equal to the " + names[i] + (text.equals(h.text()) ? "" : " (its kicker left out)"));
                        }
                    }
                }
            }
        }
        // 2. a heading equal to a run of a stated title's parts ("Site » Blog Archive » Headline"): the longest
        //    such run that is not the site's name
        String best = null;
        String bestSource = null;
        int bestLength = 0;
        for (int i = 0; i < stated.length; i++) {
            for (String span : spans(stated[i])) {
                String p = PageMetadata.norm(span);
                if (p.length() < MIN_PART || p.length() <= bestLength || isSiteName(p) || DOMAIN.matcher(p).matches()) {
                    continue;
                }
                for (Heading h : trusted) {
                    String text = equalText(h, p);
                    if (text != null) {
                        best = text;
                        bestLength = p.length();
                        bestSource = "a heading equal to a part of the " + names[i] + (text.equals(h.text()) ? "" : " (its kicker left out)");
                        break;
                    }
                }
            }
        }
        if (best != null) {
            return from(best, bestSource);
        }
        // 3. an h1 that ends with a stated title: the words before it are a kicker ("Tunesien Große Aufgaben ...")
        for (int i = 0; i < stated.length; i++) {
            for (String span : spans(stated[i])) {
                String p = PageMetadata.norm(span);
                if (p.split(" ").length < 2 || isSiteName(p)) {
                    continue;
                }
                for (Heading h : trusted) {
                    String t = PageMetadata.norm(h.text());
                    if (h.isH1() && t.length() > p.length() && t.endsWith(p) && !Character.isLetterOrDigit(t.charAt(t.length() - p.length() - 1))) {
                        return from(span.strip(), "an h1 that ends with the " + names[i] + " (the words before it are a kicker)");
                    }
                }
            }
        }
        // 4. an h1 that starts a stated title: the words after it are a place, section or site
        for (int i = 0; i < stated.length; i++) {
            String p = stated[i] == null ? "" : PageMetadata.norm(stated[i]);
            for (Heading h : trusted) {
                String t = PageMetadata.norm(h.text());
                if (h.isH1() && t.split(" ").length >= 3 && p.length() > t.length() && p.startsWith(t)
                        && !Character.isLetterOrDigit(p.charAt(t.length())) && t.length() * 3 >= p.length() * 2) {
                    return from(h.text(), "an h1 that starts the " + names[i]);
                }
            }
        }
        // 5. the page's main h1: the one in the article, else the only h1 that is not the site's logo
        Heading main = mainH1(headings);
        if (main != null) {
            String t = main.withoutKicker() != null ? main.withoutKicker() : main.text();
            return from(t, "the page's main h1" + (main.withoutKicker() != null ? " without its kicker" : ""));
        }
        // 6. no h1 at all: the first sub-heading, where themes without an h1 put the article's title
        if (trusted.stream().noneMatch(Heading::isH1) && headings.stream().noneMatch(Heading::isH1)) {
            for (Heading h : trusted) {
                if (h.text().split("\\s+").length >= 2) {
                    return from(h.text(), "the first heading (the page has no h1)");
                }
            }
        }
        // 7. the stated title without the site name
        for (int i = 0; i < stated.length; i++) {
            if (stated[i] != null) {
                return from(stripSiteName(stated[i]), names[i] + ", site name cut");
            }
        }
        Heading any = headings.stream().filter(Heading::isH1).findFirst().orElse(null);
        return any == null ? null : from(any.text(), "the first h1");
    }

    /** A title and every run of its parts between separators, longest first. */
    private static List<String> spans(String title) {
        List<String> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            return out;
        }
        String s = title.strip();
        List<int[]> cuts = new ArrayList<>();
        Matcher m = SEPARATORS.matcher(s);
        while (m.find() && cuts.size() < 8) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        int n = cuts.size();
        for (int i = 0; i <= n; i++) {
            int from = i == 0 ? 0 : cuts.get(i - 1)[1];
            for (int j = i; j <= n; j++) {
                int to = j == n ? s.length() : cuts.get(j)[0];
                if (to > from) {
                    out.add(s.substring(from, to).strip());
                }
            }
        }
        out.sort((x, y) -> y.length() - x.length());
        return out;
    }

    private static Heading mainH1(List<Heading> headings) {
        Heading only = null;
        Heading inArticle = null;
        int count = 0;
        int articleCount = 0;
        for (Heading h : headings) {
            if (!h.isH1() || h.siteLogo()) {
                continue;
            }
            if (h.inArticle()) {
                articleCount++;
                inArticle = h;
            }
            count++;
            only = h;
        }
        // several h1s in the article are its sub-headings
        return articleCount == 1 ? inArticle : articleCount == 0 && count == 1 ? only : null;
    }

    /** The heading's text, or its text without the kicker, when it equals a normalised title; else null. */
    private static String equalText(Heading h, String normalised) {
        if (PageMetadata.norm(h.text()).equals(normalised)) {
            return h.text();
        }
        return h.withoutKicker() != null && PageMetadata.norm(h.withoutKicker()).equals(normalised) ? h.withoutKicker() : null;
    }

    private String from(String headline, String source) {
        sources.add("headline from " + source);
        return headline.strip();
    }

    private boolean isSiteName(String normalised) {
        return siteName != null && normalised.equals(PageMetadata.norm(siteName));
    }

    /** "Headline | Site", "Site - Headline", "Headline - Section - Site" lose the site parts. */
    String stripSiteName(String t) {
        String s = t.strip();
        Matcher m = SPACED_SEPARATORS.matcher(s);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return s;
        }
        String site = siteName == null ? null : PageMetadata.norm(siteName);
        // the site named first: "Site | Headline"
        String head = s.substring(0, seps.get(0)[0]);
        if (site != null && PageMetadata.norm(head).equals(site)) {
            return s.substring(seps.get(0)[1]).strip();
        }
        // keep a colon's two halves together ("Brexit: what happens next") unless a part is the site
        String last = PageMetadata.norm(s.substring(seps.get(seps.size() - 1)[1]));
        boolean lastIsSite = site != null && (last.equals(site) || last.contains(site) || site.contains(last));
        if (lastIsSite || last.split("\\s+").length <= 4) {
            String cut = s.substring(0, seps.get(seps.size() - 1)[0]).strip();
            return cut.length() >= 10 ? stripSiteName(cut) : s;
        }
        return s;
    }
}
