package dev.pith.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The page's structured author markup, strongest kind first, found in one walk of the page. Each kind is what
 * one CSS selector names ({@link Kind#selector}); the walk keeps count of the open ancestors that the selectors'
 * descendant combinators ask about, so that no element looks up its ancestors (jsoup's selector did, for every
 * link of the page, lower-casing their class names: 5% of the HTML path, JFR, dev pages).
 */
final class StructuredAuthors {
    /** The kinds of author markup, strongest first, each with its selector and the source it gives. */
    enum Kind {
        MICRODATA_NAME("[itemprop=author] [itemprop=name]", "microdata author name"),
        MICRODATA("[itemprop=author]", "microdata author"),
        REL_AUTHOR("a[rel=author], [rel=author]", "rel=author"),
        HCARD("[class*=author] .fn, [class*=byline] .fn, .vcard .fn, [class*=author] [class*=name], [class*=byline] a",
                "an author element (hCard)"),
        AUTHOR_PAGE("a[href*=/author/], a[href*=/autor/], a[href*=/auteur/], a[href*=/autore/], a[href*=/authors/], "
                + "a[href*=/autoren/], a[href*=/redakteur/]", "a link to an author page");

        /** The CSS selector (jsoup syntax) for this kind: the definition the walk implements. */
        final String selector;
        /** Where an author found so came from, for {@code --explain}. */
        final String source;

        Kind(String selector, String source) {
            this.selector = selector;
            this.source = source;
        }
    }

    private static final String[] AUTHOR_PAGES = {"/author/", "/autor/", "/auteur/", "/autore/", "/authors/", "/autoren/",
        "/redakteur/"};

    private StructuredAuthors() {
    }

    /** For each kind (by ordinal), the elements of the tree under root (root included) it names, in page order. */
    static List<List<Element>> find(Element root) {
        List<List<Element>> out = new ArrayList<>();
        for (int k = 0; k < Kind.values().length; k++) {
            out.add(new ArrayList<>());
        }
        NodeTraversor.traverse(new NodeVisitor() {
            /** Open ancestors (the element being entered not yet counted) that are: itemprop=author, class*=author, class*=byline, .vcard. */
            int microdataAuthor;
            int authorClass;
            int bylineClass;
            int vcard;
            /** The marks of the open elements, innermost last: read once per element. */
            final java.util.ArrayDeque<Marks> open = new java.util.ArrayDeque<>();

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Marks m = Marks.of(e);
                open.push(m);
                if (microdataAuthor > 0 && m.itemprop.equals("name")) {
                    out.get(Kind.MICRODATA_NAME.ordinal()).add(e);
                }
                if (m.itemprop.equals("author")) {
                    out.get(Kind.MICRODATA.ordinal()).add(e);
                }
                if (e.hasAttr("rel") && e.attr("rel").trim().equalsIgnoreCase("author")) {
                    out.get(Kind.REL_AUTHOR.ordinal()).add(e);
                }
                boolean fn = m.hasClass && e.hasClass("fn");
                if ((authorClass > 0 || bylineClass > 0 || vcard > 0) && fn
                        || authorClass > 0 && m.classLower.contains("name")
                        || bylineClass > 0 && e.normalName().equals("a")) {
                    out.get(Kind.HCARD.ordinal()).add(e);
                }
                if (e.normalName().equals("a") && e.hasAttr("href")) {
                    String href = e.attr("href").toLowerCase(Locale.ROOT);
                    for (String p : AUTHOR_PAGES) {
                        if (href.contains(p)) {
                            out.get(Kind.AUTHOR_PAGE.ordinal()).add(e);
                            break;
                        }
                    }
                }
                count(m, 1);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    count(open.pop(), -1);
                }
            }

            private void count(Marks m, int delta) {
                microdataAuthor += m.itemprop.equals("author") ? delta : 0;
                authorClass += m.classLower.contains("author") ? delta : 0;
                bylineClass += m.classLower.contains("byline") ? delta : 0;
                vcard += m.vcard ? delta : 0;
            }
        }, root);
        return out;
    }

    /** What the selectors read of one element: its itemprop (trimmed, lower case) and its class attribute. */
    private record Marks(String itemprop, String classLower, boolean hasClass, boolean vcard) {
        static Marks of(Element e) {
            String itemprop = e.hasAttr("itemprop") ? e.attr("itemprop").trim().toLowerCase(Locale.ROOT) : "";
            boolean hasClass = e.hasAttr("class");
            String cls = hasClass ? e.attr("class").toLowerCase(Locale.ROOT) : "";
            return new Marks(itemprop, cls, hasClass, hasClass && e.hasClass("vcard"));
        }
    }
}
