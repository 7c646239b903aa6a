package dev.pith.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pith.article.DateValue;
import dev.pith.article.PageInfo;
import dev.pith.assemble.StatedMetadata;
import dev.pith.byline.BylineParser;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about its article, best source first: JSON-LD (Article, NewsArticle, BlogPosting,
 * ...; in {@code @graph} and arrays; malformed JSON skipped), Open Graph and {@code article:*} meta, other
 * meta tags (author, date, DC, Parse.ly, Sailthru), {@code <time datetime>}, {@code rel=author},
 * {@code <html lang>}. Each value remembers where it came from, for --explain.
 */
final class PageMetadata {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting",
            "liveblogposting", "report", "backgroundnewsarticle", "reviewnewsarticle", "posting", "webpage");
    private static final int MAX_JSON_LD = 1 << 20;

    final List<String> sources = new ArrayList<>();
    private String headline;
    private final Set<String> authors = new LinkedHashSet<>();
    private DateValue published;
    private DateValue updated;
    private String language;
    private String siteName;
    private String url;
    private String description;
    private String image;
    private final Set<String> tags = new LinkedHashSet<>();

    /** The page's meta tags by lower-case name, property or itemprop: read once, not once per key. */
    private final Map<String, String> metas = new HashMap<>();

    static PageMetadata of(Document doc) {
        PageMetadata m = new PageMetadata();
        for (Element e : doc.select("meta[content]")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = e.attr(attr).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    m.metas.putIfAbsent(key, content);
                }
            }
        }
        m.jsonLd(doc);
        m.meta(doc);
        return m;
    }

    StatedMetadata stated(String headlineOverride) {
        PageInfo page = new PageInfo(siteName, url, description, image, List.copyOf(tags));
        return new StatedMetadata(headlineOverride != null ? headlineOverride : headline, List.copyOf(authors),
                published, updated, language, page);
    }

    String headline() {
        return headline;
    }

    String siteName() {
        return siteName;
    }

    private void jsonLd(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String json = s.data();
            if (json.length() > MAX_JSON_LD) {
                continue;
            }
            try {
                visit(LENIENT.readTree(json.strip()), 0);
            } catch (Exception e) {
                sources.add("JSON-LD block skipped: " + e.getClass().getSimpleName());
            }
        }
    }

    private void visit(JsonNode n, int depth) {
        if (n == null || depth > 8) {
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
        if (isArticle(n.get("@type"))) {
            boolean webPage = typeIs(n.get("@type"), "webpage");
            set("headline", text(n.get("headline")), webPage ? null : "JSON-LD headline");
            if (!webPage) {
                people(n.get("author"), "JSON-LD author");
            }
            date(n.get("datePublished"), true, "JSON-LD datePublished");
            date(n.get("dateModified"), false, "JSON-LD dateModified");
            if (language == null && text(n.get("inLanguage")) != null) {
                language = lang(text(n.get("inLanguage")));
            }
            if (description == null) {
                description = text(n.get("description"));
            }
            if (image == null) {
                image = imageUrl(n.get("image"));
            }
            JsonNode publisher = n.get("publisher");
            if (siteName == null && publisher != null && publisher.isObject()) {
                siteName = text(publisher.get("name"));
            }
            String section = text(n.get("articleSection"));
            if (section != null) {
                tags.add(section);
            }
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
        return type != null && !type.isArray() && type.asText().equalsIgnoreCase(name);
    }

    private void people(JsonNode n, String source) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(x -> people(x, source));
            return;
        }
        String name = n.isObject() ? text(n.get("name")) : text(n);
        if (n.isObject() && n.has("@type") && n.get("@type").asText().equalsIgnoreCase("organization")) {
            return;
        }
        addAuthor(name, source);
    }

    private void addAuthor(String name, String source) {
        if (name == null || name.isBlank() || name.contains("://") || name.startsWith("www.") || name.length() > 80) {
            return;
        }
        String clean = name.strip();
        if (siteName != null && clean.equalsIgnoreCase(siteName)) {
            return;
        }
        var parsed = BylineParser.parseLenient(clean);
        List<String> names = parsed.isPresent() && !parsed.get().authors().isEmpty() ? parsed.get().authors() : List.of(clean);
        for (String n : names) {
            if (!n.equalsIgnoreCase("staff") && !n.equalsIgnoreCase("admin") && authors.add(n)) {
                sources.add("author \"" + n + "\" from " + source);
            }
        }
    }

    private void date(JsonNode n, boolean isPublished, String source) {
        String s = text(n);
        if (s != null) {
            dateText(s, isPublished, source);
        }
    }

    private void meta(Document doc) {
        set("headline", meta(doc, "og:title"), "og:title");
        set("headline", meta(doc, "twitter:title"), "twitter:title");
        if (siteName == null) {
            siteName = meta(doc, "og:site_name");
        }
        for (String key : List.of("article:published_time", "datePublished", "pubdate", "publishdate", "date",
                "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
                "article.published", "published_time", "og:published_time", "citation_publication_date")) {
            String v = meta(doc, key);
            if (v != null) {
                dateText(v, true, "meta " + key);
            }
        }
        for (String key : List.of("article:modified_time", "og:updated_time", "dateModified", "last-modified")) {
            String v = meta(doc, key);
            if (v != null) {
                dateText(v, false, "meta " + key);
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime], [itemprop=datePublished]");
            if (time != null) {
                String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
                dateText(v.isEmpty() ? time.text() : v, true, "<time datetime>");
            }
        }
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "dc.creator", "parsely-author", "sailthru.author",
                    "byl", "citation_author")) {
                String v = meta(doc, key);
                if (v != null) {
                    addAuthor(v, "meta " + key);
                }
            }
        }
        if (authors.isEmpty()) {
            // the first name-shaped author link: later ones are usually teasers of other articles
            for (Element a : doc.select("[itemprop=author] [itemprop=name], a[rel=author], [rel=author]")) {
                var parsed = BylineParser.parseLenient(a.text());
                if (parsed.isPresent() && !parsed.get().authors().isEmpty()) {
                    addAuthor(a.text(), "rel=author");
                    break;
                }
            }
        }
        if (language == null) {
            String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
            if (lang.isEmpty()) {
                lang = meta(doc, "og:locale") == null ? "" : meta(doc, "og:locale");
            }
            if (!lang.isEmpty()) {
                language = lang(lang);
            }
        }
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical]");
            url = canonical != null && !canonical.attr("href").isEmpty() ? canonical.attr("href") : meta(doc, "og:url");
        }
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

    private void dateText(String v, boolean isPublished, String source) {
        DateValue d = parseDate(v);
        if (d == null) {
            return;
        }
        if (isPublished && published == null) {
            published = d;
            sources.add("published from " + source);
        } else if (!isPublished && updated == null) {
            updated = d;
            sources.add("updated from " + source);
        }
    }

    /** An ISO timestamp as given, or the first date a free-text value holds. */
    static DateValue parseDate(String s) {
        String v = s.strip();
        if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new DateValue(v.length() > 25 ? v.substring(0, 25) : v, v, false, null);
        }
        List<DateMention> found = DateFinder.find(v.length() > 200 ? v.substring(0, 200) : v, DateContext.none());
        for (DateMention d : found) {
            if (d.iso() != null && d.iso().length() >= 10) { // a full date, not a month
                return new DateValue(d.iso(), v, d.inferred(), d.inference());
            }
        }
        return null;
    }

    private void set(String field, String value, String source) {
        if (source == null || value == null || value.isBlank() || headline != null) {
            return;
        }
        headline = value.strip();
        sources.add(field + " from " + source);
    }

    private String meta(Document doc, String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
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
        return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
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
        return t.length() == 2 ? t : null;
    }
}
