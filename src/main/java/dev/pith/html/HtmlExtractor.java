package dev.pith.html;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.article.Article;
import dev.pith.article.Paragraph;
import dev.pith.article.RemovedBlock;
import dev.pith.assemble.WordCount;
import dev.pith.classify.Classification;
import dev.pith.classify.Features;
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
 * HTML input: parses the page with jsoup, reads what the page states about its article ({@link PageMetadata}),
 * and finds and writes the article body from the DOM ({@link BodyExtractor}).
 *
 * <pre>{@code
 * Article a = HtmlExtractor.extract(html, "page.html", ExtractOptions.DEFAULT);
 * String why = HtmlExtractor.explain(html, "page.html", ExtractOptions.DEFAULT);
 * }</pre>
 *
 * Never throws on a page: broken markup, an empty page or a page with no article give a record with an empty
 * body and the warning "no article body found". Stateless and thread-safe.
 */
public final class HtmlExtractor {
    /** Bodies shorter than this are extracted again without removing furniture-named containers first. */
    private static final int RETRY_CHARS = 250;

    private HtmlExtractor() {
    }

    /** The article of an HTML page; {@code source} names it in the record. */
    public static Article extract(String html, String source, ExtractOptions options) {
        return run(html, source, List.of()).article;
    }

    /** Like {@link #extract(String, String, ExtractOptions)}, with warnings from decoding and every block's label. */
    public static Extraction extract(String html, String source, ExtractOptions options, List<String> warnings) {
        Run r = run(html, source, warnings);
        return new Extraction(r.article, r.labels(), r.notes);
    }

    /** Where every metadata value came from, how the body was found, and what was removed, for --explain. */
    public static String explain(String html, String source, ExtractOptions options) {
        Run r = run(html, source, List.of());
        StringBuilder b = new StringBuilder();
        b.append("# ").append(source).append('\n');
        for (String s : r.notes) {
            b.append("# ").append(s).append('\n');
        }
        for (Paragraph p : r.article.paragraphs()) {
            b.append(String.format(Locale.ROOT, "%-9s %-11s %s%n", p.lines(), p.kind().name().toLowerCase(Locale.ROOT),
                    BodyExtractor.clip(p.text(), 90)));
        }
        for (String c : r.article.captions()) {
            b.append(String.format(Locale.ROOT, "%-9s %-11s %s%n", "", "caption", BodyExtractor.clip(c, 90)));
        }
        for (RemovedBlock x : r.article.removed()) {
            b.append(String.format(Locale.ROOT, "%-9s %-11s %s | %s%n", x.lines(), x.kind(), x.reason(),
                    BodyExtractor.clip(x.text(), 60)));
        }
        return b.toString();
    }

    private record Run(Article article, List<String> notes) {
        Classification labels() {
            List<LabeledBlock> out = new ArrayList<>();
            for (Paragraph p : article.paragraphs()) {
                Label l = switch (p.kind()) {
                    case PARAGRAPH -> Label.PARAGRAPH;
                    case SUBHEADING -> Label.SUBHEADING;
                    case QUOTE -> Label.QUOTE;
                    case LIST_ITEM -> Label.LIST_ITEM;
                };
                out.add(labeled(out.size(), p.lines(), p.text(), l, "in the article body"));
            }
            for (String c : article.captions()) {
                out.add(labeled(out.size(), null, c, Label.CAPTION, "a caption or credit"));
            }
            for (RemovedBlock x : article.removed()) {
                out.add(labeled(out.size(), x.lines(), x.text(), label(x.kind()), x.reason()));
            }
            return new Classification(DumpStyle.BROWSER_COPY, article.language(), out);
        }
    }

    private static LabeledBlock labeled(int index, String lines, String text, Label label, String reason) {
        int line = 1;
        if (lines != null) {
            try {
                int dash = lines.indexOf('-');
                line = Math.max(1, Integer.parseInt(dash > 0 ? lines.substring(0, dash) : lines));
            } catch (NumberFormatException e) {
                line = 1;
            }
        }
        Block block = new Block(index, line, line, text, false, true);
        Features f = new Features(WordCount.of(text), text.length(), false, 0, 0, null, null);
        return new LabeledBlock(block, f, label, reason);
    }

