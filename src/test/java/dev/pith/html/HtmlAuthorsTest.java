package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the HTML path finds an article's authors: excerpts of the markup of real news and blog pages. */
class HtmlAuthorsTest {
    private static final String BODY = "<p>" + "The council met on Monday and talked about the roads for a long time. ".repeat(6) + "</p>";

    private static Article page(String head, String body) {
        return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", "-",
                ExtractOptions.DEFAULT);
    }

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
}
