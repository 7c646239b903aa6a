package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextLengthTest {
    private static Element div(String html) {
        return Jsoup.parseBodyFragment("<div id=x>" + html + "</div>").getElementById("x");
    }

    @Test
    void anElementWithMoreVisibleCharactersThanTheLimitIsSurelyOver() {
        Element e = div("<p>By Jane Doe</p><p>and John Roe</p>");
        int length = e.text().length();
        assertTrue(TextLength.surelyOver(e, "ByJaneDoeandJohnRoe".length() - 1));
        assertFalse(TextLength.surelyOver(e, length));
    }

    @Test
    void whitespaceNoBreakSpacesAndInvisibleCharactersAreNotCountedBecauseJsoupCollapsesOrDropsThem() {
        Element e = div("a \u00a0\u00a0 \t\n b\u200b\u00ad c");
        assertEquals("a b c", e.text());
        assertFalse(TextLength.surelyOver(e, 3));
        assertEquals("a b c", TextLength.atMost(e, 5));
        assertNull(TextLength.atMost(e, 4));
    }

    @Test
    void atMostAgreesWithTheTextLengthForEveryLimit() {
        Element e = div("<span>Von </span><a href=/a>Maria Müller</a>, <b>dpa</b><br>12.03.2024 &nbsp; 14:30");
        String text = e.text();
        for (int limit = 0; limit <= text.length() + 2; limit++) {
            assertEquals(text.length() <= limit ? text : null, TextLength.atMost(e, limit), "limit " + limit);
            if (TextLength.surelyOver(e, limit)) {
                assertTrue(text.length() > limit, "limit " + limit);
            }
        }
    }

    @Test
    void scriptAndStyleContentIsNotTextAndNotCounted() {
        Element e = div("<script>var a = 'a long script body that is not text';</script>By X");
        assertEquals("By X", e.text());
        assertFalse(TextLength.surelyOver(e, 4));
    }
}