    private static Label label(String kind) {
        return switch (kind) {
            case "navigation", "links" -> Label.NAVIGATION;
            case "share" -> Label.SHARE;
            case "related" -> Label.RELATED;
            case "comments" -> Label.COMMENTS;
            case "footer" -> Label.FOOTER;
            case "advertising" -> Label.ADVERTISING;
            case "prompt" -> Label.PROMPT;
            case "paywall" -> Label.PAYWALL;
            case "cookie" -> Label.COOKIE;
            case "most_read" -> Label.MOST_READ;
            case "headline" -> Label.DUPLICATE;
            case "byline" -> Label.BYLINE;
            case "dateline" -> Label.DATELINE;
            default -> Label.FURNITURE;
        };
    }

    private static Run run(String html, String source, List<String> warnings) {
        List<String> notes = new ArrayList<>();
        List<String> allWarnings = new ArrayList<>(warnings);
        try {
            return runUnsafe(html == null ? "" : html, source, allWarnings, notes);
        } catch (RuntimeException | StackOverflowError e) {
            // never throw on a page: the record says what happened
            allWarnings.add("no article body found");
            allWarnings.add("the page could not be read: " + e.getClass().getSimpleName());
            Article empty = new Article(source, null, null, List.of(), null, null, List.of(), "und", List.of(),
                    List.of(), "", 0, List.of(), allWarnings, null);
            return new Run(empty, notes);
        }
    }

