package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    private static final String PROSE = "The council voted on Tuesday to approve the new budget, which raises spending "
            + "on schools and roads by a tenth and will be paid for by a small rise in local taxes.";

    private static Label labelInArticle(String line) {
        String dump = String.join("\n", "Council approves the new budget", PROSE, line, PROSE + " Two.", PROSE + " Three.");
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
        return c.blocks().stream().filter(b -> b.text().equals(line)).findFirst().orElseThrow().label();
    }

    @Test
    void aLineEndingWithACreditMarkerInAnyCaseIsACaption() {
        assertEquals(Label.CAPTION, labelInArticle("The new school on Main Street. PHOTO: Jane Miller"));
        assertEquals(Label.CAPTION, labelInArticle("The new school on Main Street. Image by Jane Miller"));
        assertEquals(Label.CAPTION, labelInArticle("The new school on Main Street. Credits: Town Archive"));
    }

    @Test
    void nonAsciiCreditMarkersAreStillFound() {
        assertEquals(Label.CAPTION, labelInArticle("Nowa szkoła przy ulicy Głównej. Zdjęcie: Jan Kowalski"));
        assertEquals(Label.CAPTION, labelInArticle("La nouvelle école de la rue principale. Crédits : Mairie"));
        assertEquals(Label.CAPTION, labelInArticle("The new school on Main Street © Jane Miller"));
    }

    @Test
    void aShortLineWithoutCreditIsNoCaption() {
        assertNotEquals(Label.CAPTION, labelInArticle("The new school opens its doors to pupils next week."));
    }

    @Test
    void portugueseSpanishAndFinnishCreditsAndStockAgenciesWithTheirDomainEndACaption() {
        assertEquals(Label.CAPTION, labelInArticle("A nova escola na rua principal (crédito: Ana Souza)"));
        assertEquals(Label.CAPTION, labelInArticle("Uusi koulu pääkadulla. Kuva: Anna Virtanen"));
        assertEquals(Label.CAPTION, labelInArticle("The new school on Main Street. TebNad/Shutterstock.com"));
    }

    @Test
    void aLongCaptionEndingWithItsCreditIsACaptionButAgencyCopyEndingWithTheAgencyIsNot() {
        // the shapes of a science site's long captions and of a news agency's copy in real dumps
        String caption = "A cross-section through the new school showing the classrooms that would double as "
                + "shelters during storms. The rooms would have their own heating and thick walls, with a fan to move "
                + "air and keep the damp out when the building is closed for the winter holidays and the heating is "
                + "turned down. The rooms would also be shielded against noise from the road. Credit: Town Archive";
        assertEquals(Label.CAPTION, labelInArticle(caption));
        String copy = PROSE + " The council also plans a series of public meetings, a podcast and special sessions "
                + "in the town hall, four of them in November before the final vote on the new budget. (dpa)";
        assertNotEquals(Label.CAPTION, labelInArticle(copy));
    }

    @Test
    void theCreditMarkerCheckFoldsCaseAsThePatternDoes() {
        assertTrue(Captions.mayHoldCreditMarker("Die neue Schule. FOTO: Anna Müller"));
        assertTrue(Captions.mayHoldCreditMarker("Nowa szkoła. ZDJĘCIE: Jan Kowalski"));
        // "ſ" and the Kelvin sign match "s" and "k" in a case-insensitive Unicode pattern, so they count
        assertTrue(Captions.mayHoldCreditMarker("Uusi koulu. \u212Auva: Anna Virtanen"));
        assertTrue(Captions.mayHoldCreditMarker("L'école. Crédit\u017F : Mairie"));
        assertFalse(Captions.mayHoldCreditMarker("Die neue Schule öffnet nächste Woche ihre Türen."));
    }

    @Test
    void theAgencyCheckWantsANameAfterAPunctuationMarkOrADash() {
        assertTrue(Captions.mayNameAgency("The new school on Main Street. (AFP)"));
        assertTrue(Captions.mayNameAgency("The new school on Main Street - Getty Images"));
        assertTrue(Captions.mayNameAgency("The new school on Main Street / Reuters"));
        assertFalse(Captions.mayNameAgency("The new school, said AFP, opens next week"));
    }

    @Test
    void theFinalCreditCheckWantsAShortTextAfterTheLastColon() {
        assertTrue(Captions.mayEndWithCredit("A long caption. Credit: Town Archive"));
        assertFalse(Captions.mayEndWithCredit("A long caption without any credit."));
        assertFalse(Captions.mayEndWithCredit("Credit: Town Archive, and then a long sentence that goes on well beyond sixty-three chars."));
    }
}
