package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StopwordsTest {
    @Test
    void commonFunctionWordsAreStopwordsOfTheirLanguage() {
        assertTrue(Stopwords.isStopword("the", "en"));
        assertTrue(Stopwords.isStopword("und", "de"));
        assertTrue(Stopwords.isStopword("avec", "fr"));
        assertTrue(Stopwords.isStopword("się", "pl"));
        assertTrue(Stopwords.isStopword("что", "ru"));
    }

    @Test
    void contentWordsAndOtherLanguagesWordsAreNot() {
        assertFalse(Stopwords.isStopword("council", "en"));
        assertFalse(Stopwords.isStopword("the", "de"));
        assertFalse(Stopwords.isStopword("the", "xx"));
        assertFalse(Stopwords.isStopword("the", null));
    }

    @Test
    void proseHasAHighRatioAndAMenuALowOne() {
        double prose = Stopwords.ratio("The council said on Tuesday that it would not raise taxes this year, "
                + "but that the budget for the schools had been cut by a third.", "en");
        double menu = Stopwords.ratio("Home News Sport Business Weather Opinion Culture Newsletter Subscribe", "en");
        assertTrue(prose > 0.35, "prose " + prose);
        assertEquals(0.0, menu);
    }

    @Test
    void ratioCountsEveryWordToken() {
        assertEquals(0.5, Stopwords.ratio("the cat and dog", "en"), 1e-9);
        // apostrophes split: l / homme / et / la / femme
        assertEquals(0.6, Stopwords.ratio("L'homme et la femme", "fr"), 1e-9);
    }

    @Test
    void textWithoutWordsHasRatioZero() {
        assertEquals(0.0, Stopwords.ratio("", "en"));
        assertEquals(0.0, Stopwords.ratio("123 456 --", "en"));
        assertEquals(0.0, Stopwords.ratio(null, "en"));
    }

    @Test
    void languagesWithoutAListGetTheNeutralEstimate() {
        assertEquals(Stopwords.NEUTRAL, Stopwords.ratio("市议会周二决定今年不提高税收", "zh"));
        assertEquals(Stopwords.NEUTRAL, Stopwords.ratio("some words here", "und"));
        assertEquals(Stopwords.NEUTRAL, Stopwords.ratio("ภาษาไทย", "th"));
    }
}
