package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pith.ExtractOptions;
import dev.pith.article.Article;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    private static final String BODY = "<p>" + "The council met on Monday and talked about the roads for a long time. ".repeat(6) + "</p>";

    private static Article page(String head, String body) {
        return HtmlExtractor.extract("<html><head>" + head + "</head><body>" + body + BODY + "</body></html>", "-",
                ExtractOptions.DEFAULT);
    }

    @Test
    void headingEqualToOnePartOfTheTitleWinsOverTheBlogNameInH1() {
        Article a = page("<title>Four Walls » Blog Archive » Small integers in Python</title>",
                "<h1>Four Walls</h1><h2>Small integers in Python</h2>");
        assertEquals("Small integers in Python", a.headline());
    }

    @Test
    void kickerInsideTheH1IsLeftOutWhenTheStatedTitleIsTheRest() {
        Article a = page("<meta property='og:title' content='Big tasks for the new government'>",
                "<article><h1><small>Tunisia</small><br> Big tasks for the new government </h1></article>");
        assertEquals("Big tasks for the new government", a.headline());
    }

    @Test
    void kickerClassInsideTheH1IsLeftOutWithoutAStatedTitle() {
        Article a = page("<title>Site news</title>",
                "<h1><span class='dachzeile'>After the lockdown</span> <span>Car dealers expect a slow start</span></h1>");
        assertEquals("Car dealers expect a slow start", a.headline());
    }

    @Test
    void theArticlesH1WinsOverADifferentStatedTitle() {
        Article a = page("<meta property='og:title' content='What we learned from the interview'>",
                "<article><h1>Eleven things we learned from the royal interview</h1><h3>What we learned from the interview</h3></article>");
        assertEquals("Eleven things we learned from the royal interview", a.headline());
    }

    @Test
    void rubyAnnotationsAreNotPartOfTheHeadline() {
        Article a = page("<title>NEWS|子どもの法律</title>", "<h1><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby></h1>");
        assertEquals("子どもの法律", a.headline());
    }

    @Test
    void h1LinkingToTheHomePageIsTheSiteNotTheHeadline() {
        Article a = page("<title>My Garden</title>", "<h1><a href='/'>My Garden</a></h1><h1>Tomatoes in winter</h1>");
        assertEquals("Tomatoes in winter", a.headline());
    }

    @Test
    void withoutAnyH1TheFirstSubHeadingIsTheHeadline() {
        Article a = page("<title>Fire Brigade Town - Training</title>", "<h2>Boat service training</h2>");
        assertEquals("Boat service training", a.headline());
    }
}
