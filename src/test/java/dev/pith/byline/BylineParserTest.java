package dev.pith.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {
    private static List<String> authors(String line) {
        return BylineParser.parse(line).map(Byline::authors).orElse(null);
    }

    private static List<String> lenient(String line) {
        return BylineParser.parseLenient(line).map(Byline::authors).orElse(null);
    }

    @Test
    void byPrefixWithColonGivesTheName() {
        assertEquals(List.of("David Baché"), authors("By: David Baché"));
    }

    @Test
    void byPrefixWithTwoNamesGivesBoth() {
        assertEquals(List.of("Jane Doe", "John Roe"), authors("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), authors("By Jane Doe, John Roe and Ann Poe"));
    }

    @Test
    void agencyRoleAndDateAfterTheNameAreDropped() {
        assertEquals(List.of("Jane Doe"), authors("By Jane Doe, Reuters"));
        assertEquals(List.of("Jane Doe"), authors("By Jane Doe | Updated 3 hours ago"));
        assertEquals(List.of("Jane Doe"), authors("By Jane Doe, Staff Writer"));
        assertEquals(List.of("Pamela Sladky"), authors("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45"));
    }

    @Test
    void germanFrenchAndSpanishMarkersAreBylines() {
        assertEquals(List.of("Anna Schmidt", "Paul Meier"), authors("Von Anna Schmidt und Paul Meier"));
        assertEquals(List.of("Marie Dupont"), authors("Par Marie Dupont"));
        assertEquals(List.of("Luis García"), authors("Por Luis García"));
        assertEquals(List.of("Sara Zinnecker"), authors("Autorin: Sara Zinnecker"));
    }

    @Test
    void markerAfterAShortLeadInIsFound() {
        assertEquals(List.of("marc"), authors("Posted on 2015-04-05 by marc | Leave a comment"));
        assertEquals(List.of("Helge Fahrnberger"), authors("Post author By Helge Fahrnberger"));
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        assertFalse(BylineParser.parse("By the end of the year, the council had spent the whole budget.").isPresent());
        assertFalse(BylineParser.parse("By using this site you agree to our terms").isPresent());
    }

    @Test
    void agencyOnlyBylineHasNoAuthors() {
        assertEquals(List.of(), authors("By Reuters"));
    }

    @Test
    void bareNameLineIsABylineOnlyWhenLenient() {
        assertFalse(BylineParser.parse("David Baché").isPresent());
        assertEquals(List.of("David Baché"), lenient("David Baché"));
        assertEquals(List.of("Richard Adams"), lenient("Richard Adams Education editor"));
        assertEquals(List.of("Gavin O'Callaghan"), lenient("Gavin O'Callaghan"));
    }

    @Test
    void menuLinesAreNotNames() {
        assertEquals(null, lenient("Log In"));
        assertEquals(null, lenient("The World Today"));
        assertEquals(null, lenient("Read the full story."));
    }

    @Test
    void personNameShapeAllowsParticles() {
        assertTrue(BylineParser.looksLikePersonName("Ursula von der Leyen"));
        assertFalse(BylineParser.looksLikePersonName("the end"));
    }
}
