package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static final String BODY = "<p>" + "The council met on Monday and talked about the roads for a long time. ".repeat(6) + "</p>";

    private static Article page(String head, String body) {
        return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", "-",
                ExtractOptions.DEFAULT);
    }

    @Test
    void bylineWithAMarkerUnderTheHeadlineGivesTheAuthors() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p><em>Von Erika Muster und Hans Beispiel</em></p>" + BODY);
        assertEquals(List.of("Erika Muster", "Hans Beispiel"), a.authors());
    }

    @Test
    void signatureAtTheArticlesEndGivesTheAuthor() {
        Article a = page("<title>Roads</title>", "<article><h1>Roads</h1>" + BODY.repeat(12)
                + "<p><strong>Autorin: Uta Beispiel, Projektleiterin</strong></p></article>");
        assertEquals(List.of("Uta Beispiel"), a.authors());
    }

    @Test
    void bareNameWithoutAMarkerIsNotTakenFromTheText() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p>Image Title 1/10</p>" + BODY);
        assertEquals(List.of(), a.authors());
    }

    @Test
    void authorStatedOnlyOnTheJsonLdWebPageIsRead() {
        Article a = page("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"author\":{\"@id\":\"#p\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Harald Muster\"}]}</script>", "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Harald Muster"), a.authors());
    }

    @Test
    void twitterWrittenByLabelInGermanGivesTheAuthor() {
        Article a = page("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Karoline Muster'>",
                "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Karoline Muster"), a.authors());
    }

    @Test
    void utcTimestampADayOffTheShownDateGivesWayToTheShownDate() {
        Article a = page("<meta property='article:published_time' content='2018-12-31T23:11:59+00:00'>",
                "<h1>Roads</h1><p>1. Januar 2019</p>" + BODY);
        assertEquals("2019-01-01", a.published().iso());
    }

    @Test
    void timestampWithTheLocalOffsetIsKeptAsWritten() {
        Article a = page("<meta property='article:published_time' content='2018-12-31T23:11:59+01:00'>",
                "<h1>Roads</h1><p>1. Januar 2019</p>" + BODY);
        assertEquals("2018-12-31T23:11:59+01:00", a.published().iso());
    }

    @Test
    void shownDateLabelledAsAnUpdateYieldsToThePublicationDateBesideIt() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p>Letzte Änderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023</p>" + BODY);
        assertEquals("2023-11-01", a.published().iso());
    }

    @Test
    void dateAboveTheHeadlineIsReadWhenNoneFollowsIt() {
        Article a = page("<title>Roads</title>", "<h3>02.01.2022</h3><h1>Roads</h1>" + BODY);
        assertEquals("2022-01-02", a.published().iso());
    }

    @Test
    void eachMetadataValueSaysWhereItCameFrom() {
        String html = "<html><head><meta property='article:published_time' content='2024-03-05'></head><body><h1>Roads</h1>"
                + "<p>By Jane Doe</p>" + BODY + "</body></html>";
        PageMetadata m = PageMetadata.of(Jsoup.parse(html), TextHelpers.DEFAULT);
        m.headline();
        String notes = String.join("\n", m.sources);
        assertTrue(notes.contains("published from meta article:published_time"), notes);
        assertTrue(notes.contains("author \"Jane Doe\" from a byline in the visible text"), notes);
        assertTrue(notes.contains("headline from the page's main h1"), notes);
    }

    @Test
    void standfirstOutsideTheBodyContainerBecomesTheFirstParagraph() {
        String lead = "The council closed every road in town on Monday, and the mayor said they would stay closed all week.";
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p class='article-lead'>" + lead + "</p><div class='story'>"
                + BODY.repeat(4) + "</div>");
        assertEquals(lead, a.paragraphs().get(0).text());
    }

    @Test
    void pageServedInsideNoscriptIsExtracted() {
        Article a = page("<title>Roads</title>", "<noscript><div id='page'><h1>Roads</h1>" + BODY.repeat(4) + "</div></noscript>");
        assertTrue(a.text().startsWith("The council met on Monday"), a.text());
    }

    @Test
    void bylineInsideAContainerNamedBothWidgetAndBlogIsTheArticles() {
        Article a = page("<title>Roads</title>", "<div class='widget Blog'><div class='post hentry'><h3>Roads</h3>"
                + "<div class='post-body'>" + BODY + "</div><div class='post-footer'><span class='post-author vcard'>"
                + "Posted by <span class='fn' itemprop='author'><a rel='author' href='/p/1'><span itemprop='name'>"
                + "T. V. Raman</span></a></span></span></div></div></div>");
        assertEquals(List.of("T. V. Raman"), a.authors());
    }

    @Test
    void bylineInsideAWidgetThatNamesNoContentIsNotTheArticles() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY + "<div class='widget popular'><p>"
                + "<a rel='author' href='/p/2'>Hanna Other</a></p></div>");
        assertEquals(List.of(), a.authors());
    }

    private static List<String> authorsOfJsonLdPerson(String name) {
        return page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"" + name + "\"}}</script>", "<h1>Roads</h1>" + BODY).authors();
    }

    @Test
    void jsonLdPersonNamedByAUserNameIsTheAuthor() {
        assertEquals(List.of("jesusfreak"), authorsOfJsonLdPerson("jesusfreak"));
        assertEquals(List.of("Mobasir hassan"), authorsOfJsonLdPerson("Mobasir hassan"));
    }

    @Test
    void jsonLdPersonNamedByANewsroomWordIsNoAuthor() {
        assertEquals(List.of(), authorsOfJsonLdPerson("Redaktion"));
        assertEquals(List.of(), authorsOfJsonLdPerson("Staff Writer"));
    }

    @Test
    void cxenseAuthorMetaTagGivesTheAuthor() {
        Article a = page("<meta property='cXenseParse:author' content='Lisa Muster'>", "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Lisa Muster"), a.authors());
    }

    @Test
    void jsonLdPersonGivenAsAnAccountSlugYieldsToTheMetaAuthor() {
        Article a = page("<title>Match</title><meta name='author' content='Edilson La Rosa'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Match\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"edilson.la.rosa\"}}</script>", "<h1>Match</h1>" + BODY);
        assertEquals(List.of("Edilson La Rosa"), a.authors());
    }

    @Test
    void userNameAloneInAnAuthorElementLinkedToItsProfileIsTheAuthor() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><div id='meta'><span class='author'>"
                + "<a href='/user,profile,30,lars.html'>Lars</a></span></div>" + BODY);
        assertEquals(List.of("Lars"), a.authors());
        Article button = page("<title>Roads</title>", "<h1>Roads</h1><a class='author-info__follow-button' "
                + "href='https://example.com/login?trk=author-info__follow-button'>Follow</a>" + BODY);
        assertEquals(List.of(), button.authors(), "a button whose tracking query holds its label");
    }

    @Test
    void signatureInTheArticlesOwnFooterGivesTheAuthorThePagesFooterDoesNot() {
        Article a = page("<title>Roads</title>", "<article><h1>Roads</h1>" + BODY + "<footer class='postdata'>"
                + "<span class='author'>Posted by <span class='vcard'><a class='url fn' rel='author' href='/author/gwk/'>"
                + "Günter W. Kienitz</a></span> at 18:52</span></footer></article>");
        assertEquals(List.of("Günter W. Kienitz"), a.authors());
        Article site = page("<title>Roads</title>", "<article><h1>Roads</h1>" + BODY + "</article><footer>"
                + "<a rel='author' href='/author/gwk/'>Günter W. Kienitz</a></footer>");
        assertEquals(List.of(), site.authors());
    }

    @Test
    void bylineInAFurnitureNamedFrameAroundTheHeadlineIsTheArticles() {
        Article a = page("<title>Courses</title>", "<div class='panel-display one-sidebar-second'><h1>Courses</h1>"
                + "<div class='signature'><span class='field-contributor author'>Par <a href='/node/matthieu-hy'>"
                + "Matthieu Hy</a></span></div>" + BODY + "</div><div class='sidebar'><span class='author'>"
                + "Par Jean Autre</span></div>");
        assertEquals(List.of("Matthieu Hy"), a.authors());
    }

    @Test
    void nameAloneInAParagraphAtTheBodysEndSignsTheArticle() {
        Article a = page("<title>Hockey</title>", "<article><h1>Hockey</h1>" + BODY.repeat(3)
                + "<p><b><i>Stefan Wasmer</i></b></p></article>");
        assertEquals(List.of("Stefan Wasmer"), a.authors());
        Article contact = page("<title>Hockey</title>", "<article><h1>Hockey</h1>" + BODY.repeat(3)
                + "<p>Prof. Bjorn Stevens</p><p>Max-Planck-Institut</p><p>E-Mail: bjorn.stevens@example.org</p></article>");
        assertEquals(List.of(), contact.authors(), "a press contact");
        Article phrase = page("<title>Hockey</title>", "<article><h1>Hockey</h1>" + BODY.repeat(3)
                + "<p>Viel Spass</p></article>");
        assertEquals(List.of(), phrase.authors(), "two capitalised words that are no name");
    }

    @Test
    void nameBesideADateUnderTheHeadlineInTheSameBoxIsTheByline() {
        Article a = page("<title>Variables</title>", "<div class='col'><h1>Variables</h1><p class='text-muted'>"
                + "11.12.2019 - Amelie Loevenich</p></div>" + BODY);
        assertEquals(List.of("Amelie Loevenich"), a.authors());
    }

    @Test
    void lineBreakEndsTheBylineTheNextLineIsNotPartOfTheLastName() {
        Article a = page("<title>Firewood</title>", "<h1>Firewood</h1><p>Von <strong><a href='/rb'>Roland Brockmann</a>"
                + "</strong> und <strong><a href='/sd'>Sebastian Drescher</a></strong><br><br>Kakuma /Kenia</p>" + BODY);
        assertEquals(List.of("Roland Brockmann", "Sebastian Drescher"), a.authors());
    }
}
