package dev.pith.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void utf16WithoutByteOrderMarkIsRefusedAsBinaryForNow() {
        byte[] b = "Plain text in UTF-16".getBytes(StandardCharsets.UTF_16LE);
        assertThrows(UndecodableInputException.class, () -> Decoder.decode(b));
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
}
