package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import dev.pith.article.ParagraphKind;
import dev.pith.article.RemovedBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBehaviourTest {
    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlBehaviourTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Article extract(String html) {
        return HtmlExtractor.extract(html, "-", ExtractOptions.DEFAULT);
    }

    private static Article blog() throws IOException {
        return extract(fixture("blog-post.html"));
    }

    @Test
    void jsonLdAuthorIsPreferredOverMetaAuthor() throws IOException {
        Article a = extract(fixture("news-article.html"));
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
    }

    @Test
    void jsonLdAuthorGivenByIdReferenceIsResolved() throws IOException {
        assertEquals(List.of("Erika Muster"), blog().authors());
    }

    @Test
    void navAndFooterAreNotInTheBody() throws IOException {
        Article a = extract(fixture("news-article.html"));
        assertFalse(a.text().contains("Sport"));
        assertFalse(a.text().contains("All rights reserved"));
        assertTrue(a.removed().stream().anyMatch(r -> r.text().contains("Sport")), "the menu is a removed block");
        assertTrue(a.removed().stream().anyMatch(r -> r.kind().equals("footer") && r.text().contains("All rights reserved")));
    }

    @Test
    void commentsSidebarAndShareButtonsAreRemovedWithTheirKind() throws IOException {
        Article a = blog();
        assertTrue(a.text().startsWith("Muffins gehen auch ohne Zucker"), a.text());
        assertTrue(a.text().endsWith("bis die Oberfläche goldbraun ist."), a.text());
        for (String s : List.of("gestern gebacken", "Brot backen", "Facebook", "Impressum", "Rezepte")) {
            assertFalse(a.text().contains(s), s);
        }
        List<String> kinds = a.removed().stream().map(RemovedBlock::kind).toList();
        assertTrue(kinds.contains("comments"), kinds.toString());
        assertTrue(kinds.contains("share"), kinds.toString());
    }

    @Test
    void headingEqualToTheTitleIsTheHeadlineNotTheSiteNameInH1() throws IOException {
        assertEquals("Muffins ohne Zucker backen", blog().headline());
    }

    @Test
    void siteNameIsCutFromTheTitle() {
        Article a = extract("<html><head><title>Rain expected all week | Weather Daily</title></head><body>"
                + "<p>" + "It will rain on every day of the week, the forecasters said on Monday. ".repeat(5) + "</p></body></html>");
        assertEquals("Rain expected all week", a.headline());
    }

    @Test
    void visibleDateNearTheHeadlineIsThePublicationDate() throws IOException {
        assertEquals("2024-03-05", blog().published().iso());
    }

    @Test
    void languageComesFromHtmlLang() throws IOException {
        assertEquals("de", blog().language());
    }

    @Test
    void tableRowsAreParagraphsWithCellsSeparated() throws IOException {
        Article a = blog();
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.text().equals("Mehl 250 g")), a.text());
    }

    @Test
    void inlineElementsJoinWithoutInventedOrDroppedSpaces() {
        Article a = extract("<html><body><article><p>" + "Filler sentence for the body, long enough to count. ".repeat(4)
                + "</p><p>A <b>bold</b> word, an <i>ital</i>ic half and a <a href='#'>link</a>.</p></article></body></html>");
        assertTrue(a.text().contains("A bold word, an italic half and a link."), a.text());
    }

    @Test
    void figcaptionIsACaptionNotAParagraph() throws IOException {
        Article a = extract(fixture("news-article.html"));
        assertEquals(List.of("The council chamber on Tuesday. Photo: Town News"), a.captions());
        assertFalse(a.text().contains("council chamber"));
    }

    @Test
    void subheadingsQuotesAndListItemsKeepTheirKind() throws IOException {
        Article a = extract(fixture("news-article.html"));
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.SUBHEADING && p.text().equals("What happens next")));
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.QUOTE && p.text().contains("waited ten years")));
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.LIST_ITEM && p.text().equals("Roads: 2 million")));
    }

    @Test
    void hiddenElementsAreNotInTheBody() {
        Article a = extract("<html><body><article><p>" + "Visible sentence of the article body, long enough. ".repeat(4)
                + "</p><p style='display: none'>Invisible one.</p><p aria-hidden=true>Screen hidden.</p></article></body></html>");
        assertFalse(a.text().contains("Invisible"));
        assertFalse(a.text().contains("Screen hidden"));
        assertTrue(a.removed().stream().anyMatch(r -> r.kind().equals("hidden")));
    }

    @Test
    void malformedJsonLdIsSkippedAndTheRestIsRead() {
        Article a = extract("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", oops</script>"
                + "<script type='application/ld+json'>{'@type':'NewsArticle','headline':'Lenient JSON works',"
                + "'datePublished':'2023-01-02',}</script></head><body><p>Some text of the page here.</p></body></html>");
        assertEquals("Lenient JSON works", a.headline());
        assertEquals("2023-01-02", a.published().iso());
    }

    @Test
    void brokenMarkupGivesARecordNotAnException() {
        assertNotNull(extract("<html><body><div><p>Unclosed <b>tags <i>everywhere<p>and more</div></span></td></body"));
        assertNotNull(extract("<<<>>><!-- never closed <script>"));
        assertNotNull(extract(null));
    }

    @Test
    void pageWithNoArticleGivesAnEmptyBodyAndAWarning() {
        Article a = extract("<!doctype html><html><head><title>Login</title></head><body><nav><a>Home</a></nav>"
                + "<form><input name=q><button>Search</button></form></body></html>");
        assertEquals("", a.text());
        assertTrue(a.warnings().contains("no article body found"));
        Article empty = extract("");
        assertTrue(empty.warnings().contains("no article body found"));
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep text in the middle of the page, a sentence.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Article a = extract(html);
        assertNotNull(a);
    }

    @Test
    void explanationSaysWhereEachValueCameFrom() throws IOException {
        String why = HtmlExtractor.explain(fixture("news-article.html"), "news", ExtractOptions.DEFAULT);
        assertTrue(why.contains("author \"Jane Doe\" from JSON-LD author"), why);
        assertTrue(why.contains("published from JSON-LD datePublished"), why);
        assertTrue(why.contains("body: "), why);
    }
}
