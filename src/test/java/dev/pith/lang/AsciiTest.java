package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void asciiWhiteSpaceIsTheJdksForEveryAsciiChar() {
        for (char c = 0; c < 0x80; c++) {
            assertEquals(Character.isWhitespace(c), Ascii.isWhitespace(c), "char " + (int) c);
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Ascii.isWhitespace(c), "char " + (int) c);
        }
    }

    @Test
    void letterOrDigitIsTheJdksForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), Ascii.isLetterOrDigit((char) c), "char " + c);
        }
    }
}
