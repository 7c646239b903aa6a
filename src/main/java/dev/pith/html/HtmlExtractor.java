package dev.pith.html;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.article.Article;
import dev.pith.assemble.Assembler;
import dev.pith.classify.Classification;
import dev.pith.classify.Classifier;
import dev.pith.classify.Hint;
import dev.pith.classify.Label;
import dev.pith.classify.LabeledBlock;
import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML input: parses the page with jsoup, turns its body into blocks with what the markup says about each
 * (the article element, nav, footer, figcaption, class names), runs the same classifier as for text,
 * and takes the metadata the page states (JSON-LD, Open Graph, meta tags) over what the text suggests.
 * Never throws on bad markup: a page with no article gives a record with an empty body and a warning.
 */
public final class HtmlExtractor {
    private HtmlExtractor() {
    }

    public static Extraction extract(String html, String source, ExtractOptions options, List<String> warnings) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element body = doc.body();
        Element root = ContentRoot.find(body);
        List<DomBlock> dom = DomBlocks.of(body, root, ContentRoot.isConfident(root, body));
        List<Block> blocks = new ArrayList<>(dom.size());
        Hint[] hints = new Hint[dom.size()];
        for (int i = 0; i < dom.size(); i++) {
            DomBlock d = dom.get(i);
            blocks.add(d.block());
            if (d.hint() != null) {
                hints[i] = new Hint(d.hint(), d.hintReason());
            }
        }
        Classification c = Classifier.classify(blocks, DumpStyle.BROWSER_COPY, "und", hints);
        PageMetadata meta = PageMetadata.of(doc);
        String headline = headline(doc, dom, root, meta);
        c = placeHeadline(c, headline);
        List<String> all = new ArrayList<>(warnings);
        Article article = Assembler.assemble(source, c, all, options.referenceDate(), meta.stated(headline));
        return new Extraction(article, c);
    }

    /** The page's h1 in the article, else its stated headline, else its first h1, else its title. */
    private static String headline(Document doc, List<DomBlock> dom, Element root, PageMetadata meta) {
        String h1InRoot = null;
        String firstH1 = null;
        for (DomBlock d : dom) {
            if (d.heading() == 1) {
                if (firstH1 == null) {
                    firstH1 = d.block().text();
                }
                if (d.inRoot() && h1InRoot == null) {
                    h1InRoot = d.block().text();
                }
            }
        }
        if (h1InRoot != null) {
            return h1InRoot;
        }
        if (meta.headline() != null) {
            return stripSiteName(meta.headline(), meta.siteName());
        }
        if (firstH1 != null) {
            return firstH1;
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : stripSiteName(title, meta.siteName());
    }

    /** "Headline | Site" and "Headline - Site" lose the site part. */
    static String stripSiteName(String title, String site) {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String tail = title.substring(i + sep.length()).strip();
                boolean siteLike = site != null && tail.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT))
                        || tail.split("\\s+").length <= 4;
                if (siteLike && i >= 10) {
                    return title.substring(0, i).strip();
                }
            }
        }
        return title;
    }

    /** The block holding the chosen headline becomes the headline; another the text step chose does not. */
    private static Classification placeHeadline(Classification c, String headline) {
        if (headline == null) {
            return c;
        }
        String key = headline.strip().toLowerCase(Locale.ROOT);
        int first = c.first(dev.pith.classify.Role.CONTENT);
        int last = c.last(dev.pith.classify.Role.CONTENT);
        Classification out = c;
        boolean placed = false;
        for (LabeledBlock b : c.blocks()) {
            boolean same = b.text().strip().toLowerCase(Locale.ROOT).equals(key);
            if (same && !placed && b.label().role() != dev.pith.classify.Role.CONTENT) {
                out = out.relabel(b.index(), Label.HEADLINE, "the page's headline");
                placed = true;
            } else if (b.label() == Label.HEADLINE && !same) {
                boolean inside = b.index() > first && b.index() < last;
                out = out.relabel(b.index(), inside ? Label.PARAGRAPH : Label.FURNITURE,
                        "a title line, not the page's headline" + (inside ? ", inside the article" : ""));
            } else if (same && placed) {
                out = out.relabel(b.index(), Label.DUPLICATE, "repeats the headline");
            }
        }
        return out;
    }
}
