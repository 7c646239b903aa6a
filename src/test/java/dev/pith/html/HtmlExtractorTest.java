package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.article.Article;
import dev.pith.article.ParagraphKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Article news() throws IOException {
        return Pith.extract(fixture("news-article.html"), "news-article.html", ExtractOptions.DEFAULT);
    }

    @Test
    void htmlIsRecognisedFromItsContent() throws IOException {
        assertTrue(HtmlInput.looksLikeHtml(fixture("news-article.html")));
        assertFalse(HtmlInput.looksLikeHtml("Just a plain dump.\n<not really a tag\nMore text."));
    }

    @Test
    void jsonLdAuthorsArePreferredOverTheMetaAuthor() throws IOException {
        assertEquals(List.of("Jane Doe", "John Roe"), news().authors());
    }

    @Test
    void datesComeFromJsonLd() throws IOException {
        Article a = news();
        assertEquals("2024-03-05T09:30:00+01:00", a.published().iso());
        assertEquals("2024-03-06T10:00:00+01:00", a.updated().iso());
    }

    @Test
    void headlineIsTheArticlesH1AndPageFactsAreKept() throws IOException {
        Article a = news();
        assertEquals("Council approves the new budget", a.headline());
        assertEquals("en", a.language());
        assertNotNull(a.page());
        assertEquals("Town News", a.page().siteName());
        assertEquals("https://town.example/news/budget", a.page().url());
    }

    @Test
    void navFooterCookieShareAndRelatedAreNotInTheBody() throws IOException {
        String text = news().text();
        for (String s : List.of("Home", "cookies", "Share on Facebook", "Another story", "All rights reserved",
                "Privacy policy", "Hidden text")) {
            assertFalse(text.contains(s), s);
        }
        assertTrue(text.startsWith("The council voted on Tuesday"));
        assertTrue(text.contains("a good day for the town"), "inline link text stays in its sentence");
    }

    @Test
    void figcaptionIsACaptionNotAParagraph() throws IOException {
        Article a = news();
        assertEquals(List.of("The council chamber on Tuesday. Photo: Town News"), a.captions());
        assertFalse(a.text().contains("council chamber"));
    }

    @Test
    void structureIsKept() throws IOException {
        Article a = news();
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.SUBHEADING
                && p.text().equals("What happens next")));
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.kind() == ParagraphKind.LIST_ITEM
                && p.text().equals("Schools: 4 million")));
    }

    @Test
    void brokenMarkupGivesARecordNotAnException() {
        Article a = Pith.extract("<html><body><div><p>Unclosed <b>tags <i>everywhere<p>and more</div></span></body>",
                "-", ExtractOptions.DEFAULT);
        assertNotNull(a);
    }

    @Test
    void pageWithNoArticleGivesAnEmptyBodyAndAWarning() {
        Article a = Pith.extract("<!doctype html><html><head><title>Login</title></head><body><nav><a>Home</a></nav>"
                + "<form><input name=q><button>Search</button></form></body></html>", "-", ExtractOptions.DEFAULT);
        assertEquals("", a.text());
        assertTrue(a.warnings().contains("no article body found"));
    }

    @Test
    void markupNestedDeeperThanTheCapLosesNoLevelsTextAndKeepsTheDeepestInTheBodyInOrder() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Council passes the budget</h1>");
        int levels = HtmlExtractor.MAX_DEPTH * 3;
        for (int i = 0; i < levels; i++) {
            html.append("<div>");
            if (i % 100 == 50) {
                html.append("<p>Level ").append(i).append(" of the story: the council met on Tuesday and voted on "
                        + "the budget for the coming year.</p>");
            }
        }
        html.append("</div>".repeat(levels)).append("</article></body></html>");
        Article a = Pith.extract(html.toString(), "-", ExtractOptions.DEFAULT);
        List<Integer> kept = a.paragraphs().stream().map(p -> level(p.text())).toList();
        List<Integer> removed = a.removed().stream().map(r -> r.text()).filter(t -> t.startsWith("Level "))
                .map(HtmlExtractorTest::level).toList();
        List<Integer> all = new java.util.ArrayList<>(kept);
        all.addAll(removed);
        java.util.Collections.sort(all);
        assertEquals(List.of(50, 150, 250, 350), all, "each level's text is in the body or listed as removed, once");
        assertEquals(kept.stream().sorted().toList(), kept, "in reading order");
        assertTrue(kept.containsAll(List.of(150, 250, 350)), "the levels beyond the cap are the page's body: " + kept);
    }

    private static int level(String text) {
        return Integer.parseInt(text.replaceAll("^Level (\\d+) .*", "$1"));
    }

    @Test
    void declaredCharsetIsRead() {
        byte[] page = "<html><head><meta charset=\"ISO-8859-1\"></head><body>caf\u00e9</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("windows-1252", HtmlInput.declaredCharset(page).name());
    }
}
