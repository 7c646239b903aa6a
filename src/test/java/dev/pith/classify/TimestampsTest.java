package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final String PROSE = "Die Arbeitswelt verändert sich schneller als je zuvor, und die Personalabteilungen "
            + "müssen sich auf neue Erwartungen der Beschäftigten und auf knappe Fachkräfte einstellen.";

    private static Label labelOf(String line) {
        String dump = String.join("\n", "Startseite", line, "22. Dezember 2021", PROSE, PROSE + " Zwei.", PROSE + " Drei.");
        Classification c = Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "de");
        return c.get(1).label();
    }

    @Test
    void titleThatNamesItsYearIsNoTimestamp() {
        assertNotEquals(Label.DATELINE, labelOf("Fünf HR-Trends 2023"));
        assertNotEquals(Label.DATELINE, labelOf("HISTALP Österreich Jahresbericht 2021"));
    }

    @Test
    void lineWithADayOrATimeStaysATimestamp() {
        assertEquals(Label.DATELINE, labelOf("Aktualisiert 7. April 2022"));
        assertEquals(Label.DATELINE, labelOf("Heute 2022 um 14:30"));
    }

    @Test
    void aLineWithoutADigitOrAgoCannotBeATimestamp() {
        assertTrue(Timestamps.mayStateTime("Nov. 19, 2019 8:03 am ET"));
        assertTrue(Timestamps.mayStateTime("Updated an hour ago"));
        assertFalse(Timestamps.mayStateTime("Share this article"));
        assertFalse(Timestamps.mayStateTime("Vor einer Stunde aktualisiert"));
    }
}
