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

    // ---- where the authors are found (excerpts of the markup of real news and blog pages) ----

    @Test
    void metadataLineJustAfterTheHeadlineIsReadThoughItsContainerIsNamedAsATeaser() {
        Article a = page("<title>Roads</title>", "<div><h1>Roads</h1><div class='teaser-small__metadata'>"
                + "<p class='byline__author'>VON <a href='/autoren/muster-moritz'>MORITZ MUSTER</a> am 21. April 2020</p>"
                + "</div>" + BODY + "</div>");
        assertEquals(List.of("Moritz Muster"), a.authors());
    }

    @Test
    void markedBylineInASpanOfALongerShortHeadingIsRead() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><h2>Stars (1 / 1) <span>06.11.2023 13:30 von Olga</span>"
                + " <span>Symbolbild</span></h2>" + BODY);
        assertEquals(List.of("Olga"), a.authors());
    }

    @Test
    void calendarCellInAShortTableBesideADateIsNotAName() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><table><tr><td>Jan FEB May</td><td>28</td></tr>"
                + "<tr><td>2006 2007 2008</td><td>22 captures 21 Feb 2007</td></tr></table>" + BODY);
        assertEquals(List.of(), a.authors());
    }

    @Test
    void labelInItsOwnBlockIsReadWithTheNameAfterIt() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><div><h5>Datum: </h5>03.11.2021 <br>"
                + "<h5>Autor: </h5>Peter Muster/SP-X</div>" + BODY);
        assertEquals(List.of("Peter Muster"), a.authors());
    }

    @Test
    void nameHeadingAnAuthorBoxIsTheAuthorWhenNothingElseNamesOne() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY + "<div class='author-bio footer'><h3>Martin Muster</h3>"
                + "<p>Martin schreibt seit vielen Jahren über Finanzen, Leasing und alles, was kleine Firmen bewegt, "
                + "und berät Gründer bei der Wahl ihrer Bank.</p></div>");
        assertEquals(List.of("Martin Muster"), a.authors());
    }

    @Test
    void authorBoxHeadingOfTwoLinksIsReadByTheNameLinkAlone() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY + "<div class='author-info'><section><h3>"
                + "<a href='/in/ingamuster'>Inga Muster</a><a class='follow'>Follow</a></h3><p>"
                + "Beraterin für Hochzeiten und Feste im Wendland, mit vielen Jahren Erfahrung in der Planung.</p></section></div>");
        assertEquals(List.of("Inga Muster"), a.authors());
    }

    @Test
    void siteNameBesideTheNameInAMetaAuthorIsDropped() {
        Article a = page("<meta property='og:site_name' content='unocero'><meta name='author' content='unocero - Alberto Ávila'>",
                "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Alberto Ávila"), a.authors());
    }

    @Test
    void personalSiteNamedAfterAPersonIsItsOwnersWhenThePageNamesNoAuthor() {
        Article a = page("<title>Eine neue Studie | Wolfgang Muster</title>", "<h1>Eine neue Studie</h1>" + BODY);
        assertEquals(List.of("Wolfgang Muster"), a.authors());
    }

    @Test
    void personsCopyrightInThePageFooterNamesTheSitesOwner() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY
                + "<div id='footer'><p>Copyright (c) 2012- Gregory Muster. All rights reserved.</p></div>");
        assertEquals(List.of("Gregory Muster"), a.authors());
    }

    @Test
    void copyrightOfAPhotoIsNotTheSitesOwner() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><figure><img src='x.jpg'><figcaption>Foto: © Julia Muster"
                + "</figcaption></figure>" + BODY + "<footer><p>© 2021 Roads Daily</p></footer>");
        assertEquals(List.of(), a.authors());
    }

    @Test
    void companysCopyrightInTheFooterIsNoAuthor() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY + "<footer><p>© 2023 Luigi LAVAZZA SPA</p></footer>");
        assertEquals(List.of(), a.authors());
    }

    @Test
    void markedBylineUnderTheHeadlineWinsOverAMetaAuthorNamingSomeoneElse() {
        Article a = page("<meta name='author' content='Matthias Muster - Lukas Beispiel'>",
                "<h1>Roads</h1><p class='date'>Erstellt von <a href='/author/fabian/'>Fabian</a> am Dienstag 6. Mai 2014</p>" + BODY);
        assertEquals(List.of("Fabian"), a.authors());
    }

    @Test
    void bylineOfAnotherStoryInsideItsTeaserLinkIsNotTheArticles() {
        Article a = page("<meta name='author' content='Sadhbh Muster'>", "<h1>Roads</h1>" + BODY
                + "<a href='/de-de/other-story'><div class='story-meta'><span>von <span>Ella Muster</span></span></div></a>");
        assertEquals(List.of("Sadhbh Muster"), a.authors());
    }

    @Test
    void softHyphensInAVisibleBylineAreDropped() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p><strong>Von Mat\u00adthi\u00adas Muster</strong></p>" + BODY);
        assertEquals(List.of("Matthias Muster"), a.authors());
    }

    @Test
    void definitionListTermLabelsTheAuthorAfterIt() {
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><dl><dt>Auteur</dt><dd><a href='/fr/staff/uriel-muster/'>"
                + "Uriel Muster</a></dd><dt>Cover</dt><dd>Une photo de la ville de Paris prise depuis la tour Montparnasse, "
                + "un matin de mars</dd></dl>" + BODY);
        assertEquals(List.of("Uriel Muster"), a.authors());
    }

    @Test
    void hCardLinkingToTheHomePageIsTheSitesTitleNotTheAuthor() {
        Article a = page("<title>Roads</title>", "<h1 class='vcard author'><a href='http://blog.example.org/' class='fn'>"
                + "Krimi-Archiv</a></h1><div class='post'><h3>Roads</h3><h4 class='vcard author'>vom <span class='fn'>"
                + "Krimiblogger</span></h4>" + BODY + "</div>");
        assertEquals(List.of("Krimiblogger"), a.authors());
    }

    @Test
    void metaAuthorWithCoAuthorsExtendsTheJsonLdsFirstAuthor() {
        Article a = page("<meta property='author' content=\"Sadhbh Muster,Elisabeth Beispiel\">"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Sadhbh Muster\"}}</script>", "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Sadhbh Muster", "Elisabeth Beispiel"), a.authors());
    }

    @Test
    void blogTaglineThatIsAPersonsNameNamesTheSitesOwner() {
        Article a = page("<title>Warum wir Sprachgeschichte brauchen | Sprachpunkt</title>", "<div id='header'><span "
                + "class='site-title'><a href='/'>Sprachpunkt</a></span> <span class='site-description'>Alexander Muster"
                + "</span></div><h1>Warum wir Sprachgeschichte brauchen</h1>" + BODY);
        assertEquals(List.of("Alexander Muster"), a.authors());
    }

    @Test
    void bylineTheDescriptionStartsWithIsReadBeforeTheBlogsAuthorLink() {
        Article a = page("<meta property='og:description' content='Posted by Nathan Muster, Varun Beispiel and Kiran C Nair"
                + " - Chrome Safe Browsing team Over the past few years we have seen threats ...'>",
                "<h1>Roads</h1><a rel='author' href='https://plus.example.com/1'>Google</a>" + BODY);
        assertEquals(List.of("Nathan Muster", "Varun Beispiel", "Kiran C Nair"), a.authors());
    }

    @Test
    void eachOfSeveralAuthorMetaTagsNamesAnAuthor() {
        Article a = page("<meta name='parsely-author' content='Jessica Muster'><meta name='parsely-author' content='Gail Beispiel'>",
                "<h1>Roads</h1>" + BODY);
        assertEquals(List.of("Jessica Muster", "Gail Beispiel"), a.authors());
    }

    @Test
    void withoutABylineThePostAuthorsOwnCommentNamesTheAuthor() {
        // the shape of WordPress's comment list: the reply of the post's author is marked bypostauthor
        String comments = "<ol><li class='comment byuser comment-author-rita'><div class='comment-author vcard'>"
                + "<cite><span class='fn'>Rita Leser</span></cite></div><p>Great post!</p>"
                + "<ol><li class='comment byuser comment-author-jancak bypostauthor'><div class='comment-author vcard'>"
                + "<p>Thank you, all the best!</p><cite>Comment by <span class='fn'><a href='http://example.at'>jancak"
                + "</a></span> on 2019-01-01</cite></div></li></ol></li></ol>";
        assertEquals(List.of("jancak"), page("<title>Roads</title>", "<h1>Roads</h1>" + BODY + comments).authors());
    }

    @Test
    void thePostAuthorsCommentDoesNotOverrideAByline() {
        String comments = "<div class='comment bypostauthor'><p class='comment-author'>MikeNils</p><p>Thanks!</p></div>";
        Article a = page("<title>Roads</title>", "<h1>Roads</h1><p><em>Von Erika Muster</em></p>" + BODY + comments);
        assertEquals(List.of("Erika Muster"), a.authors());
    }

    @Test
    void withoutABylineTheFirstPostsDataAuthorNamesTheAuthor() {
        // the shape of a XenForo thread: each post's element carries its poster's name
        String posts = "<article class='message' data-author='Tiberius'><div class='message-content'>" + BODY
                + "</div></article><article class='message' data-author='Rowan'><p>Thanks for the patch.</p></article>";
        assertEquals(List.of("Tiberius"), page("<title>Patch notes</title>", "<h1>Patch notes</h1>" + posts).authors());
    }

    @Test
    void authorElementsGiveNamesWithoutTheirSeparatorsAndNeverAFileOrALinksLabel() {
        // the shapes of real pages: an hCard list "Reuters, " then the dateline's place, rel=author to humans.txt,
        // an author page's "mehr" link beside the name
        assertEquals("Reuters", PageMetadata.withoutTrailingMarks("Reuters, "));
        assertEquals("Jane Doe", PageMetadata.withoutTrailingMarks("Jane Doe |"));
        Article file = page("<title>Roads</title><link rel='author' href='humans.txt'>",
                "<h1>Roads</h1>" + BODY + "<a rel='author' href='/humans.txt'>humans.txt</a>");
        assertEquals(List.of(), file.authors());
        Article more = page("<title>Roads</title>", "<h1>Roads</h1>" + BODY
                + "<p class='author-box'><a href='/autor/angelika-leitner'>mehr</a></p>");
        assertEquals(List.of(), more.authors());
    }

    @Test
    void aRecipeNodeGivesTheAuthorButNotTheDate() {
        Article a = page("<meta property='article:published_time' content='2021-03-04T10:00:00+01:00'>"
                + "<script type='application/ld+json'>{\"@type\":\"Recipe\",\"name\":\"Plum cake\",\"datePublished\":"
                + "\"2009-01-02\",\"author\":{\"@type\":\"Person\",\"name\":\"kuchenfee\"}}</script>",
                "<h1>Plum cake</h1>" + BODY);
        assertEquals(List.of("kuchenfee"), a.authors());
        assertEquals("2021-03-04", a.published().iso().substring(0, 10));
    }

    @Test
    void aMarkedBylineJustAboveTheHeadlineIsRead() {
        String above = "<table><tr><td>26 | 01 | 2022</td><td>Text &amp; Fotos: Erika Muster</td></tr></table><h1>Roads</h1>";
        assertEquals(List.of("Erika Muster"), page("<title>Roads</title>", above + BODY).authors());
        // and wins over a meta author naming someone else, as a byline under the headline does
        assertEquals(List.of("Erika Muster"), page("<meta name='author' content='Hans Beispiel'>", above + BODY).authors());
        // a byline far above the headline (another story's, in the page's header) is not read
        String far = "<p>Von Erika Muster</p>" + "<p>Menu</p>".repeat(20) + "<h1>Roads</h1>";
        assertEquals(List.of(), page("<title>Roads</title>", far + BODY).authors());
    }

    @Test
    void twitterCreatorIsTheLastResortButNeverAHandleOrASlug() {
        assertEquals(List.of("delta201"), page("<meta name='twitter:creator' content='delta201'>", "<h1>Roads</h1>" + BODY)
                .authors());
        assertEquals(List.of("Erika Muster"), page("<meta name='twitter:creator' content='delta201'>"
                + "<meta name='author' content='Erika Muster'>", "<h1>Roads</h1>" + BODY).authors());
        assertEquals(List.of(), page("<meta name='twitter:creator' content='@roadsnews'>", "<h1>Roads</h1>" + BODY)
                .authors());
        assertEquals(List.of(), page("<meta name='twitter:creator' content='roads_news'>", "<h1>Roads</h1>" + BODY)
                .authors());
    }
}
