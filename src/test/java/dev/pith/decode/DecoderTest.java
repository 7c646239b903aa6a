package dev.pith.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecoderTest {
    @Test
    void utf8ByteOrderMarkIsDroppedAndLineEndingsNormalised() throws Exception {
        byte[] b = "\uFEFFone\r\ntwo\rthree".getBytes(StandardCharsets.UTF_8);
        DecodedText t = Decoder.decode(b);
        assertEquals("one\ntwo\nthree", t.text());
        assertEquals("UTF-8", t.charset());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        byte[] b = "\uFEFFBaché".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Baché", Decoder.decode(b).text());
    }

    @Test
    void aFewInvalidBytesAreReplacedAndReportedWithTheirOffset() throws Exception {
        byte[] good = ("x".repeat(500)).getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, 200);
        b[200] = (byte) 0xFF;
        System.arraycopy(good, 200, b, 201, good.length - 200);
        DecodedText t = Decoder.decode(b);
        assertTrue(t.text().contains("\uFFFD"));
        assertTrue(t.warnings().get(0).contains("byte offset 200"), t.warnings().toString());
    }

    @Test
    void latin1TextIsReadAsWindows1252() throws Exception {
        byte[] b = "Le café de la gare, Baché et Müller".getBytes(Charset.forName("ISO-8859-1"));
        DecodedText t = Decoder.decode(b);
        assertEquals("Le café de la gare, Baché et Müller", t.text());
        assertEquals("windows-1252", t.charset());
    }

    @Test
    void aNulByteInTheFirst8KbMakesItBinaryAndTheMessageSaysWhere() {
        byte[] b = ("x".repeat(5000) + "\u0000" + "y".repeat(100)).getBytes(StandardCharsets.UTF_8);
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> Decoder.decode(b));
        assertEquals("binary content, not text (NUL byte at offset 5000)", e.getMessage());
    }

    @Test
    void mostlyControlBytesAreBinary() {
        byte[] b = new byte[1000];
        java.util.Arrays.fill(b, (byte) 0x01);
        UndecodableInputException e = assertThrows(UndecodableInputException.class, () -> Decoder.decode(b));
        assertTrue(e.getMessage().startsWith("binary content, not text"), e.getMessage());
    }

    @Test
    void aNulByteAfterTheFirst8KbIsOnlyDroppedAsAControlCharacter() throws Exception {
        byte[] b = ("x".repeat(9000) + "\u0000z").getBytes(StandardCharsets.UTF_8);
        DecodedText t = Decoder.decode(b);
        assertTrue(t.text().endsWith("xz"));
        assertEquals(List.of("1 control character(s) removed"), t.warnings());
    }

    @Test
    void utf16LittleEndianWithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws Exception {
        byte[] b = "Plain text in UTF-16, Baché.\nSecond line.".getBytes(StandardCharsets.UTF_16LE);
        DecodedText t = Decoder.decode(b);
        assertEquals("Plain text in UTF-16, Baché.\nSecond line.", t.text());
        assertEquals("UTF-16LE", t.charset());
        assertTrue(t.warnings().get(0).startsWith("no byte-order mark: read as UTF-16LE"), t.warnings().toString());
    }

    @Test
    void utf16BigEndianWithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws Exception {
        byte[] b = "Ein Text über Straßen.".getBytes(StandardCharsets.UTF_16BE);
        DecodedText t = Decoder.decode(b);
        assertEquals("Ein Text über Straßen.", t.text());
        assertEquals("UTF-16BE", t.charset());
    }

    @Test
    void zeroBytesAtRandomOffsetsAreStillBinary() {
        byte[] b = new byte[4000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0 : 'a' + i % 26);
        }
        assertThrows(UndecodableInputException.class, () -> Decoder.decode(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISO-8859-2   | Zażółć gęślą jaźń. Władze miasta podjęły decyzję o budowie nowej drogi przez łąkę.",
        "windows-1250 | Władze miasta podjęły decyzję. Świętochłowice i Źródła, środa, źle, gęś, ślub.",
        "windows-1251 | Городской совет во вторник одобрил новый бюджет, сказал мэр.",
        "windows-1252 | Größere Straßen für München. Le café de la gare, à côté de l'église, était fermé.",
    })
    void singleByteTextIsReadInTheCharsetItsLettersSay(String charset, String text) throws Exception {
        DecodedText t = Decoder.decode(text.getBytes(Charset.forName(charset)));
        assertEquals(text, t.text());
        assertEquals(charset, t.charset());
        assertEquals("not valid UTF-8: read as " + charset + (charset.equals("windows-1252") ? "" : " (letter statistics)"),
                t.warnings().get(0));
    }

    @Test
    void c1ControlsAreReadAsWindows1252() throws Exception {
        DecodedText t = Decoder.decode("It\u0092s \u0093fine\u0094 ok\u0081".getBytes(StandardCharsets.UTF_8));
        assertEquals("It\u2019s \u201Cfine\u201D ok", t.text());
        assertTrue(t.warnings().contains("3 C1 control character(s) read as windows-1252"), t.warnings().toString());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsRead() throws Exception {
        byte[] b = "\uFEFFline one\r\nline two".getBytes(StandardCharsets.UTF_16BE);
        DecodedText t = Decoder.decode(b);
        assertEquals("line one\nline two", t.text());
        assertEquals("UTF-16BE", t.charset());
    }

    @Test
    void validUtf8HasNoWarnings() throws Exception {
        DecodedText t = Decoder.decode("Niafunké\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Niafunké\n", t.text());
        assertEquals(List.of(), t.warnings());
    }

    @Test
    void controlCharactersAreDroppedAndCounted() throws Exception {
        DecodedText t = Decoder.decode("a\u0007b\u0001c".getBytes(StandardCharsets.UTF_8));
        assertEquals("abc", t.text());
        assertTrue(t.warnings().get(0).startsWith("2 control"));
    }

    @Test
    void aReplacementCharacterWrittenInValidUtf8IsKeptWithoutAWarning() throws Exception {
        DecodedText t = Decoder.decode("Caf\uFFFD au lait, a line of text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Caf\uFFFD au lait, a line of text", t.text());
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    }
}