    private static Run runUnsafe(String html, String source, List<String> warnings, List<String> notes) {
        TextHelpers helpers = TextHelpers.DEFAULT;
        Document doc = parse(html);
        PageMetadata meta = PageMetadata.of(doc, helpers);
        String headline = meta.headline();
        BodyExtractor.Result body = BodyExtractor.extract(doc.body(), true);
        if (body.chars() < RETRY_CHARS) {
            BodyExtractor.Result again = BodyExtractor.extract(parse(html).body(), false);
            if (again.chars() > body.chars()) {
                notes.add("body: short on the first try (" + body.chars() + " characters); tried again keeping "
                        + "containers whose names say furniture");
                body = again;
            }
        }
        notes.addAll(meta.sources);
        notes.addAll(body.notes());
        List<Paragraph> paragraphs = dropHeadline(body.paragraphs(), headline);
        List<RemovedBlock> removed = new ArrayList<>(body.removed());
        paragraphs = dropByline(paragraphs, meta.byline, removed);
        paragraphs = withStandfirst(paragraphs, meta.standfirst, notes);
        StringBuilder text = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(p.text());
        }
        String bodyText = text.toString();
        if (paragraphs.isEmpty()) {
            warnings.add("no article body found");
        }
        String language = meta.language;
        if (language == null) {
            language = helpers.language(bodyText);
            notes.add("language: none stated; " + language + " from the text");
        }
        List<String> authors = new ArrayList<>(meta.authors);
        if (authors.isEmpty()) {
            String signed = signature(paragraphs);
            if (signed != null) {
                authors.add(signed);
                notes.add("author \"" + signed + "\" from the name alone in a paragraph at the body's end");
            } else if (meta.owner != null) {
                authors.add(meta.owner.name());
                notes.add("author \"" + meta.owner.name() + "\" from " + meta.owner.source().description);
            }
        }
        Integer year = meta.published != null && meta.published.iso() != null && meta.published.iso().length() >= 4
                ? Integer.valueOf(meta.published.iso().substring(0, 4)) : null;
        List<dev.pith.article.DateValue> mentioned =
                dev.pith.assemble.Assembler.mentioned(paragraphs, new dev.pith.dates.DateContext(null, year));
        Article a = new Article(source, headline, meta.byline, authors, meta.published, meta.updated, mentioned,
                language == null ? "und" : language, paragraphs, body.captions(), bodyText, WordCount.of(bodyText),
                removed, warnings, meta.page());
        return new Run(a, notes);
    }

    /**
     * Deepest element nesting the tree keeps; deeper elements become siblings at this depth, their text kept in
     * order. Where the figure comes from: the 548 dev pages nest at most 51 deep (99th percentile 33), browsers cap
     * at 512, and the parser's scope searches cost time in proportion to the depth of the open elements, so
     * 10,000 nested divs parsed 5.5 times slower per byte than an ordinary page at jsoup's own cap of 512.
     */
    static final int MAX_DEPTH = 128;

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true).setMaxDepth(MAX_DEPTH));
    }

    /** Paragraphs at the body's end looked at for a signature. */
    private static final int SIGNATURE_WITHIN = 3;
    private static final int SIGNATURE_WORDS = 4;

    /**
     * A paragraph among the body's last three that is a person's name and nothing else signs the article (blogs,
     * press releases, club news and letters sign so: "Stefan Wasmer", "Dr. Tim Loppe"; dev corpus), unless a
     * contact's address follows it. A name, not two words the lenient byline parser would take for one ("Viel
     * Spass"): its first word, after a title, is a common given name.
     */
    static String signature(List<Paragraph> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - SIGNATURE_WITHIN); i--) {
            Paragraph p = paragraphs.get(i);
            String t = p.text().strip();
            if (p.kind() != dev.pith.article.ParagraphKind.PARAGRAPH || t.isEmpty() || t.length() > 60
                    || t.split(" ").length > SIGNATURE_WORDS || t.split(" ").length < 2) {
                continue;
            }
            List<String> names = dev.pith.byline.BylineParser.parseLenient(t).map(dev.pith.byline.Byline::authors)
                    .orElse(List.of());
            if (names.size() == 1 && names.get(0).equals(t) && dev.pith.byline.GivenNames.startsWithGivenName(t)
                    && !contactFollows(paragraphs, i)) {
                return t;
            }
        }
        return null;
    }

    /**
     * An e-mail address, a web address or a telephone number after the name: a press contact ("Prof. X",
     * the institute, "E-Mail: ..."), not the article's signature.
     */
    private static boolean contactFollows(List<Paragraph> paragraphs, int i) {
        for (int j = i + 1; j < paragraphs.size(); j++) {
            String t = paragraphs.get(j).text();
            if (t.contains("@") || t.contains("://") || t.contains("www.") || PHONE.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\d[\\d /-]{6,}\\d");

    /** The headline repeated as the first lines of the body is not body. */
    private static List<Paragraph> dropHeadline(List<Paragraph> paragraphs, String headline) {
        if (headline == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        String key = PageMetadata.norm(headline);
        List<Paragraph> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(3, out.size()); i++) {
            if (PageMetadata.norm(out.get(i).text()).equals(key)) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    /** The byline the metadata was read from, standing alone near the body's start, is not body (as in text mode). */
    private static List<Paragraph> dropByline(List<Paragraph> paragraphs, String byline, List<RemovedBlock> removed) {
        if (byline == null) {
            return paragraphs;
        }
        String key = PageMetadata.norm(byline);
        List<Paragraph> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(BYLINE_WITHIN, out.size()); i++) {
            if (PageMetadata.norm(out.get(i).text()).equals(key)) {
                Paragraph p = out.remove(i);
                removed.add(new RemovedBlock("byline", p.text(), p.lines(), "the byline the authors were read from"));
                break;
            }
        }
        return out;
    }

    private static final int BYLINE_WITHIN = 5;

    /** The standfirst the body container left out is the article's first paragraph. */
    private static List<Paragraph> withStandfirst(List<Paragraph> paragraphs, String standfirst, List<String> notes) {
        if (standfirst == null || paragraphs.isEmpty()) {
            return paragraphs;
        }
        String key = PageMetadata.norm(standfirst);
        for (Paragraph p : paragraphs) {
            String t = PageMetadata.norm(p.text());
            if (t.contains(key) || key.contains(t) && t.length() * 2 > key.length()) {
                return paragraphs;
            }
        }
        notes.add("body: the standfirst under the headline, outside the body's container, put first");
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph(dev.pith.article.ParagraphKind.PARAGRAPH, standfirst, paragraphs.get(0).lines()));
        out.addAll(paragraphs);
        return out;
    }

    /** For tests and tools: the body element jsoup makes of a page. */
    static Element bodyOf(String html) {
        return parse(html).body();
    }
}
