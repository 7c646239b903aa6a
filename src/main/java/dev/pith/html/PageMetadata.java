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
import dev.pith.byline.Byline;
import dev.pith.byline.BylineParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private final TextHelpers helpers;
    final List<String> sources = new ArrayList<>();

    String jsonLdHeadline;
    String ogTitle;
    String title;
    final List<Headlines.Heading> headings = new ArrayList<>();
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
        for (Element s : doc.getElementsByTag("script")) {
            if (!s.hasAttr("type") || !LD_JSON.matcher(s.attr("type")).find()) {
                continue; // what script[type~=(?i)application/ld\+json] selects, without a selector walk that asks every element
            }
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
        // an author stated on the WebPage node only (Yoast's graph), when no article node names one
        for (JsonNode author : pageAuthors) {
            if (authors.isEmpty()) {
                people(author, "JSON-LD WebPage author");
            }
        }
        for (JsonNode author : recipeAuthors) {
            if (authors.isEmpty()) {
                people(author, "JSON-LD Recipe author");
            }
        }
    }

    private final List<JsonNode> pageAuthors = new ArrayList<>();
    /**
     * The authors of Recipe nodes: a recipe site's page is a Recipe, no Article, and its author wrote the page
     * (schema.org's Recipe is a CreativeWork with an author; Google's recipe markup asks for it; dev corpus: a recipe
     * whose gold author was only there). Only the author is read: a Recipe's dates are the recipe's, which some
     * sites keep from an older version of the page (three dev pages whose dates moved when they were read).
     */
    private final List<JsonNode> recipeAuthors = new ArrayList<>();

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
            if (typeIs(n.get("@type"), "webpage") && n.has("author")) {
                pageAuthors.add(n.get("author"));
            }
            if (typeIs(n.get("@type"), "recipe") && n.has("author")) {
                recipeAuthors.add(n.get("author"));
            }
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
        String name = n.isObject() ? text(n.get("name")) : text(n);
        int before = authors.size();
        addAuthors(name, source);
        if (authors.size() == before && n.isObject() && typeIs(n.get("@type"), "person") && isUserName(name)) {
            addAuthor(name, source + " (a Person's name as the page gives it)");
        }
    }

    private static final int MAX_USER_NAME = 40;
    private static final int MAX_USER_NAME_WORDS = 3;

    /**
     * A name the page states is a Person's, though the byline parser does not read it as one: a user name
     * ("jesusfreak", "Tiberius") or a name not written in capitals ("Mobasir hassan"). Not a newsroom word, a
     * URL, an e-mail address or a number.
     */
    private static boolean isUserName(String name) {
        if (name == null || name.length() < 2 || name.length() > MAX_USER_NAME || name.contains("://") || name.contains("@")
                || isSlug(name)
                || !Character.isLetter(name.charAt(0)) || name.split(" ").length > MAX_USER_NAME_WORDS || isNotAName(name)) {
            return false;
        }
        for (String w : name.split(" ")) {
            if (isNotAName(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An account's slug ("edilson.la.rosa", "sarah-indra"): lower-case words joined by dots, hyphens or
     * underscores, as in a profile's address. The CMS account that posted the page, not the name it shows: the
     * meta tags and the visible byline are read instead (dev corpus: two pages whose JSON-LD Person is a slug).
     */
    static boolean isSlug(String name) {
        boolean joiner = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                joiner = true;
            } else if (!Character.isLowerCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return joiner;
    }

    private void addAuthors(String value, String source) {
        if (value == null || value.isBlank() || value.contains("://") || value.startsWith("www.") || value.length() > 200) {
            return;
        }
        value = withoutSiteName(value);
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

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[-|–—:]\\s+");

    /**
     * The name without the site's name set before or after it ("unocero - Alberto Ávila" in a meta author, as
     * titles carry the site's name; dev corpus): the site is not an author, and the byline parser reads the pair
     * as no name at all.
     */
    private String withoutSiteName(String value) {
        if (siteName == null) {
            return value;
        }
        String[] parts = SITE_SEPARATOR.split(value.strip());
        if (parts.length == 2) {
            if (parts[0].equalsIgnoreCase(siteName.strip())) {
                return parts[1];
            }
            if (parts[1].equalsIgnoreCase(siteName.strip())) {
                return parts[0];
            }
        }
        return value;
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

    private static final Pattern LD_JSON = Pattern.compile("(?i)application/ld\\+json");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An ISO 8601 value as given (to the minute or second with its offset), or the first full date in the text. */
    private DateValue parseDate(String s) {
        String v = s.strip();
        if (v.length() >= 10 && ISO_DAY.matcher(v).region(0, 10).matches()) {
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
                    "sailthru.author", "byl", "citation_author", "article.author", "cxenseparse:author",
                    "shareaholic:article_author_name", "twitter:data1")) {
                if (!key.equals("twitter:data1") || isWrittenBy(meta(doc, "twitter:label1"))) {
                    for (String value : metaValues(doc, key)) {
                        addAuthors(value, "meta " + key);
                    }
                }
                if (!authors.isEmpty()) {
                    break;
                }
            }
        } else {
            coAuthorsFromMeta(doc);
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

    /**
     * The meta author that names the JSON-LD's author and co-authors besides: the JSON-LD of some CMSs names the
     * first author only ("Sadhbh O'Sullivan" in JSON-LD, "Sadhbh O'Sullivan,Elisabeth Kochan" in the meta author;
     * dev corpus), so the longer list of the same byline is taken.
     */
    private void coAuthorsFromMeta(Document doc) {
        String value = meta(doc, "author");
        if (value == null || value.contains("://")) {
            return;
        }
        List<String> named = helpers.names(withoutSiteName(value));
        Set<String> stated = normalised(authors);
        Set<String> meta = normalised(named);
        if (meta.size() > stated.size() && meta.containsAll(stated)) {
            for (String n : named) {
                addAuthor(n, "meta author (the co-authors the JSON-LD author leaves out)");
            }
        }
    }

    /** Twitter's "Written by" label, as WordPress writes it in the page's language. */
    private static boolean isWrittenBy(String label) {
        return label != null && WRITTEN_BY.matcher(label.strip()).matches();
    }

    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|autor(in)?|author"
            + "|écrit par|rédigé par|escrito por|scritto da|geschreven door|napisane przez|skrevet af|skrivet av");

    // ---- the visible page -----------------------------------------------------------------------------

    private void visible(Document doc) {
        List<Headlines.Heading> others = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            Headlines.Heading heading = Headlines.heading(h, inside(h, "article") || h.attr("itemprop").equalsIgnoreCase("headline"));
            if (!heading.text().isEmpty()) {
                (heading.inArticle() ? headings : others).add(heading);
            }
        }
        headings.addAll(others);
        for (Element h : doc.select("h2, h3")) {
            if (headings.size() < 60 && !h.text().isBlank()) {
                headings.add(Headlines.heading(h, false));
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
            descriptionByline();
        }
        if (authors.isEmpty()) {
            visibleAuthors(doc);
        } else {
            visibleBylineOverMetadata(doc);
        }
        if (authors.isEmpty()) {
            owner = SiteOwner.of(doc.body(), siteName, title, helpers::names);
        }
        if (authors.isEmpty() && owner == null) {
            postAuthor(doc);
        }
        if (authors.isEmpty() && owner == null) {
            dataAuthor(doc);
        }
        if (authors.isEmpty() && owner == null) {
            creator(doc);
        }
        standfirst = standfirst(doc);
        if (published == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                date(m.group(1) + "-" + m.group(2) + "-" + m.group(3), true, "the page's URL");
            }
        }
        if (published == null) {
            visibleDate(doc);
            if (published == null) {
                statedDate(doc);
            }
        } else {
            localDate(doc);
        }
    }

    /**
     * The last of the last resorts: the content's creator as Twitter's card markup names it ({@code twitter:creator},
     * "the @username of the content creator" in Twitter's card documentation), when it holds a name or a user name
     * ("delta201", a fiction site's writer; dev corpus), never a handle ("@site") or an account's slug
     * ("site_news"), which {@link #nameOrUserName} refuses.
     */
    private void creator(Document doc) {
        nameOrUserName(meta(doc, "twitter:creator"), "meta twitter:creator");
    }

    /** The name on the post author's own comments, as the page writes it (a user name too: "MikeNils"). */
    private void postAuthor(Document doc) {
        if (doc.body() != null) {
            nameOrUserName(PostAuthor.of(doc.body()), "the comments of the post's author (class bypostauthor)");
        }
    }

    /**
     * The first {@code data-author} attribute in the page's body: forum engines (XenForo) put the poster's name on
     * each post's element, and some news themes on the article's; the first one is the thread's or the article's
     * author. Rule source: the attribute's use in forum and theme markup (dev corpus: a forum thread whose gold
     * author stood only there).
     */
    private void dataAuthor(Document doc) {
        Element e = doc.body() == null ? null : doc.body().selectFirst("[data-author]");
        if (e != null && !outsideArticleFurniture(e, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE)) {
            nameOrUserName(e.attr("data-author").strip(), "the data-author attribute of the first post");
        }
    }

    /** The names a last-resort author source gives, or the user name it holds alone; never a newsroom word. */
    private void nameOrUserName(String v, String source) {
        if (v == null || v.isEmpty() || v.length() > 60 || isNotAName(v)) {
            return;
        }
        List<String> names = helpers.names(v);
        if (names.isEmpty() && isUserNameAlone(v)) {
            names = List.of(v);
        }
        for (String n : names) {
            addAuthor(n, source);
        }
    }

    /** The first full date in the short texts after the h1 (else from the top of the page). */
    private void visibleDate(Document doc) {
        String[] text = new String[1];
        DateValue shown = shownDate(doc, text);
        if (shown != null) {
            published = shown;
            sources.add("published from the visible text near the headline: \"" + text[0] + "\"");
        }
    }

    /**
     * The date a timestamp in UTC (or with no offset) stands for in the page's own time zone: when the page
     * shows a date one day off near the headline, the timestamp was converted to UTC across midnight, and
     * the date as the page writes it is the publication date (dev corpus: "2018-12-31T23:11:59+00:00" for
     * a post dated 1 January 2019).
     */
    private void localDate(Document doc) {
        if (published == null || published.iso().length() < 16 || !UTC_OR_NAIVE.matcher(published.iso()).find()) {
            return;
        }
        String[] text = new String[1];
        DateValue shown = shownDate(doc, text);
        if (shown == null || shown.iso().length() < 10) {
            return;
        }
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(published.iso().substring(0, 10)),
                    java.time.LocalDate.parse(shown.iso().substring(0, 10)));
            if (Math.abs(days) == 1) {
                sources.add("published: the page shows \"" + text[0] + "\" beside the UTC timestamp " + published.iso()
                        + "; the date as shown is kept");
                published = new DateValue(shown.iso().substring(0, 10), published.text(), false, null);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // not a calendar date: keep the timestamp
        }
    }

    private static final Pattern UTC_OR_NAIVE = Pattern.compile("T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]00:?00)?$");
    /** A date labelled as an update ("Letzte Änderung: 31.10.2023") is not the publication date shown beside it. */
    private static final Pattern UPDATE_LABEL = Pattern.compile("(?iu)(letzte änderung|zuletzt aktualisiert|aktualisiert|geändert"
            + "|last updated|updated|last modified|modified|mis à jour|actualizado|aggiornato)( am| on| le| el| il)?\\s*:?[^|·•\\d]{0,20}"
            + "[\\d./ -]{0,8}\\p{L}{0,12}\\.?\\s*\\d{4}");

    /** The first full date in the short texts after the h1, else just before it (a dateline above the headline). */
    private DateValue shownDate(Document doc, String[] text) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element h1 = mainH1(doc);
        List<Element> all = bodyElements(doc);
        int at = h1 == null ? -1 : all.indexOf(h1);
        DateValue d = shownDate(all, at + 1 + (h1 == null ? 0 : h1.getAllElements().size() - 1), all.size(), 80, text);
        return d != null || at < 0 ? d : shownDate(all, Math.max(0, at - BEFORE_H1), at, BEFORE_H1, text);
    }

    private static final int BEFORE_H1 = 15;

    private DateValue shownDate(List<Element> all, int from, int to, int max, String[] text) {
        int seen = 0;
        for (int i = from; i < to && seen < max; i++) {
            Element e = all.get(i);
            String v = e.childrenSize() > 0 && !e.normalName().equals("time") ? e.ownText() : e.text();
            if (v.isBlank() || v.length() > 150 || outsideArticleFurniture(e, Wrappers.FURNITURE_BY_ANY_NAME)) {
                continue;
            }
            seen++;
            DateValue d = parseDate(UPDATE_LABEL.matcher(v).replaceAll(" "));
            if (d == null) {
                d = parseDate(v); // the update is the only date shown
            }
            if (d != null) {
                text[0] = v.strip();
                return new DateValue(d.iso(), v.strip(), d.inferred(), d.inference());
            }
        }
        return null;
    }

    /** The last resorts: hAtom's published/updated title attribute, then a date in the page's title or description. */
    private void statedDate(Document doc) {
        for (Element e : doc.select("abbr.published[title], .published[title], .entry-date[title], .updated[title]")) {
            date(e.attr("title"), true, "the hAtom " + e.className() + " title");
            if (published != null) {
                return;
            }
        }
        String[][] texts = {{title, "<title>"}, {ogTitle, "og:title"}, {description, "the description"}};
        for (String[] t : texts) {
            if (t[0] != null && t[0].length() < 400) {
                date(t[0], true, t[1]);
                if (published != null) {
                    return;
                }
            }
        }
    }

    /**
     * The standfirst (lead, dek, intro) printed just after the h1 in an element whose class says so: it is
     * the article's first paragraph, though pages often keep it outside the container of the others.
     */
    private String standfirst(Document doc) {
        Element h1 = mainH1(doc);
        if (h1 == null) {
            return null;
        }
        List<Element> all = bodyElements(doc);
        int at = all.indexOf(h1) + h1.getAllElements().size();
        for (int i = at; i < Math.min(all.size(), at + STANDFIRST_WITHIN); i++) {
            Element e = all.get(i);
            if (STANDFIRST.matcher(e.className()).find() && !NOT_STANDFIRST_TAGS.contains(e.normalName())) {
                String t = e.text().strip();
                if (t.length() >= 60 && t.length() <= 800 && e.select("a").text().length() * 3 < t.length()
                        && !outsideArticleFurniture(e, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE)) {
                    return t;
                }
            }
        }
        return null;
    }

    String standfirst;
    /** The person the site belongs to, when the page names no author: the author's last resort. */
    SiteOwner.Owner owner;
    private static final Set<String> NOT_STANDFIRST_TAGS = Set.of("a", "h1", "h2", "h3", "ul", "ol", "li", "nav", "img", "figure");
    private static final int STANDFIRST_WITHIN = 25;
    private static final Pattern STANDFIRST = Pattern.compile("(?i)(?<![\\p{L}])(lead|leader|intro|intro-text|standfirst|dek"
            + "|subline|teaser-text|article-teaser|summary|excerpt|abstract|einleitung|vorspann|chapeau|sumario|occhiello)(?![\\p{L}])");
    /** Structured author markup first (microdata, rel=author, hCard, author-page links), then byline text. */
    private void visibleAuthors(Document doc) {
        List<List<Element>> structured = StructuredAuthors.find(doc);
        for (StructuredAuthors.Kind kind : StructuredAuthors.Kind.values()) {
            for (Element e : structured.get(kind.ordinal())) {
                if (outsideArticleFurniture(e, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE) || linksHome(e)) {
                    continue;
                }
                String v = e.hasAttr("content") ? e.attr("content") : e.text();
                v = v.strip();
                if (v.isEmpty() || v.length() > 100) {
                    continue;
                }
                List<String> names = helpers.names(v);
                if (names.isEmpty() && !v.contains(" ") && v.length() >= 2 && v.length() <= 30 && Character.isLetter(v.charAt(0))
                        && !isNotAName(v)) {
                    names = List.of(v); // a user name as the page gives it ("gizzmo")
                }
                int before = authors.size();
                for (String n : names) {
                    addAuthor(n, kind.source);
                }
                if (authors.size() > before) {
                    return; // else only the site's name: the next element may name the author
                }
            }
        }
        for (Element e : bylineNamed(doc)) {
            String v = TextLength.atMost(e, 2 * 120); // stripped below: a margin for other spaces around it
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty() || v.length() > 120 || outsideArticleFurniture(e, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE)) {
                continue;
            }
            List<String> names = helpers.names(v);
            if (names.isEmpty() && isUserNameAlone(v) && linksToProfile(e, v)) {
                names = List.of(v); // a user name alone in the author element, linked to its profile ("Lars")
            }
            if (!names.isEmpty()) {
                byline = v;
                for (String n : names) {
                    addAuthor(n, "a byline element (class \"" + e.className() + "\")");
                }
                return;
            }
        }
        visibleByline(doc);
        if (authors.isEmpty()) {
            authorBox(doc);
        }
    }

    /**
     * A byline with a marker ("Von X", "Erstellt von X am ...", "By X") in the visible text after the headline
     * that names other people than the metadata wins: the meta tags and JSON-LD of a blog or magazine often name
     * the account that posted the page or the site's owners ("Matthias Hille - Lukas Balbach" in the meta
     * author, "Isabell Angele" in Yoast's graph) while the page shows who wrote it (dev corpus: three pages; the
     * byline scan's rules for teasers, links and furniture keep other stories' bylines out).
     */
    private void visibleBylineOverMetadata(Document doc) {
        List<String> stated = new ArrayList<>(authors);
        String statedByline = byline;
        int notes = sources.size();
        authors.clear();
        byline = null;
        boolean found = scanBylinesAroundHeadline(doc, articleElement(doc), Markers.REQUIRED);
        if (found && !sameNames(authors, stated)) {
            sources.add("the visible byline beside the headline names other people than the metadata ("
                    + String.join(", ", stated) + "): taken");
            return;
        }
        while (sources.size() > notes) {
            sources.remove(sources.size() - 1);
        }
        authors.clear();
        authors.addAll(stated);
        byline = statedByline;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        return normalised(a).equals(normalised(b));
    }

    /** The names as compared: normalised as headlines are ({@link #norm}). */
    private static Set<String> normalised(List<String> names) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            out.add(norm(n));
        }
        return out;
    }

    /** How much of the description's start is read as its byline. */
    private static final int DESCRIPTION_BYLINE = 200;

    /**
     * A description that starts with a marked byline ("Posted by Nathan Parker, Varun Khaneja, Eric Mill and Kiran C
     * Nair - Chrome Safe Browsing team Over the past few years ..."; "Par Didier Roy (Planète Asie, ...)"; dev
     * corpus): blog engines write the post's first words as its description, the byline included, where the page
     * itself renders the post with JavaScript. Read before the page's author links, which on such blogs name the
     * blog ("Google").
     */
    private void descriptionByline() {
        if (description == null || !DESCRIPTION_MARKER.matcher(description).lookingAt()) {
            return;
        }
        String start = description.length() > DESCRIPTION_BYLINE ? description.substring(0, DESCRIPTION_BYLINE) : description;
        int dash = start.indexOf(" - ");
        java.util.Optional<Byline> b = BylineParser.parse(dash > 0 ? start.substring(0, dash) : start);
        if (b.isPresent() && b.get().marked()) {
            for (String n : b.get().authors()) {
                addAuthor(n, "the byline the description starts with");
            }
        }
    }

    private static final Pattern DESCRIPTION_MARKER = Pattern.compile("(?iu)\\s*(?:posted by|written by|by|von|par|por)\\s");

    /** Tags whose text may be the name an author box is headed with. */
    private static final Set<String> BOX_NAME_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "strong", "b", "a");
    private static final int MAX_BOX_NAME = 60;

    /**
     * The last resort: an author box (an element whose class or id says author or byline, as the theme's "about
     * the author" box under a post) headed by the author's name alone, in a heading, bold text or a link
     * ("<div class=author-bio><h3>Martin Junker</h3>...", "<div class=author-info>...<h3><a>Inga Hoeltmann</a>
     * <a>Follow</a>"; dev corpus), its text too long to be read as a byline. The name is the whole text of an
     * element with at most one child (the heading of two links runs "Inga HoeltmannFollow" together), read as one
     * name that starts with a common given name.
     */
    private void authorBox(Document doc) {
        for (Element box : bylineNamed(doc)) {
            if (outsideArticleFurniture(box, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE)) {
                continue;
            }
            for (Element e : box.getAllElements()) {
                if (e == box || !BOX_NAME_TAGS.contains(e.normalName()) || e.childrenSize() > 1) {
                    continue;
                }
                String t = TextLength.atMost(e, 2 * MAX_BOX_NAME);
                t = t == null ? null : t.strip();
                if (t == null || t.isEmpty() || t.length() > MAX_BOX_NAME) {
                    continue;
                }
                List<String> names = helpers.names(t);
                if (names.size() == 1 && names.get(0).equals(t) && dev.pith.byline.GivenNames.startsWithGivenName(t)) {
                    addAuthor(t, "the name heading an author box (class \"" + box.className() + "\")");
                    return;
                }
            }
        }
    }

    /**
     * The elements whose class names a byline or an author ("byline", "author", "autor", any case) or whose id
     * does ("byline", "author"), in page order: one walk that reads each element's class and id once (jsoup's
     * selector for the same read and lower-cased both attributes for each of its eight alternatives).
     */
    private static List<Element> bylineNamed(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String cls = e.className().toLowerCase(Locale.ROOT);
            String id = e.id().toLowerCase(Locale.ROOT);
            if (cls.contains("byline") || cls.contains("author") || cls.contains("autor")
                    || id.contains("byline") || id.contains("author")) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The element is, or is in, a link to the site's home page ("/", "https://site/"): the site's title marked up
     * as its owner's hCard ("<h1 class='vcard author'><a href='https://site/' class=fn>Krimiblog-Archiv</a>",
     * a blog theme's header; dev corpus), not the article's byline.
     */
    private static boolean linksHome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("a") && a.hasAttr("href")) {
                String href = a.attr("href").strip();
                return href.equals("/") || HOME.matcher(href).matches();
            }
        }
        return false;
    }

    private static final Pattern HOME = Pattern.compile("(?i)(?:https?:)?//[^/?#]+/?");

    /**
     * The element's link whose text is {@code name} points to an address whose path holds the name: a profile
     * page ("/user,profile,30,lars.html"), not a button whose tracking query happens to ("?trk=...follow-button").
     */
    private static boolean linksToProfile(Element e, String name) {
        Element a = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
        if (a == null || !a.text().strip().equals(name)) {
            return false;
        }
        String href = a.attr("href");
        int end = href.length();
        for (char c : new char[] {'?', '#'}) {
            int i = href.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return href.substring(0, end).toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    /** One word of letters and digits (a user name), not a label or a newsroom word. */
    private static boolean isUserNameAlone(String v) {
        if (v.length() < 2 || v.length() > 30 || !Character.isLetter(v.charAt(0)) || isNotAName(v)) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isLetterOrDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Newsroom words and labels that are never an author's name, even as a user name ("Staff", "Redaktion", "Posted by"). */
    static boolean isNotAName(String n) {
        return NOT_A_NAME.matcher(n).matches() || NAME_LABEL.matcher(n + " ").matches()
                || LABEL_WORD.matcher(n.toLowerCase(Locale.ROOT)).matches();
    }

    private static final Pattern LABEL_WORD =
            Pattern.compile("posted|published|on|am|le|el|il|by|von|name|author|autor|share|admin|mehr|more|profil|profile");

    /** A file's name, not a person's: what a rel=author link to "humans.txt" or "about.html" holds. */
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[\\w.-]+\\.(?:txt|html?|php|aspx?|xml|json|jpe?g|png|gif)");

    /** The name without the separators an element's text ends with ("Reuters,", "Jane Doe |", "PTI -"). */
    static String withoutTrailingMarks(String name) {
        int end = name.length();
        while (end > 0 && (",;:|/-–—·•".indexOf(name.charAt(end - 1)) >= 0 || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(0, end);
    }

    private static final Pattern NAME_LABEL = Pattern.compile(
            "^(?:post author|posted by|posted|published by|written by|geschrieben von|verfasst von|artikel von|ein beitrag von"
                    + "|author|autor(?:in)?|auteur|autore|autor|name|von|by|par|por|di|door|av|af)\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:staff|admin|administrator|editor|editors|redaktion|rédaction|redacción|redazione|redakcja|team"
                    + "|newsroom|desk|guest|anonymous|unknown|none|null|reporter|correspondent|agencies|wires?|news|afp|ap"
                    + "|reuters|dpa|apa|ansa|efe|pap|associated press|press association|the associated press|staff writer"
                    + "|staff reporter|contributor|online|web|digital)$");

    /**
     * A byline in the visible text: the first short element after the h1 (or at the top of the article) that
     * pith's byline parser reads as one with a marker ("Von X", "By X | date", "Autorin: X, role"), else the
     * same at the article's end, where blogs and press releases sign ("Text: X").
     */
    private void visibleByline(Document doc) {
        if (doc.body() == null) {
            return;
        }
        Element article = articleElement(doc);
        if (scanBylinesAroundHeadline(doc, article, Markers.OR_DATED)) {
            return;
        }
        if (article != null) {
            List<Element> inside = article.getAllElements();
            scanBylines(inside, Math.max(0, inside.size() - 40), 40);
        }
    }

    /** Short elements after the headline looked at for a byline. */
    private static final int BYLINE_SCAN = 80;

    /**
     * A byline after the headline, else in the last elements before it: the meta line of some themes stands above
     * the h1 ("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>...", a table row "26 | 01 | 2022 |
     * Schweiz | Text &amp; Fotos: Ivan Valetny" under the header image; dev corpus), as the date shown does
     * ({@link #shownDate(Document, String[])} looks there too).
     */
    private boolean scanBylinesAroundHeadline(Document doc, Element article, Markers markers) {
        List<Element> all = bodyElements(doc);
        if (scanBylines(all, bylineScanFrom(doc, article), BYLINE_SCAN, markers)) {
            return true;
        }
        Element h1 = mainH1(doc);
        int at = h1 == null ? -1 : all.indexOf(h1);
        return at > 0 && scanBylines(all.subList(0, at), Math.max(0, at - BEFORE_H1), BEFORE_H1, markers);
    }

    /** The page's article element ({@code <article>} or {@code itemprop=articleBody}), null when none. */
    private static Element articleElement(Document doc) {
        return doc.body() == null ? null : doc.body().selectFirst("article, [itemprop=articleBody]");
    }

    /**
     * Where the visible-byline scans start among the body's elements: just after the main h1, else just after the
     * start of the page's {@code article} element, else after the body's first element.
     */
    private int bylineScanFrom(Document doc, Element article) {
        Element h1 = mainH1(doc);
        List<Element> all = bodyElements(doc);
        return (h1 != null ? all.indexOf(h1) : article != null ? all.indexOf(article) : 0) + 1;
    }

    /** Which bylines a scan takes. */
    private enum Markers {
        /** Only a byline with a marker ("Von X", "By X"). */
        REQUIRED,
        /** Also names beside a date with no marker, when every name starts with a common given name. */
        OR_DATED
    }

    private boolean scanBylines(List<Element> elements, int from, int max) {
        return scanBylines(elements, from, max, Markers.OR_DATED);
    }

    private boolean scanBylines(List<Element> elements, int from, int max, Markers markers) {
        int seen = 0;
        // the text of each element at most MAX_BYLINE long, else absent; asked for each element and again for
        // its parent by each of its children, so kept
        java.util.Map<Element, java.util.Optional<String>> shortText = new java.util.IdentityHashMap<>();
        java.util.function.Function<Element, java.util.Optional<String>> text =
                x -> shortText.computeIfAbsent(x, y -> java.util.Optional.ofNullable(TextLength.atMost(y, MAX_BYLINE)));
        for (int i = from; i < elements.size() && seen < max; i++) {
            Element e = elements.get(i);
            if (e.childrenSize() > MAX_BYLINE_CHILDREN || NOT_BYLINE_TAGS.contains(e.normalName())) {
                continue; // a container, not a byline: its text is not worth building; or a heading, link, time
            }
            String v = text.apply(e).orElse(null);
            if (v == null || v.isBlank() || outsideArticleFurniture(e, Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE)
                    || inLink(e)) {
                continue;
            }
            // a short element inside a short parent is read too, after the parent (which comes first and, read as a
            // byline, is taken first): "06.11.2023 13:30 von Olga" in a span of the h2 "Stars (1 / 1) ..." (dev
            // corpus), and then only with a marker (a cell "Jan FEB" of a calendar in a short table beside a date is
            // not a name beside a date); only the outermost short elements count towards the elements looked at
            boolean inner = e.parent() != null && !e.parent().normalName().equals("body") && text.apply(e.parent()).isPresent()
                    && !holdsHeadline(e.parent(), e.ownerDocument());
            if (!inner) {
                seen++;
            }
            java.util.Optional<Byline> b = BylineParser.parse(labelled(e));
            if (b.isPresent() && !b.get().authors().isEmpty() && (b.get().marked()
                    || markers == Markers.OR_DATED && !inner && b.get().confidence() >= DATED && dev.pith.byline.GivenNames.allStartWithGivenName(b.get().authors())
                    && helpers.date(v) != null)) {
                byline = v.strip();
                for (String n : b.get().authors()) {
                    addAuthor(n, "a byline in the visible text: \"" + BodyExtractor.clip(v.strip(), 60) + "\"");
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The element's lines, after the term it defines when it is a {@code <dd>}: a definition list of the article's
     * facts ("<dt>Auteur</dt><dd>Uriel Gadessaud</dd><dt>Cover</dt>..."; dev corpus) labels each value in the term
     * before it, as "Auteur: Uriel Gadessaud".
     */
    private static String labelled(Element e) {
        Element term = e.previousElementSibling();
        if (e.normalName().equals("dd") && term != null && term.normalName().equals("dt")) {
            String t = TextLength.atMost(term, MAX_TERM);
            if (t != null && !t.isBlank()) {
                return t.strip() + (t.strip().endsWith(":") ? " " : ": ") + lines(e);
            }
        }
        return lines(e);
    }

    private static final int MAX_TERM = 30;

    /**
     * Inside a link: a teaser card of another story, its headline, standfirst and byline all one link to it
     * ("<a href=/de-de/...><div class=story-meta>von Ella Glover</div></a>" under an article; dev corpus).
     */
    private static boolean inLink(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("a") && a.hasAttr("href")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element's text with its line breaks and block boundaries as " | ", so that the byline parser sees where
     * the byline ends ("Von Eurosport" in one div, "Publiziert 02/02/2022" in the next; "Von X und Y<br>Kakuma
     * /Kenia"; dev corpus), not one run of words that makes the next line part of the last name.
     */
    /**
     * Table cells: each its own line, as a browser's innerText separates them by a tab (run together, "May" and
     * "28" of two cells became "May28", which the byline parser reads as a name glued to a date).
     */
    private static final Set<String> CELLS = Set.of("td", "th");

    static String lines(Element e) {
        StringBuilder b = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    for (char c : t.getWholeText().toCharArray()) {
                        if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d') {
                            continue; // soft hyphens and zero-width characters, dropped as jsoup's text drops them
                        }
                        if (!Character.isWhitespace(c) && c != '\u00a0') {
                            b.append(c);
                        } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                            b.append(' ');
                        }
                    }
                } else if (node instanceof Element x && x != e && (x.normalName().equals("br")
                        || BodyExtractor.BLOCK.contains(x.normalName()) || CELLS.contains(x.normalName()))) {
                    separate();
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element x && x != e && (BodyExtractor.BLOCK.contains(x.normalName())
                        || CELLS.contains(x.normalName()))) {
                    separate();
                }
            }

            /**
             * One " | " between two lines, none before the first: nested blocks (10,000 divs) give one. After a
             * label ("Autor:" in an h5 and the name after it, "Datum:"; dev corpus) a space: the label and its
             * value are one line.
             */
            private void separate() {
                int end = b.length();
                while (end > 0 && b.charAt(end - 1) == ' ') {
                    end--;
                }
                b.setLength(end);
                if (end > 0 && b.charAt(end - 1) == ':') {
                    b.append(' ');
                } else if (end > 0 && b.charAt(end - 1) != '|') {
                    b.append(" | ");
                } else if (end > 0) {
                    b.append(' ');
                }
            }
        }, e);
        int end = b.length();
        while (end > 0 && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '|')) {
            end--;
        }
        return b.substring(0, end);
    }

    private static final int MAX_BYLINE = 120;
    /** Elements whose text is the headline, a link, a date or code, never the byline scanned for. */
    private static final java.util.Set<String> NOT_BYLINE_TAGS = java.util.Set.of("h1", "a", "time", "script", "style");
    private static final int MAX_BYLINE_CHILDREN = 8;
    /**
     * The parser's confidence for a name set beside a date with no marker ("11.12.2019 - Amelie Loevenich",
     * "04.02.2022 | 13:10 Uhr | Uta Helkenberg"; dev corpus): taken when every name starts with a common given name.
     */
    private static final double DATED = 0.75;

    private void addAuthor(String name, String source) {
        name = withoutTrailingMarks(name); // "Reuters," of an hCard that lists the dateline's place next
        if (name.isEmpty() || FILE_NAME.matcher(name).matches()) {
            return; // "humans.txt" of a rel=author link is a file
        }
        String[] w = name.split(" ");
        if (w.length % 2 == 0 && w.length >= 4 && String.join(" ", java.util.Arrays.copyOf(w, w.length / 2))
                .equals(String.join(" ", java.util.Arrays.copyOfRange(w, w.length / 2, w.length)))) {
            name = String.join(" ", java.util.Arrays.copyOf(w, w.length / 2)); // the name twice: a link's text and its title
        }
        if (siteName != null && name.equalsIgnoreCase(siteName) || authors.contains(name)) {
            return;
        }
        authors.add(name);
        sources.add("author \"" + name + "\" from " + source);
    }

    /** How a container named both as furniture and as content ("widget Blog") is taken. */
    private enum Wrappers {
        /**
         * For authors and standfirsts: it is the article's (Blogger wraps the post, its byline and lead included,
         * in "widget Blog").
         */
        CONTENT_NAMED_ARE_THE_ARTICLE,
        /** For dates: it is furniture (teasers of other stories carry dates too; dev corpus, two pages). */
        FURNITURE_BY_ANY_NAME
    }

    /**
     * Inside comments, a sidebar, the page's footer or navigation: not the article's author, date or standfirst.
     * The {@code <footer>} of an {@code <article>} is the article's.
     */
    private boolean outsideArticleFurniture(Element e, Wrappers wrappers) {
        int up = 0;
        for (Element a = e; a != null && up < 25; a = a.parent(), up++) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("article")) {
                return false;
            }
            if (tag.equals("footer") && !inside(a, "article") || tag.equals("aside") || tag.equals("nav")) {
                return true; // the article's own <footer> signs it ("Posted by X at 18:52"); the page's does not
            }
            String names = Hints.names(a);
            if (!names.isEmpty() && (names.contains("comment") || names.contains("related") || names.contains("sidebar")
                    || names.contains("teaser") || names.contains("widget") || names.contains("reply")
                    || names.contains("respond"))
                    && !(wrappers == Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE && Hints.namesContent(a))
                    && !holdsHeadline(a, e.ownerDocument())
                    && !(wrappers == Wrappers.CONTENT_NAMED_ARE_THE_ARTICLE && followsHeadline(a, e.ownerDocument()))) {
                return true;
            }
        }
        return false;
    }

    /** The elements around the page's main h1, found on first use. */
    private Set<Element> aroundHeadline;

    /**
     * A container named as furniture that holds the page's main h1 is the article's header or the page's frame
     * ("teaser-small__metadata" around a news page's headline and byline, "zen-one-sidebar-second" around a whole
     * page; dev corpus), not a box beside the article.
     */
    private boolean holdsHeadline(Element a, Document doc) {
        if (aroundHeadline == null) {
            aroundHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Element x = doc == null ? null : mainH1(doc); x != null; x = x.parent()) {
                aroundHeadline.add(x);
            }
        }
        return aroundHeadline.contains(a);
    }

    /** Element siblings looked back over from a container for the h1 it follows. */
    private static final int AFTER_H1_SIBLINGS = 2;

    /**
     * A container named as furniture that comes just after the page's main h1, among its first two following
     * siblings, is the headline's metadata line ("teaser-small__metadata" holding "VON X am 21. April 2020" right
     * under a news page's h1; dev corpus), not a teaser box beside the article.
     */
    private boolean followsHeadline(Element a, Document doc) {
        Element h1 = mainH1(doc);
        if (h1 == null) {
            return false;
        }
        Element s = a.previousElementSibling();
        for (int i = 0; i < AFTER_H1_SIBLINGS && s != null; i++, s = s.previousElementSibling()) {
            if (s == h1 || holdsHeadline(s, doc)) {
                return true;
            }
        }
        return false;
    }

    private static final Evaluator MAIN_H1 = QueryParser.parse("article h1, h1");

    /** The page's main h1 (the one in its article first), null without a body or an h1; found on first use. */
    private Element mainH1;
    private boolean mainH1Found;
    /** Every element of the page's body in page order, listed on first use. */
    private List<Element> bodyElements;

    /**
     * The main h1: the headline, the byline scan, the date shown and the standfirst all start from it (each
     * looked it up with a walk of the page). The page is not changed while its metadata is read.
     */
    private Element mainH1(Document doc) {
        if (!mainH1Found) {
            mainH1 = doc.body() == null ? null : doc.body().selectFirst(MAIN_H1);
            mainH1Found = true;
        }
        return mainH1;
    }

    /** The body's elements, for the scans that walk them from the h1 (each listed them anew); empty without a body. */
    private List<Element> bodyElements(Document doc) {
        if (bodyElements == null) {
            bodyElements = doc.body() == null ? List.of() : doc.body().getAllElements();
        }
        return bodyElements;
    }

    // ---- headline -------------------------------------------------------------------------------------

    /** The headline: see {@link Headlines} for the rules. */
    String headline() {
        Headlines h = new Headlines(siteName);
        String headline = h.choose(new String[] {jsonLdHeadline, ogTitle, title},
                new String[] {"JSON-LD headline", "og:title", "<title>"}, headings);
        sources.addAll(h.sources);
        return headline;
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
    /** The page's meta tags, built on first use: contents by lower-cased property, name or itemprop. */
    private Map<String, List<String>> metaContent;

    /**
     * The content of the first meta tag (in page order) whose property, name or itemprop is {@code key}, any case,
     * and whose content is not blank. The tags are indexed once per page: looking each key up with a walk over
     * the whole document was the largest cost of reading a page's metadata (JFR, dev pages).
     */
    private String meta(Document doc, String key) {
        List<String> all = metaValues(doc, key);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The contents of all the meta tags whose property, name or itemprop is {@code key}, in page order, each once:
     * a page names each of several authors in a tag of its own ("parsely-author", "citation_author",
     * "article:author").
     */
    private List<String> metaValues(Document doc, String key) {
        if (metaContent == null) {
            metaContent = new HashMap<>();
            for (Element m : doc.getElementsByTag("meta")) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    for (String attr : META_KEYS) {
                        List<String> values = metaContent.computeIfAbsent(m.attr(attr).toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>());
                        if (!values.contains(c)) {
                            values.add(c);
                        }
                    }
                }
            }
        }
        return metaContent.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
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
