package dev.pith.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void asciiSpacesAreTheJdkWhiteSpace() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Text.isSpace(c), "char " + (int) c);
        }
        assertTrue(Text.isSpace('\u00a0'));
        assertTrue(Text.isSpace('\u200b'));
        assertFalse(Text.isSpace('a'));
    }

    @Test
    void normalizingCollapsesAndTrimsAndLeavesNormalTextAsItIs() {
        assertEquals("a b c", Text.normalizeSpace("  a \t b\u00a0\u00a0c \n"));
        assertEquals("a b", Text.normalizeSpace("a\u00a0b"));
        assertEquals("a b", Text.normalizeSpace("a  b"));
        assertEquals("already normal text", Text.normalizeSpace("already normal text"));
        assertEquals("", Text.normalizeSpace(" \u2003 "));
        assertEquals("", Text.normalizeSpace(""));
    }
}
