package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import dev.pith.article.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the body container is chosen and what is kept in it, on small pages built here. */
class BodyExtractorTest {
    private static Article extract(String body) {
        return HtmlExtractor.extract("<html><head><title>Page</title></head><body>" + body + "</body></html>", "-",
                ExtractOptions.DEFAULT);
    }

    /** A paragraph of running text, about {@code sentences} times 90 characters, numbered so that each differs. */
    private static String prose(int n, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append("Sentence ").append(n).append('.').append(i)
                    .append(" of the report says, with some detail, what the council decided on the roads. ");
        }
        return b.toString().strip();
    }

    private static String links(int n) {
        StringBuilder b = new StringBuilder("<ul>");
        for (int i = 0; i < n; i++) {
            b.append("<li><a href='/s/").append(i).append("'>Section ").append(i).append("</a></li>");
        }
        return b.append("</ul>").toString();
    }

    private static List<String> texts(Article a) {
        return a.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void articleWithEachParagraphInItsOwnWrapperIsKeptWhole() {
        StringBuilder cards = new StringBuilder("<div class='collection'>");
        for (int i = 1; i <= 6; i++) {
            cards.append("<div class='card item'><div class='card-content'><p>").append(prose(i, 2)).append("</p></div></div>");
        }
        cards.append("</div>");
        Article a = extract("<div class='menu'>" + links(8) + "</div>" + cards + "<div class='box'><p>"
                + prose(9, 1) + "</p></div>");
        for (int i = 1; i <= 6; i++) {
            assertTrue(texts(a).contains(prose(i, 2)), "paragraph " + i + " of 6: " + texts(a));
        }
        assertFalse(a.text().contains("Sentence 9.0"), "the box outside the story");
    }

    @Test
    void articleWrittenStraightIntoItsDivBetweenLineBreaksIsTheBody() {
        Article a = extract("<div class='side'><p>Categories of the news archive, by month</p>" + links(20)
                + "</div><div class='row'><div class='col-9'><p class='title'>Cars broken into</p><small>05/10/2018</small>"
                + "<br><br>" + prose(1, 3) + "<br><br>" + prose(2, 3) + "</div></div>");
        assertTrue(a.text().contains(prose(1, 3)), a.text());
        assertTrue(a.text().contains(prose(2, 3)), a.text());
        assertFalse(a.text().contains("Categories of the news archive"), a.text());
    }

    @Test
    void containerNamedAsTeaserThatHoldsMostOfTheTextIsKept() {
        Article a = extract("<div class='teaserbox newssingle'><p>" + prose(1, 5) + "</p><p>" + prose(2, 5) + "</p><p>"
                + prose(3, 5) + "</p></div><div class='hotel'><p>" + prose(4, 6) + "</p></div>");
        assertTrue(a.text().contains(prose(2, 5)), a.text());
    }

    @Test
    void classNamesMadeOfCssInJsHashesDoNotRemoveParagraphs() {
        String p = "<p class='tagStyle_z4kqwb-o_O-style_1tcxgp3-o_O-style_1pinbx1'>";
        Article a = extract("<article><h1>Table</h1>" + p + prose(1, 3) + "</p>" + p + prose(2, 3) + "</p>" + p
                + prose(3, 3) + "</p></article>");
        assertEquals(List.of(prose(1, 3), prose(2, 3), prose(3, 3)), texts(a));
    }

    @Test
    void sectionNamedForAdsThatHoldsRunningTextStaysInTheBody() {
        Article a = extract("<article><h1>Grill test</h1>"
                + "<section class='report__section'><h2>Price</h2><p>" + prose(1, 4) + "</p></section>"
                + "<section class='report__section report__section--ads'><h2>Verdict</h2><p>" + prose(2, 4) + "</p></section>"
                + "<section class='report__section'><h2>Handling</h2><p>" + prose(3, 4) + "</p></section>"
                + "<div class='ad-slot ads'>Advertisement</div></article>");
        assertTrue(texts(a).contains(prose(2, 4)), a.text());
        assertFalse(a.text().contains("Advertisement"), a.text());
    }

    @Test
    void articleTextInAContainerNamedForThePaywallIsKept() {
        Article a = extract("<article class='post'><h1>Taboos</h1><div class='intro'><p>" + prose(1, 3) + "</p><p>"
                + prose(2, 3) + "</p><p>" + prose(3, 3) + "</p></div><div class='entry__content paywall-container'><p>"
                + prose(4, 3) + "</p><p>" + prose(5, 3) + "</p></div></article>");
        assertTrue(texts(a).contains(prose(5, 3)), a.text());
    }

    @Test
    void lineWithAFurniturePhraseOfTheTextModeIsRemoved() {
        Article a = extract("<article><h1>Roads</h1><p>" + prose(1, 3) + "</p><p>" + prose(2, 3)
                + "</p><p>Follow us on Twitter and Instagram for the latest updates</p></article>");
        assertFalse(a.text().contains("Follow us"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.kind().equals("prompt") && r.text().startsWith("Follow us")),
                a.removed().toString());
    }

    @Test
    void shortSubheadingWithNothingUnderItGoesWithTheBoxItTitled() {
        Article a = extract("<article><h1>Roads</h1><h2>What the council decided</h2><p>" + prose(1, 3) + "</p><p>"
                + prose(2, 3) + "</p><h3>Upcoming events</h3><div class='events-list'>" + links(6) + "</div></article>");
        assertFalse(texts(a).contains("Upcoming events"), texts(a).toString());
        assertTrue(texts(a).contains("What the council decided"), "a subheading with paragraphs under it stays");
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("Upcoming events")
                && r.reason().equals("a subheading with nothing under it")));
    }

    @Test
    void readAlsoLinesInSpanishAndGermanAreRemovedAsRelated() {
        Article a = extract("<article><h1>Roads</h1><p>" + prose(1, 3) + "</p><p>VEA TAMBIÉN: Entre heces y guaricha, la"
                + " escuela</p><p>" + prose(2, 3) + "</p><p>Schon gelesen? Der Bahnhof wird neu gebaut</p></article>");
        assertEquals(List.of(prose(1, 3), prose(2, 3)), texts(a));
        assertEquals(2, a.removed().stream().filter(r -> r.kind().equals("related")).count(), a.removed().toString());
    }

    @Test
    void rubyReadingsOverTheCharactersAreNotWordsOfTheText() {
        String line = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための法律ができました。";
        Article a = extract("<article><h1>法律</h1><p>" + line.repeat(4) + "</p><p>" + line.repeat(3) + "</p></article>");
        assertTrue(a.text().startsWith("子どもへの虐待をなくすための法律ができました。"), a.text());
        assertFalse(a.text().contains("こ") || a.text().contains("ぎゃくたい") || a.text().contains("("), a.text());
    }

    @Test
    void formAroundTheWholePageIsNotRemovedAsAForm() {
        StringBuilder steps = new StringBuilder("<ul>");
        for (int i = 1; i <= 4; i++) {
            steps.append("<li>Step ").append(i).append(": heat the oven, butter the pan, then bake the cake for ")
                    .append(20 + i).append(" minutes until golden.</li>");
        }
        Article a = extract("<form id='mainform' method='post'><div class='menu'>" + links(5) + "</div>"
                + "<div class='recipe'><h2>Steps</h2>" + steps + "</ul></div></form>");
        assertTrue(a.text().contains("Step 3: heat the oven"), a.text());
    }

    @Test
    void siblingArticlesOfTheArticleAroundTheTopCandidateJoinIt() {
        Article a = extract("<div class='wrap'><article class='box recipe-header'><h1>Cake</h1><div class='intro'><p>"
                + prose(1, 6) + "</p></div></article><article class='box recipe-steps'><h2>Method</h2><p>"
                + prose(2, 3) + "</p></article><article class='box'>" + links(12) + "</article></div>");
        assertTrue(texts(a).contains(prose(1, 6)), a.text());
        assertTrue(texts(a).contains(prose(2, 3)), "the sibling article that scores near it: " + a.text());
        assertFalse(a.text().contains("Section 3"), a.text());
    }

    @Test
    void standfirstInTheArticlesHeaderIsKeptItsShortLinesAreNot() {
        String standfirst = "The council voted on Monday to close the old bridge to cars from next spring, after"
                + " engineers found cracks in two of its piers.";
        Article a = extract("<article><header><span class='kicker'>Roads</span><h1>Bridge to close</h1><p>"
                + standfirst + "</p><span>12 May 2024</span></header><p>" + prose(1, 4) + "</p><p>" + prose(2, 4)
                + "</p><section><header><h3>What comes next</h3></header><p>" + prose(3, 4) + "</p></section></article>");
        assertEquals(List.of(standfirst, prose(1, 4), prose(2, 4), "What comes next", prose(3, 4)), texts(a));
        assertTrue(a.removed().stream().anyMatch(r -> r.kind().equals("header") && r.text().equals("Roads")),
                a.removed().toString());
    }

    @Test
    void tableInAFigureIsBodyItsCreditIsACaption() {
        Article a = extract("<article><h1>Exchanges</h1><p>" + prose(1, 3) + "</p><figure><table><tr><th>Fees</th>"
                + "<td>0.60% per trade</td><td>0.50% per trade</td></tr></table><span>Photo: Jane Roe/Agency</span>"
                + "</figure><p>" + prose(2, 3) + "</p></article>");
        assertTrue(texts(a).contains("Fees 0.60% per trade 0.50% per trade"), texts(a).toString());
        assertTrue(a.captions().contains("Photo: Jane Roe/Agency"), a.captions().toString());
    }

    @Test
    void containerNamedAsAComponentsHeaderAroundTheHeadlineIsNotRemovedAsThePageHeader() {
        Article a = extract("<div class='header'><h1><a href='/'>Kitchen Site</a></h1>" + links(6) + "</div>"
                + "<div class='recipe'><div class='recipe-header'><h1>Mole cake with strawberries</h1><p>"
                + "For 12 pieces, simple, ready in an hour and a half.</p></div><p>" + prose(1, 4)
                + "</p><p>" + prose(2, 4) + "</p></div>");
        assertTrue(a.text().startsWith("For 12 pieces"), a.text());
        assertFalse(a.text().contains("Kitchen Site") || a.text().contains("Section 2"), a.text());
    }
}
