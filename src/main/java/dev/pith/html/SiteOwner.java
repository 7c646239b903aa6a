package dev.pith.html;

import dev.pith.byline.GivenNames;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The person a personal site belongs to, for a page that names no author: the site is named after a person
 * ("... | Wolfgang Schmale" in the title, "Alexander Lasch" as the tagline of the theme's header), or the page's footer holds the copyright of a person ("(c) Johannes Wolf",
 * "Copyright (c) 2012- Gregory Szorc. All rights reserved.", "2006-2008 by Martin Weber"). Personal blogs and
 * home pages carry no byline: their owner wrote them (dev corpus, five blogs). A person, not a company: the name
 * is read as one name by the byline parser and starts with a common given name ("© 2023 Presse Augsburg" is not
 * one).
 */
final class SiteOwner {
    /** Where the owner's name was read. */
    enum Source {
        SITE_NAME("the site's name, a person's"),
        COPYRIGHT("the copyright line of a person");

        final String description;

        Source(String description) {
            this.description = description;
        }
    }

    /** The owner's name and where it was read. */
    record Owner(String name, Source source) {
    }

    /** Two to four capitalised words (initials "J." between them), the shape of a person's name. */
    private static final String NAME = "(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}[\\p{L}'’-]*)){1,3})";
    private static final String YEARS = "(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:(?:19|20)\\d{2})?)?\\s*)";
    /** "© 2012 Name", "(c) Name", "Copyright (c) 2012- Name", "2006-2008 by Name". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)(?:(?:©|\\(c\\)|copyright)\\s*(?:©|\\(c\\))?\\s*"
            + YEARS + "?(?:by\\s+)?|" + YEARS + "by\\s+)" + "(?-i)" + NAME + "(?![\\p{L}])");
    /** The classes of a blog theme's site title and tagline in the page header ("site-description", "blog-title"). */
    private static final Pattern SITE_HEADER = Pattern.compile("(?i)(?:site|blog)[-_](?:title|description|name|tagline)");
    private static final int MAX_NAME = 60;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    private static final int MAX_TEXT = 300;

    private SiteOwner() {
    }

    /**
     * The owner of the site, null when neither its name nor a copyright line names a person.
     *
     * @param siteName the site's stated name (og:site_name, JSON-LD WebSite), may be null
     * @param title the page's {@code <title>}, may be null
     * @param names the byline parser's reading of a text as names
     */
    static Owner of(Element body, String siteName, String title, Function<String, List<String>> names) {
        if (siteName != null && isPerson(siteName.strip(), names)) {
            return new Owner(siteName.strip(), Source.SITE_NAME);
        }
        if (title != null) {
            String[] parts = TITLE_SEPARATOR.split(title.strip());
            String last = parts[parts.length - 1].strip();
            if (parts.length > 1 && isPerson(last, names)) {
                return new Owner(last, Source.SITE_NAME);
            }
        }
        if (body != null) {
            for (Element e : body.getElementsByAttributeValueMatching("class", SITE_HEADER)) {
                String t = TextLength.atMost(e, 2 * MAX_NAME);
                if (t != null && isPerson(t.strip(), names)) {
                    return new Owner(t.strip(), Source.SITE_NAME);
                }
            }
        }
        String copyright = body == null ? null : lastCopyright(body, names);
        return copyright == null ? null : new Owner(copyright, Source.COPYRIGHT);
    }

    private static String lastCopyright(Element body, Function<String, List<String>> names) {
        String[] found = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String s = t.getWholeText();
                if (s.length() > MAX_TEXT || s.isBlank()) {
                    return;
                }
                String lower = s.toLowerCase(Locale.ROOT);
                if (!lower.contains("©") && !lower.contains("(c)") && !lower.contains("copyright") && !lower.contains("by ")) {
                    return;
                }
                if (!inPageFooter(t)) {
                    return;
                }
                Matcher m = COPYRIGHT.matcher(s.replace('\u00a0', ' '));
                while (m.find()) {
                    if (isPerson(m.group(1), names)) {
                        found[0] = m.group(1);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return found[0];
    }

    /** Names of the containers that hold a page's footer lines. */
    private static final Pattern FOOTER_NAMES = Pattern.compile("footer|copyright|credits|colophon|site-info|impressum");
    private static final int MAX_UP = 25;

    /**
     * In the page's footer (a {@code <footer>} outside the article, or a container named so), not in the article,
     * a figure or a caption, where "© Name" credits a photo ("Foto: © Julia Steinbrecht"; dev corpus).
     */
    private static boolean inPageFooter(TextNode t) {
        boolean footer = false;
        int up = 0;
        for (Element a = t.parentNode() instanceof Element p ? p : null; a != null && up < MAX_UP; a = a.parent(), up++) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("figure") || tag.equals("figcaption") || tag.equals("main")) {
                return false;
            }
            String names = Hints.names(a);
            if (names.contains("caption") || names.contains("photo") || names.contains("image") || names.contains("foto")) {
                return false;
            }
            footer |= tag.equals("footer") || FOOTER_NAMES.matcher(names).find();
        }
        return footer;
    }

    private static boolean isPerson(String s, Function<String, List<String>> names) {
        if (s.isEmpty() || s.length() > MAX_NAME || s.split("\\s+").length < 2 || s.split("\\s+").length > 4) {
            return false;
        }
        List<String> n = names.apply(s);
        return n.size() == 1 && n.get(0).equals(s) && GivenNames.startsWithGivenName(s);
    }
}
