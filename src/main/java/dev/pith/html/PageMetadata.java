package dev.pith.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pith.article.DateValue;
import dev.pith.article.PageInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page states about its article, best source first: JSON-LD (Article, NewsArticle, BlogPosting, ...;
 * in {@code @graph} and arrays; malformed JSON skipped), Open Graph and {@code article:*} meta, other meta tags
 * (author, date, Dublin Core, Parse.ly, Sailthru), {@code <time datetime>} and microdata, {@code rel=author},
 * then the visible page (h1, byline elements, the date in the URL). Read before the body is cleaned (the
 * cleaning removes scripts). Each value remembers where it came from, for --explain. One instance per page.
 */
final class PageMetadata {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting",
            "liveblogposting", "report", "backgroundnewsarticle", "reviewnewsarticle", "posting", "blog", "review",
            "askpublicnewsarticle", "satiricalarticle", "medicalscholarlyarticle", "creativework", "videoobject");
    private static final int MAX_JSON_LD = 1 << 20;
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:/|[-_.]|$)");
    private static final Pattern HEADLINE_SEPARATORS = Pattern.compile("\\s+(?:[|\\-–—:·•»«~/]|::)\\s+");

    private final TextHelpers helpers;
    final List<String> sources = new ArrayList<>();

    String jsonLdHeadline;
    String ogTitle;
    String title;
    final List<String> h1s = new ArrayList<>();
    final List<String> subHeadings = new ArrayList<>();
    String articleH1;
    final List<String> authors = new ArrayList<>();
    String byline;
    DateValue published;
    DateValue updated;
    String language;
    String siteName;
    String url;
    String description;
    String image;
    final Set<String> tags = new LinkedHashSet<>();

    private PageMetadata(TextHelpers helpers) {
        this.helpers = helpers;
    }

    static PageMetadata of(Document doc, TextHelpers helpers) {
        PageMetadata m = new PageMetadata(helpers);
        m.jsonLd(doc);
        m.meta(doc);
        m.visible(doc);
        return m;
    }

    PageInfo page() {
        return new PageInfo(siteName, url, description, image, List.copyOf(tags));
    }

    // ---- JSON-LD --------------------------------------------------------------------------------------

    private String ldAuthorSource;

    private void jsonLd(Document doc) {
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = s.data().strip();
            if (json.isEmpty() || json.length() > MAX_JSON_LD) {
                continue;
            }
            if (json.startsWith("<!--")) {
                json = json.substring(4).replaceFirst("-->\\s*$", "");
            }
            try {
                JsonNode tree = LENIENT.readTree(json);
                index(tree, 0);
                visit(tree, 0);
            } catch (Exception e) {
                sources.add("a JSON-LD block was skipped: " + e.getClass().getSimpleName());
            }
        }
    }

    /** Nodes by their {@code @id}, so that {@code "author": {"@id": ...}} finds the person it names. */
    private final java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();

    private void index(JsonNode n, int depth) {
        if (n == null || depth > 10) {
            return;
        }
        if (n.isArray() || n.isObject()) {
            if (n.isObject() && n.has("@id") && n.size() > 1) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
            n.forEach(x -> index(x, depth + 1));
        }
    }

    private void visit(JsonNode n, int depth) {
        if (n == null || depth > 10) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> visit(x, depth + 1));
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (n.has("@graph")) {
            visit(n.get("@graph"), depth + 1);
        }
        if (siteName == null && (typeIs(n.get("@type"), "website") || typeIs(n.get("@type"), "organization")
                || typeIs(n.get("@type"), "newsmediaorganization"))) {
            String name = text(n.get("name"));
            if (name != null && typeIs(n.get("@type"), "website")) {
                siteName = name;
            }
        }
        if (!isArticle(n.get("@type"))) {
            if (n.has("mainEntity")) {
                visit(n.get("mainEntity"), depth + 1);
            }
            return;
        }
        JsonNode publisher = n.get("publisher");
        if (siteName == null && publisher != null && publisher.isObject()) {
            siteName = text(publisher.get("name"));
        }
        String h = text(n.get("headline"));
        if (h == null) {
            h = text(n.get("name"));
        }
        if (jsonLdHeadline == null && h != null) {
            jsonLdHeadline = h;
            sources.add("headline candidate from JSON-LD headline");
        }
        if (authors.isEmpty()) {
            people(n.get("author"), "JSON-LD author");
            if (authors.isEmpty()) {
                people(n.get("creator"), "JSON-LD creator");
            }
        }
        date(text(n.get("datePublished")), true, "JSON-LD datePublished");
        date(text(n.get("dateCreated")), true, "JSON-LD dateCreated");
        date(text(n.get("dateModified")), false, "JSON-LD dateModified");
        if (language == null && text(n.get("inLanguage")) != null) {
            language = lang(text(n.get("inLanguage")));
        }
        if (description == null) {
            description = text(n.get("description"));
        }
        if (image == null) {
            image = imageUrl(n.get("image"));
        }
        String section = text(n.get("articleSection"));
        if (section != null) {
            tags.add(section);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static boolean typeIs(JsonNode type, String name) {
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
        return type != null && type.asText().equalsIgnoreCase(name);
    }

    private void people(JsonNode n, String source) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> people(x, source));
            return;
        }
        if (n.isObject() && n.size() == 1 && n.has("@id") && byId.containsKey(n.get("@id").asText())) {
            n = byId.get(n.get("@id").asText());
        }
        if (n.isObject() && n.has("@type") && !typeIs(n.get("@type"), "person")) {
            return; // an organisation is not an author
        }
        addAuthors(n.isObject() ? text(n.get("name")) : text(n), source);
    }

    private void addAuthors(String value, String source) {
        if (value == null || value.isBlank() || value.contains("://") || value.startsWith("www.") || value.length() > 200) {
            return;
        }
        for (String name : helpers.names(value)) {
            if (siteName != null && name.equalsIgnoreCase(siteName)) {
                continue;
            }
            if (!authors.contains(name)) {
                authors.add(name);
                sources.add("author \"" + name + "\" from " + source);
            }
        }
    }

    private void date(String value, boolean isPublished, String source) {
        if (value == null || (isPublished ? published : updated) != null) {
            return;
        }
        DateValue d = parseDate(value);
        if (d == null) {
            return;
        }
        if (isPublished) {
            published = d;
            sources.add("published from " + source + ": \"" + value.strip() + "\"");
        } else {
            updated = d;
            sources.add("updated from " + source + ": \"" + value.strip() + "\"");
        }
    }

    /** An ISO 8601 value as given (to the minute or second with its offset), or the first full date in the text. */
    private DateValue parseDate(String s) {
        String v = s.strip();
        if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            String iso = v.length() > 25 ? v.substring(0, 25) : v;
            int year = Integer.parseInt(v.substring(0, 4));
            return year < 1990 || year > 2100 ? null : new DateValue(iso.replace(' ', 'T'), v, false, null);
        }
        return helpers.date(v);
    }

    // ---- meta tags ------------------------------------------------------------------------------------

    private void meta(Document doc) {
        ogTitle = meta(doc, "og:title");
        if (ogTitle == null) {
            ogTitle = meta(doc, "twitter:title");
        }
        Element t = doc.selectFirst("title");
        title = t == null ? null : blankToNull(t.text());
        if (siteName == null) {
            siteName = meta(doc, "og:site_name");
        }
        for (String key : List.of("article:published_time", "og:article:published_time", "datePublished",
                "article.published", "published_time", "og:published_time", "parsely-pub-date", "sailthru.date",
                "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dc.date",
                "dcterms.date", "dcterms.issued", "dcterms.created", "date", "citation_publication_date",
                "citation_date", "article:published", "release_date", "created", "originalpublicationdate")) {
            date(meta(doc, key), true, "meta " + key);
        }
        for (String key : List.of("article:modified_time", "og:updated_time", "dateModified", "last-modified",
                "dcterms.modified", "article.updated")) {
            date(meta(doc, key), false, "meta " + key);
        }
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                    "sailthru.author", "byl", "citation_author", "article.author", "twitter:data1")) {
                if (!key.equals("twitter:data1") || "written by".equalsIgnoreCase(meta(doc, "twitter:label1"))) {
                    addAuthors(meta(doc, key), "meta " + key);
                }
                if (!authors.isEmpty()) {
                    break;
                }
            }
        }
        Element html = doc.selectFirst("html");
        if (language == null && html != null && !html.attr("lang").isBlank()) {
            language = lang(html.attr("lang"));
            if (language != null) {
                sources.add("language from <html lang=\"" + html.attr("lang") + "\">");
            }
        }
        if (language == null) {
            for (String key : List.of("og:locale", "content-language", "language", "dc.language")) {
                String v = meta(doc, key);
                if (v == null) {
                    Element e = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
                    v = e == null ? null : blankToNull(e.attr("content"));
                }
                if (v != null && lang(v) != null) {
                    language = lang(v);
                    sources.add("language from " + key);
                    break;
                }
            }
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        url = canonical != null && !canonical.attr("href").isBlank() ? canonical.attr("href") : meta(doc, "og:url");
        if (description == null) {
            description = meta(doc, "og:description") != null ? meta(doc, "og:description") : meta(doc, "description");
        }
        if (image == null) {
            image = meta(doc, "og:image");
        }
        String keywords = meta(doc, "keywords");
        if (keywords != null && keywords.length() < 500) {
            for (String k : keywords.split(",")) {
                if (!k.isBlank()) {
                    tags.add(k.strip());
                }
            }
        }
        String section = meta(doc, "article:section");
        if (section != null) {
            tags.add(section);
        }
    }

    // ---- the visible page -----------------------------------------------------------------------------

    private void visible(Document doc) {
        for (Element h : doc.select("h1")) {
            String t = blankToNull(h.text());
            if (t != null) {
                h1s.add(t);
                if (articleH1 == null && (inside(h, "article") || h.attr("itemprop").equalsIgnoreCase("headline"))) {
                    articleH1 = t;
                }
            }
        }
        for (Element h : doc.select("h2, h3")) {
            String t = blankToNull(h.text());
            if (t != null && subHeadings.size() < 40) {
                subHeadings.add(t);
            }
        }
        if (published == null) {
            for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
                String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
                date(blankToNull(v) == null ? e.text() : v, true,
                        e.hasAttr("itemprop") ? "microdata datePublished" : "<time datetime>");
                if (published != null) {
                    break;
                }
            }
        }
        if (updated == null) {
            Element e = doc.selectFirst("[itemprop=dateModified]");
            if (e != null) {
                date(e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text(),
                        false, "microdata dateModified");
            }
        }
        if (authors.isEmpty()) {
            visibleAuthors(doc);
        }
        if (published == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                date(m.group(1) + "-" + m.group(2) + "-" + m.group(3), true, "the page's URL");
            }
        }
        if (published == null) {
            visibleDate(doc);
        }
    }

    /** The first full date in the short texts after the h1 (else from the top of the page). */
    private void visibleDate(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        Element h1 = body.selectFirst("article h1, h1");
        boolean started = h1 == null;
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (!started) {
                started = e == h1;
                continue;
            }
            if (seen > 80) {
                break;
            }
            String v = e.childrenSize() > 0 && !e.normalName().equals("time") ? e.ownText() : e.text();
            if (v.isBlank() || v.length() > 150 || outsideArticleFurniture(e)) {
                continue;
            }
            seen++;
            date(v, true, "the visible text near the headline");
            if (published != null) {
                return;
            }
        }
    }

    /** Structured author markup, strongest first: a selector and the source it gives. */
    private static final String[][] STRUCTURED_AUTHORS = {
        {"[itemprop=author] [itemprop=name]", "microdata author name"},
        {"[itemprop=author]", "microdata author"},
        {"a[rel=author], [rel=author]", "rel=author"},
        {"[class*=author] .fn, [class*=byline] .fn, .vcard .fn, [class*=author] [class*=name], [class*=byline] a",
            "an author element (hCard)"},
        {"a[href*=/author/], a[href*=/autor/], a[href*=/auteur/], a[href*=/autore/], a[href*=/authors/], "
                + "a[href*=/autoren/], a[href*=/redakteur/]", "a link to an author page"},
    };
    private static final Evaluator[] STRUCTURED_AUTHOR_QUERIES = java.util.Arrays.stream(STRUCTURED_AUTHORS)
            .map(sel -> QueryParser.parse(sel[0])).toArray(Evaluator[]::new);
    /**
     * Any of them: the page is walked once for all, then each selector keeps its own matches in page order (one
     * walk of the whole page per selector was a tenth of the HTML path's time, JFR, dev pages).
     */
    private static final Evaluator ANY_STRUCTURED_AUTHOR = QueryParser.parse(
            java.util.Arrays.stream(STRUCTURED_AUTHORS).map(sel -> sel[0]).collect(java.util.stream.Collectors.joining(", ")));

    /** Structured author markup first (microdata, rel=author, hCard, author-page links), then byline text. */
    private void visibleAuthors(Document doc) {
        Elements structured = doc.select(ANY_STRUCTURED_AUTHOR);
        for (int i = 0; i < STRUCTURED_AUTHORS.length; i++) {
            String[] sel = STRUCTURED_AUTHORS[i];
            for (Element e : structured) {
                if (!e.is(STRUCTURED_AUTHOR_QUERIES[i])) {
                    continue;
                }
                if (outsideArticleFurniture(e)) {
                    continue;
                }
                String v = e.hasAttr("content") ? e.attr("content") : e.text();
                v = v.strip();
                if (v.isEmpty() || v.length() > 100) {
                    continue;
                }
                List<String> names = helpers.names(v);
                if (names.isEmpty() && !v.contains(" ") && v.length() >= 2 && v.length() <= 30 && Character.isLetter(v.charAt(0))
                        && !BasicTextHelpers.isNotAName(v)) {
                    names = List.of(v); // a user name as the page gives it ("gizzmo")
                }
                if (!names.isEmpty()) {
                    for (String n : names) {
                        addAuthor(n, sel[1]);
                    }
                    return;
                }
            }
        }
        for (Element e : doc.select("[class*=byline], [class*=author], [id*=byline], [id*=author], [class*=Byline], "
                + "[class*=Author], [class*=autor], [class*=Autor]")) {
            String v = e.text().strip();
            if (v.isEmpty() || v.length() > 120 || outsideArticleFurniture(e)) {
                continue;
            }
            List<String> names = helpers.names(v);
            if (!names.isEmpty()) {
                byline = v;
                for (String n : names) {
                    addAuthor(n, "a byline element (class \"" + e.className() + "\")");
                }
                return;
            }
        }
    }

    private void addAuthor(String name, String source) {
        if (siteName != null && name.equalsIgnoreCase(siteName) || authors.contains(name)) {
            return;
        }
        authors.add(name);
        sources.add("author \"" + name + "\" from " + source);
    }

    /** Inside comments, a sidebar, the page footer or navigation: not the article's author. */
    private static boolean outsideArticleFurniture(Element e) {
        int up = 0;
        for (Element a = e; a != null && up < 25; a = a.parent(), up++) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("article")) {
                return false;
            }
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) {
                return true;
            }
            String names = Hints.names(a);
            if (!names.isEmpty() && (names.contains("comment") || names.contains("related") || names.contains("sidebar")
                    || names.contains("teaser") || names.contains("widget") || names.contains("reply")
                    || names.contains("respond"))) {
                return true;
            }
        }
        return false;
    }

    // ---- headline -------------------------------------------------------------------------------------

    /** The headline: a heading on the page that is the stated title, else the stated title without the site name. */
    String headline() {
        List<String> headings = new ArrayList<>();
        if (articleH1 != null) {
            headings.add(articleH1);
        }
        headings.addAll(h1s);
        headings.addAll(subHeadings);
        String[][] stated = {{jsonLdHeadline, "JSON-LD headline"}, {ogTitle, "og:title"}, {title, "<title>"}};
        for (String[] st : stated) {
            if (st[0] == null) {
                continue;
            }
            String main = stripSiteName(st[0]);
            for (String h : headings) {
                if (norm(h).equals(norm(st[0])) || norm(h).equals(norm(main))) {
                    sources.add("headline from a heading equal to the " + st[1]);
                    return h;
                }
            }
        }
        String h1 = articleH1 != null ? articleH1 : h1s.isEmpty() ? null : h1s.get(0);
        String firstStated = jsonLdHeadline != null ? jsonLdHeadline : ogTitle != null ? ogTitle : title;
        if (h1 != null && firstStated != null && agrees(h1, firstStated) && norm(h1).length() * 2 >= norm(stripSiteName(firstStated)).length()
                && !isSiteName(h1)) {
            sources.add("headline from <h1> (agrees with the stated title)");
            return h1;
        }
        if (firstStated != null) {
            sources.add("headline from " + (jsonLdHeadline != null ? "JSON-LD headline" : ogTitle != null ? "og:title" : "<title>")
                    + ", site name cut");
            return stripSiteName(firstStated);
        }
        if (h1 != null) {
            sources.add("headline from <h1>");
        }
        return h1;
    }

    private boolean isSiteName(String s) {
        return siteName != null && norm(s).equals(norm(siteName));
    }

    /** True when one title is the other, possibly with a site name or section around it. */
    static boolean agrees(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || (x.length() >= 15 && y.contains(x)) || (y.length() >= 15 && x.contains(y));
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = NORM_QUOTES.matcher(t).replaceAll("");
        t = NORM_DASHES.matcher(t).replaceAll("-");
        return NORM_SPACE.matcher(t).replaceAll(" ").strip();
    }

    /** norm's patterns, compiled once: String.replaceAll compiles its pattern on every call (JFR, dev pages). */
    private static final Pattern NORM_QUOTES = Pattern.compile("[\"'“”‘’«»„]");
    private static final Pattern NORM_DASHES = Pattern.compile("[‐‑‒–—―]");
    private static final Pattern NORM_SPACE = Pattern.compile("\\s+");

    /** "Headline | Site", "Site - Headline", "Headline - Section - Site" lose the site parts. */
    String stripSiteName(String t) {
        String s = t.strip();
        Matcher m = HEADLINE_SEPARATORS.matcher(s);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return s;
        }
        String site = siteName == null ? null : norm(siteName);
        // the site named first: "Site | Headline"
        String head = s.substring(0, seps.get(0)[0]);
        if (site != null && norm(head).equals(site)) {
            return s.substring(seps.get(0)[1]).strip();
        }
        // the longest part is the headline when the others are short (site, section)
        int bestStart = 0;
        int bestEnd = seps.get(0)[0];
        int prev = 0;
        for (int i = 0; i <= seps.size(); i++) {
            int end = i < seps.size() ? seps.get(i)[0] : s.length();
            if (end - prev > bestEnd - bestStart) {
                bestStart = prev;
                bestEnd = end;
            }
            prev = i < seps.size() ? seps.get(i)[1] : prev;
        }
        // keep a colon's two halves together ("Brexit: what happens next") unless a part is the site
        String last = s.substring(seps.get(seps.size() - 1)[1]).strip();
        boolean lastIsSite = site != null && (norm(last).equals(site) || norm(last).contains(site) || site.contains(norm(last)));
        if (lastIsSite || last.split("\\s+").length <= 4) {
            String cut = s.substring(0, seps.get(seps.size() - 1)[0]).strip();
            return cut.length() >= 10 ? stripSiteName(cut) : s;
        }
        if (bestStart == 0 && bestEnd == seps.get(0)[0] && head.split("\\s+").length >= 4) {
            return s;
        }
        return s;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static boolean inside(Element e, String tag) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Meta tag attributes that name a value. */
    private static final String[] META_KEYS = {"property", "name", "itemprop"};
    /** The page's meta tags, built on first use: content by lower-cased property, name or itemprop. */
    private Map<String, String> metaContent;

    /**
     * The content of the first meta tag (in page order) whose property, name or itemprop is {@code key}, any case,
     * and whose content is not blank. The tags are indexed once per page: looking each key up with a walk over
     * the whole document was the largest cost of reading a page's metadata (JFR, dev pages).
     */
    private String meta(Document doc, String key) {
        if (metaContent == null) {
            metaContent = new HashMap<>();
            for (Element m : doc.getElementsByTag("meta")) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    for (String attr : META_KEYS) {
                        metaContent.putIfAbsent(m.attr(attr).toLowerCase(Locale.ROOT), c);
                    }
                }
            }
        }
        return metaContent.get(key.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("name") ? n.get("name") : n.get("@value"));
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false).strip();
    }

    private static String imageUrl(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : imageUrl(n.get(0));
        }
        return n.isObject() ? text(n.get("url")) : text(n);
    }

    private static String lang(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        t = dash > 0 ? t.substring(0, dash) : t;
        return t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1)) ? t : null;
    }
}
