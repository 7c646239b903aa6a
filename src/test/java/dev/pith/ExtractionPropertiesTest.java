package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.RemovedBlock;
import dev.pith.decode.Decoder;
import dev.pith.decode.Mojibake;
import dev.pith.write.ArticleWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Properties of extraction on generated input (jqwik, 1,000 tries each): dump-like text mixing furniture,
 * prose, dates, any Unicode and control characters, and HTML with nested tags, attributes, entities and broken
 * markup. Extraction never throws, loses nothing, invents nothing, and its JSON and CSV read back.
 */
class ExtractionPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WriteOptions KEEP_REMOVED = WriteOptions.builder().removed(WriteOptions.RemovedBlocks.KEEP).build();

    // ---- generators

    private static final List<String> FURNITURE = List.of("Read more", "Share this article", "Share on Facebook",
            "Subscribe to our newsletter", "Advertisement", "ADVERTISEMENT", "Most read", "Related articles",
            "We use cookies to improve your experience. Accept all", "Sign up", "Follow us on Twitter",
            "Comments (12)", "© 2024 The Daily Example. All rights reserved.", "Tweet", "Weiterlesen",
            "Lire la suite", "Leer más", "Menu", "Home | News | Sport | Weather", "Skip to content",
            "Photo: Reuters", "By David Baché", "Posted 3 hours ago");
    private static final List<String> WORDS = List.of("the", "council", "voted", "on", "Tuesday", "to", "approve",
            "budget", "which", "raises", "spending", "schools", "and", "roads", "by", "a", "tenth", "mayor", "said",
            "Stadtrat", "hat", "am", "Dienstag", "beschlossen", "über", "Straßen", "le", "conseil", "a", "été",
            "rada", "miasta", "zatwierdziła", "budżet", "市议会", "批准了", "预算", "Городской", "совет", "BachÃ©",
            "\"quoted\"", "(aside)", "—", "e.g.", "U.S.", "100%", "=SUM(A1)", "+1", "-5", "@handle", "#tag");
    private static final List<String> DATES = List.of("Published 12 March 2023", "Updated: 2023-11-25T10:00:00Z",
            "3 hours ago", "Tuesday, 5. März 2024", "le 14 juillet 2022", "11/25/2023 10:42 AM", "Nov. 25, 2023",
            "2023年11月25日", "yesterday", "gestern, 18:00 Uhr");

    private static Arbitrary<String> prose() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(35)
                .flatMap(w -> Arbitraries.of(".", "!", "?", "", ":", "…").map(end -> String.join(" ", w) + end));
    }

    private static Arbitrary<String> controls() {
        return Arbitraries.strings().withChars("\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\u0092\u009D"
                + "\r\t\u2028\u2029\uFEFF\u200B\u00A0 abc").ofMaxLength(20);
    }

    private static Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(FURNITURE)),
                net.jqwik.api.Tuple.of(8, prose()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(DATES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                net.jqwik.api.Tuple.of(1, controls()),
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")));
    }

    @Provide
    Arbitrary<String> dumps() {
        return line().list().ofMaxSize(16).map(l -> String.join("\n", l));
    }

    private static final List<String> TAGS = List.of("div", "p", "span", "a", "article", "section", "nav", "aside",
            "header", "footer", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "blockquote", "figure",
            "figcaption", "main", "form", "button", "b", "i", "em", "strong", "br", "img", "time", "pre", "code");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"share\"", " class=\"article-body\"",
            " id=\"comments\"", " class=\"sidebar nav\"", " hidden", " style=\"display:none\"", " aria-hidden=\"true\"",
            " href=\"/next?a=1&b=2\"", " itemprop=\"articleBody\"", " class='byline'", " data-x=\"<&>\"",
            " datetime=\"2023-11-25\"", " class=\"ad advertisement\"", " title=\"x\" lang=\"de\"", " class=unquoted");
    private static final List<String> MARKUP = List.of("&amp;", "&nbsp;", "&lt;b&gt;", "&#x1F600;", "&#233;",
            "&bogus;", "&#0;", "&", "<", ">", "<div", "</", "<!-- a comment -->", "<!--", "<![CDATA[x]]>",
            "<script>var x = '<p>not text</p>';</script>", "<style>p { color: red }</style>", "<p/>", "</p></p>",
            "<br/>", "<meta property=\"og:title\" content=\"Budget\">", "<title>Budget approved</title>");

    private static Arbitrary<String> htmlToken() {
        Arbitrary<String> open = Combinators.combine(Arbitraries.of(TAGS), Arbitraries.of(ATTRIBUTES))
                .as((t, a) -> "<" + t + a + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(t -> "</" + t + ">");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, open),
                net.jqwik.api.Tuple.of(4, close),
                net.jqwik.api.Tuple.of(6, prose()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(FURNITURE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(DATES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(MARKUP)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)),
                net.jqwik.api.Tuple.of(1, controls()));
    }

    @Provide
    Arbitrary<String> pages() {
        return Combinators.combine(Arbitraries.of("", "<!doctype html><html><head><title>Budget</title></head><body>",
                        "<html><body>"), htmlToken().list().ofMaxSize(40))
                .as((start, tokens) -> start + String.join(tokens.size() % 3 == 0 ? "\n" : "", tokens));
    }

    // ---- properties

    /**
     * Generated dumps: extraction of the raw text never throws; on the text as the decode stage gives it, every
     * line is in one block, every block in the record or the removed list, every paragraph text of the input;
     * the record's JSON and CSV read back to the same fields.
     */
    @Property(tries = 1000)
    void textNeverThrowsLosesNothingInventsNothingAndItsOutputReadsBack(@ForAll("dumps") String raw) throws IOException {
        String text = Decoder.clean(raw).text();
        if (!text.equals(raw)) {
            Pith.explain(raw, "raw", ExtractOptions.DEFAULT);
        }
        Extraction x = Pith.explain(text, "generated", ExtractOptions.DEFAULT);
        String seen = Mojibake.repair(text).text();
        Invariants.assertEveryLineInOneBlock(seen, x, "generated");
        Invariants.assertEveryBlockPlaced(x, "generated");
        Invariants.assertParagraphsFromInput(seen, x.article(), "generated");
        assertJsonReadsBack(x.article());
        assertCsvReadsBack(x.article());
    }

    /**
     * Generated pages: extraction of the raw page never throws; on the page as the decode stage gives it, every text of the page with a letter or digit in it is in the
     * record or the removed list; every paragraph is text of the page; JSON and CSV read back.
     */
    @Property(tries = 1000)
    void htmlNeverThrowsLosesNothingInventsNothingAndItsOutputReadsBack(@ForAll("pages") String raw)
            throws IOException {
        ExtractOptions html = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();
        String page = Decoder.clean(raw).text();
        if (!page.equals(raw)) {
            Pith.extract(raw, "raw.html", html);
        }
        Article a = Pith.extract(page, "generated.html", html);
        page = Mojibake.repair(page).text();
        String record = comparable(String.join("\n", recordAndRemovedTexts(a)));
        // text on both sides of a removed block may join into one paragraph: the paragraph's characters are the
        // page's, in the page's order
        String input = comparable(visibleText(page));
        for (Paragraph p : a.paragraphs()) {
            assertTrue(inOrderIn(comparable(p.text()), input), "invented: " + p.text());
        }
        // a removed block is clipped at 2,000 characters: past that, its text is not in the record by design
        boolean clipped = a.removed().stream().anyMatch(r -> r.text().length() >= 2000 && r.text().endsWith("..."));
        for (String t : textNodes(Jsoup.parse(page).body())) {
            if (t.codePoints().anyMatch(Character::isLetterOrDigit) && !clipped) {
                assertTrue(record.contains(comparable(t)),
                        "lost: " + t + "\nrecord: " + record);
            }
        }
        assertJsonReadsBack(a);
        assertCsvReadsBack(a);
    }

    // ---- checks

    private static void assertJsonReadsBack(Article a) throws IOException {
        StringWriter out = new StringWriter();
        try (ArticleWriter w = ArticleWriter.create(Format.JSONL, KEEP_REMOVED, out)) {
            w.write(a);
        }
        assertEquals(1, out.toString().lines().count(), "one line per record");
        JsonNode r = JSON.readTree(out.toString());
        assertEquals(a.headline(), r.get("headline").textValue());
        assertEquals(a.text(), r.get("text").textValue());
        assertEquals(a.paragraphs().size(), r.get("paragraphs").size());
        for (int i = 0; i < a.paragraphs().size(); i++) {
            assertEquals(a.paragraphs().get(i).text(), r.get("paragraphs").get(i).get("text").textValue());
        }
        assertEquals(a.removed().size(), r.get("removed").size());
        assertEquals(a.warnings().size(), r.get("warnings").size());
    }

    private static void assertCsvReadsBack(Article a) throws IOException {
        for (WriteOptions.CsvSafety safety : WriteOptions.CsvSafety.values()) {
            StringWriter out = new StringWriter();
            try (ArticleWriter w = ArticleWriter.create(Format.CSV, WriteOptions.builder().csvSafety(safety).build(), out)) {
                w.write(a);
            }
            try (CSVParser p = CSVParser.parse(new StringReader(out.toString()),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
                List<CSVRecord> rows = p.getRecords();
                assertEquals(1, rows.size());
                CSVRecord row = rows.get(0);
                List<String> expected = List.of(a.source(), str(a.headline()), str(a.byline()),
                        String.join("; ", a.authors()), iso(a.published()), iso(a.updated()), a.language(),
                        String.valueOf(a.wordCount()), a.text());
                for (int i = 0; i < expected.size(); i++) {
                    String want = expected.get(i);
                    String got = row.get(i);
                    boolean neutralised = safety == WriteOptions.CsvSafety.NEUTRALISE_FORMULAS && !want.isEmpty()
                            && !want.equals("-") && "=+-@\t\r".indexOf(want.charAt(0)) >= 0;
                    assertEquals(neutralised ? "'" + want : want, got, p.getHeaderNames().get(i) + " (" + safety + ")");
                }
            }
        }
    }

    /**
     * Text without white space, control and format characters (zero-width) and U+FFFD: a character reference to a control character
     * (&#0;) gives one in the parsed page, which the record leaves out or replaces.
     */
    private static String comparable(String s) {
        return Invariants.squeezed(s).replaceAll("[\\p{Cc}\\p{Cf}\\uFFFD]", "");
    }

    /** True when the characters of {@code part} occur in {@code whole} in the same order. */
    private static boolean inOrderIn(String part, String whole) {
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            at = whole.indexOf(part.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static String iso(DateValue d) {
        return d == null || d.iso() == null ? "" : d.iso();
    }

    private static List<String> recordAndRemovedTexts(Article a) {
        List<String> out = new ArrayList<>();
        out.add(str(a.headline()));
        out.add(str(a.byline()));
        a.paragraphs().forEach(p -> out.add(p.text()));
        out.addAll(a.captions());
        a.removed().stream().map(RemovedBlock::text).forEach(out::add);
        if (a.published() != null) {
            out.add(a.published().text());
        }
        if (a.updated() != null) {
            out.add(a.updated().text());
        }
        return out;
    }

    /** The page's text in document order (head included), scripts and styles left out. */
    private static String visibleText(String html) {
        return String.join(" ", textNodes(Jsoup.parse(html)));
    }

    /** The non-blank text nodes under {@code root}, outside scripts, styles and templates. */
    private static List<String> textNodes(Element root) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank() && !inCode(t)) {
                out.add(t.text());
            }
        }, root);
        return out;
    }

    private static boolean inCode(TextNode t) {
        for (Element e = (Element) t.parent(); e != null; e = e.parent()) {
            if (List.of("script", "style", "template", "noscript", "textarea").contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }
}
