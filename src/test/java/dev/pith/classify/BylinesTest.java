package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pith.assemble.Assembler;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes.";
    private static final String BIO = "Jane Miller has covered local politics for the paper since 2015 and lives in town.";

    private static Classification classify(String... lines) {
        String dump = String.join("\n", lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    private static Label labelOf(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label();
    }

    @Test
    void statedBylineFartherAboveTheHeadlineIsTheByline() {
        Classification c = classify("Home", "By Jane Miller, Town News", "World", "Politics", "Local", "Schools",
                "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "By Jane Miller, Town News"));
    }

    @Test
    void bareNameBetweenHeadlineAndBodyIsTheByline() {
        Classification c = classify("Home", "Council approves the new budget", "Photo gallery", "Jane Miller", PROSE,
                PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "Jane Miller"));
    }

    @Test
    void bareNameAboveItsBioAfterTheArticleIsTheByline() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.",
                "About the author", "Jane Miller", BIO);
        assertEquals(Label.BYLINE, labelOf(c, "Jane Miller"));
    }

    @Test
    void markerAloneOnItsLineTakesTheNameOnTheNextLine() {
        Classification c = classify("Home", "Council approves the new budget", "By", "Jane Miller", "Updated",
                PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "By"));
        assertEquals(Label.BYLINE, labelOf(c, "Jane Miller"));
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void aCommentFormsEmptyFieldsDoNotPushTheBylineAway() {
        // a blog's comment form between the article and its byline, each empty field a block (shape of a real dump)
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget", PROSE, PROSE + " Two.",
                PROSE + " Three.", "What do you think?"));
        for (int i = 0; i < 14; i++) {
            lines.add("[ ]");
        }
        lines.addAll(List.of("Posted in News by Jane Miller"));
        Classification c = classify(lines.toArray(String[]::new));
        assertEquals(Label.BYLINE, labelOf(c, "Posted in News by Jane Miller"));
    }

    @Test
    void shareButtonsBetweenBylineAndBodyDoNotPushTheBylineAway() {
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget | Town News"));
        for (int i = 0; i < 14; i++) {
            lines.add("Section " + (char) ('A' + i));
        }
        lines.addAll(List.of("By Jane Miller", "Facebook", "Twitter", "WhatsApp", "E-Mail", "Print", "Copy link",
                PROSE, PROSE + " Two.", PROSE + " Three.", "By Ann Poe"));
        Classification c = classify(lines.toArray(String[]::new));
        assertEquals(Label.BYLINE, labelOf(c, "By Jane Miller"));
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void capitalisedLineOfWordsTheTextWritesInLowerCaseIsNoByline() {
        Classification c = classify("Home", "Council approves the new budget", "Golden Meadows",
                PROSE + " The golden meadows by the river stay open.", PROSE + " Two.", PROSE + " Three.");
        assertNotEquals(Label.BYLINE, labelOf(c, "Golden Meadows"));
        Classification named = classify("Home", "Council approves the new budget", "Zorbek Quillane",
                PROSE + " The golden meadows by the river stay open.", PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(named, "Zorbek Quillane"));
    }

    @Test
    void givenNameBesideADateFarAboveTheArticleIsTheByline() {
        List<String> lines = new ArrayList<>(List.of("Jane Miller", "3 March 2023"));
        for (int i = 0; i < 14; i++) {
            lines.add("Section " + (char) ('A' + i));
        }
        lines.addAll(List.of("Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three."));
        Classification c = classify(lines.toArray(String[]::new));
        assertEquals(Label.BYLINE, labelOf(c, "Jane Miller"));
    }

    @Test
    void capitalisedMenuEntryAfterTheArticleIsNoByline() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.",
                "News", "Middle East", "Sport", BIO);
        assertNotEquals(Label.BYLINE, labelOf(c, "Middle East"));
    }

    @Test
    void nameWithAGivenNameWinsOverACapitalisedLabelNearerTheHeadline() {
        Classification c = classify("Home", "Council approves the new budget", "Golden Gate Park", "Jane Miller", PROSE,
                PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "Jane Miller"));
        assertNotEquals(Label.BYLINE, labelOf(c, "Golden Gate Park"));
    }

    @Test
    void nameWithAGivenNameInsideTheArticleIsTheBylineWhenNoneStandsWhereBylinesStand() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, PROSE + " Two.", "Helga Brandt",
                PROSE + " Three.", PROSE + " Four.", PROSE + " Five.", PROSE + " Six.");
        assertEquals(Label.BYLINE, labelOf(c, "Helga Brandt"));
    }

    @Test
    void nameShapedLineWithoutAKnownGivenNameStillCountsRightUnderTheHeadline() {
        Classification c = classify("Home", "Council approves the new budget", "Xandro Pelluzzi", PROSE,
                PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "Xandro Pelluzzi"));
    }

    @Test
    void nameWithAGivenNameInTheMastheadAboveTheHeadlineIsTheByline() {
        Classification c = classify("Helga Brandt", "Home", "World", "Politics", "Local", "Schools", "Sport",
                "Weather", "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(Label.BYLINE, labelOf(c, "Helga Brandt"));
    }

    @Test
    void authorLabelWithoutColonTakesTheNameOnTheNextLine() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, "Author", "Jane Miller",
                "Date", "2 March 2020", PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void capitalisedParticleOfANameDoesNotMakeItACommonPhrase() {
        Classification c = classify("Inicio", "Noticias", "El Brighton goleó al Manchester United en la Premier League",
                "Edilson La Rosa", "edilsonlarosa", "edilsonlarosa@example.com", "sabado 07 de mayo del 2022",
                "El equipo de la costa sur del país dominó el partido desde el primer minuto y marcó cuatro goles ante"
                        + " un rival que nunca encontró su juego en la tarde del sábado.",
                "La afición local celebró una victoria que la acerca a los puestos europeos de la tabla de la liga"
                        + " inglesa esta temporada, según los datos de la jornada.",
                "El entrenador dijo que el equipo jugó su mejor partido del año y que la victoria es para la gente"
                        + " de la ciudad, que llenó el estadio una vez más.");
        assertEquals(List.of("Edilson La Rosa"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void postFooterBylineFartherBelowTheArticleCountsInAScrapersDump() {
        List<String> lines = new ArrayList<>(List.of("Council approves the new budget", PROSE, PROSE + " Two.",
                PROSE + " Three."));
        for (int i = 1; i <= 13; i++) {
            lines.add("Label " + (char) ('A' + i));
        }
        lines.add("Posted by Helga Brandt at 18:52");
        String dump = String.join("\n\n", lines);
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.SCRAPER), DumpStyle.SCRAPER, "en");
        assertEquals(List.of("Helga Brandt"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void copyrightFooterOwnerIsTheAuthorWhenNoBylineStands() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.",
                "Impressum", "Datenschutz", "© 2020 Helga Brandt. All rights reserved.");
        assertEquals(List.of("Helga Brandt"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void statedBylineWinsOverTheCopyrightFooter() {
        Classification c = classify("Home", "Council approves the new budget", "By Jane Miller", PROSE, PROSE + " Two.",
                PROSE + " Three.", "Impressum", "© 2020 Helga Brandt. All rights reserved.");
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void nameWithItsRoleOnTheNextLineIsTheByline() {
        // in a text browser's dump: the author photo's placeholder above the name, the role under it
        Classification c = classify("Home", "Council approves the new budget", "16. March 2021", PROSE, "•", "[fc1f56]",
                "Helga Brandt", "Town News newsroom", PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Helga Brandt"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void photoCreditAboveAStatedBylineIsNoNameWithARole() {
        Classification c = classify("Home", "Council approves the new budget", "(Helga Brandt / Town Photos)",
                "By Jane Miller, Staff Writer", PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void licenceFooterOwnerIsTheAuthorNotTheLicencesName() {
        Classification c = classify("Home", "Council approves the new budget", PROSE, PROSE + " Two.", PROSE + " Three.",
                "Impressum", "(Creative Commons-Lizenz) 2006-2008 by Martin Weber");
        assertEquals(List.of("Martin Weber"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void markedBylineWinsOverANameBesideADateInARelatedPost() {
        // a related post's meta line (date, then its author) between the headline and the body
        Classification c = classify("Home", "Council approves the new budget", "Roads to be repaired this spring",
                "October 30, 2020 Helga Brandt", PROSE, PROSE + " Two.", PROSE + " Three.",
                "About the Author - Jane Miller");
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void nameBesideADateIsTheBylineWhenNoLineIsMarked() {
        Classification c = classify("Home", "Council approves the new budget", "October 30, 2020 Helga Brandt", PROSE,
                PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Helga Brandt"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void bylineEndingInATimesFullStopWinsOverATagAboveIt() {
        // a text browser's dump: the article's tag above its byline, whose line ends in the time's full stop
        Classification c = classify("Noticias", "La ministra pide investigar la denuncia", "Felipe Berríos",
                "Por Rosa Díaz 04 de mayo 2022 a las 09:01 hrs.", PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Rosa Díaz"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void nameAloneWinsOverANearerPhotoCreditWithItsAgency() {
        // the photo's credit ("photographer / agency") under its caption, the author's name under it
        Classification c = classify("Home", "News", "Council approves the new budget", PROSE,
                "The council chamber on Tuesday evening.", "Helga Brandt / Townpix", "Jane Miller",
                "Share this article:", PROSE + " Two.", PROSE + " Three.", PROSE + " Four.");
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void markedBylineBesideADatelineFarBelowTheArticleIsTheByline() {
        List<String> lines = new ArrayList<>(List.of("Home", "Council approves the new budget", PROSE, PROSE + " Two.",
                PROSE + " Three."));
        for (int i = 1; i <= 16; i++) {
            lines.add("Figure " + i + ": spending per school and year");
        }
        lines.addAll(List.of("Author: Jane Miller", "Published: 03 December 2019", "Contact", "Imprint"));
        Classification c = classify(lines.toArray(String[]::new));
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void markerAloneBesideADatelineFarBelowTheArticleTakesTheNameUnderIt() {
        // a scraper's dump of a post's meta block: every label and value on a line of its own
        List<String> lines = new ArrayList<>(List.of("Home", "Council approves the new budget", PROSE, PROSE + " Two.",
                PROSE + " Three."));
        for (int i = 1; i <= 16; i++) {
            lines.add("Figure " + i + ": spending per school and year");
        }
        lines.addAll(List.of("Date:", "03.12.2019", "Author:", "Jane Miller", "Source:", "Town News", "Contact"));
        Classification c = classify(lines.toArray(String[]::new));
        assertEquals(List.of("Jane Miller"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void namesUnderTheirInitialsAreCoAuthors() {
        // an author row whose avatars show the initials: one block per avatar and per name
        Classification c = classify("Home", "Politics", "Council approves the new budget", PROSE, "LB", "Lea Barros",
                "RF", "Rui Falcão", "posted 04/05/2022 05:49", PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Lea Barros", "Rui Falcão"), Assembler.assemble("t", c, List.of(), null).authors());
    }

    @Test
    void markerAloneTakesEveryNameJoinedOnTheLinesUnderIt() {
        // a text browser's dump of a byline with two linked names: marker, name, conjunction, name, one line each
        Classification c = classify("Home", "Council approves the new budget", "By", "Jane Miller", "and",
                "Helga Brandt", "Published Nov 8, 2023", PROSE, PROSE + " Two.", PROSE + " Three.");
        assertEquals(List.of("Jane Miller", "Helga Brandt"), Assembler.assemble("t", c, List.of(), null).authors());
    }
}
