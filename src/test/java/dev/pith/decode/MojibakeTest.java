package dev.pith.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * What a browser does to UTF-8 when it takes it for windows-1252: the WHATWG windows-1252 decoder, which
     * gives the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as C1 controls.
     */
    static String misread(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {x}, CP1252);
            b.append(c.equals("\uFFFD") ? (char) (x & 0xFF) : c.charAt(0));
        }
        return b.toString();
    }

    @Test
    void utf8ReadOnceAsWindows1252IsRepairedWithAWarning() {
        Mojibake.Repair r = Mojibake.repair("By David BachÃ©");
        assertEquals("By David Baché", r.text());
        assertEquals("repaired 1 mojibake sequence(s) (UTF-8 read as windows-1252), e.g. \"BachÃ©\" -> \"Baché\"",
                r.warning());
    }

    @Test
    void utf8ReadTwiceAsWindows1252IsRepaired() {
        assertEquals("BachÃƒÂ©", misread(misread("Baché")));
        Mojibake.Repair r = Mojibake.repair("By David BachÃƒÂ©");
        assertEquals("By David Baché", r.text());
        assertTrue(r.warning().contains("some of it twice"), r.warning());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Władze miasta podjęły decyzję o budowie drogi przez łąkę, źródło, żółć.",
        "Größere Straßen für München: „Das ist gut“, sagte der Bürgermeister.",
        "Le café… « déjà vu » à côté de l'église — c'était l'été.",
        "中文新闻：市议会周二批准了新的预算。",
        "Городской совет одобрил новый бюджет.",
        "Ελληνικά: το δημοτικό συμβούλιο.",
        "Dvořák, Šťastný, příliš žluťoučký kůň úpěl ďábelské ódy.",
        "“It’s a good day,” said the mayor — “a very good one…”",
    })
    void mojibakeOfAnyLanguageIsRepairedBackToTheText(String text) {
        assertEquals(text, Mojibake.repair(misread(text)).text());
        assertEquals(text, Mojibake.repair(misread(misread(text))).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Der Fuß“ und der Gruß“ am Ende.",       // ß + “ is valid UTF-8 (U+07D3, NKo): not a script of this text
        "CAFÉ… und mehr",                        // É + … would be U+0245
        "le café…” dit-il",                      // é…” would be a CJK ideograph, with no evidence of mojibake
        "Ä… und Å’ in a text with no other sign", // only word-final punctuation after the letters
        "© 2024 Ã  la carte",                    // Ã + space: nothing to repair
    })
    void correctTextThatLooksLikeMojibakeIsKept(String text) {
        Mojibake.Repair r = Mojibake.repair(text);
        assertSame(text, r.text());
        assertNull(r.warning());
    }

    @Test
    void wordFinalPunctuationIsRepairedWhenTheTextHasMojibakeForCertain() {
        // "Ä…" is ą read as windows-1252; alone it could be correct text, beside "Å¼" (ż) it is not
        assertEquals("będą, już", Mojibake.repair(misread("będą, już")).text());
    }

    @Test
    void aRightQuoteWhoseLastByteWindows1252LostIsRestored() {
        assertEquals("â€œHiâ€\u009D said", misread("“Hi” said"));
        assertEquals("“Hi” said", Mojibake.repair("â€œHiâ€ said").text());
        assertEquals("“Hi” said", Mojibake.repair("â€œHiâ€\uFFFD said").text());
    }

    @Test
    void latin1ReadingWithC1ControlsIsRepairedToo() {
        String latin1 = new String("l’été".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("l’été", Mojibake.repair(latin1).text());
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void realDumpsAreLeftAsTheyAre(Path dump) throws IOException {
        String text = Files.readString(dump);
        assertSame(text, Mojibake.repair(text).text(), dump.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void realDumpsReadAsWindows1252AreRepairedWhole(Path dump) throws IOException {
        String text = Files.readString(dump);
        assertEquals(text, Mojibake.repair(misread(text)).text(), dump.toString());
    }

    @Test
    void theWarningListGetsTheRepairOnlyWhenThereIsOne() {
        assertEquals(List.of("w"), Mojibake.withWarning(List.of("w"), Mojibake.repair("plain")));
        assertEquals(2, Mojibake.withWarning(List.of("w"), Mojibake.repair("BachÃ©")).size());
    }
}
