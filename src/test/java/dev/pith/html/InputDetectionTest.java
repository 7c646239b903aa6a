package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputDetectionTest {
    @Test
    void pagesAreRecognisedByTheirStart() {
        assertTrue(InputSniffer.looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
        assertTrue(InputSniffer.looksLikeHtml("\n  <html lang=en>"));
        assertTrue(InputSniffer.looksLikeHtml("<?xml version='1.0'?><!-- c --><html>"));
        assertTrue(InputSniffer.looksLikeHtml("<body><p>x</p></body>"));
    }

    @Test
    void fragmentsThickWithTagsAreHtml() {
        assertTrue(InputSniffer.looksLikeHtml("<div><p>a</p><p>b</p><p>c</p><a href=x>d</a><span>e</span><br><br><br></div>"));
    }

    @Test
    void plainTextWithAStrayAngleBracketIsNotHtml() {
        assertFalse(InputSniffer.looksLikeHtml("Just a plain dump.\n<not really a tag\nMore text, 3 < 4."));
        assertFalse(InputSniffer.looksLikeHtml(""));
    }

    @Test
    void byteOrderMarkWins() {
        byte[] page = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.detect(page));
    }

    @Test
    void metaCharsetAndHttpEquivAreRead() {
        assertEquals(Charset.forName("windows-1252"),
                HtmlCharset.detect("<html><head><meta charset=\"ISO-8859-1\"></head>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Charset.forName("Shift_JIS"), HtmlCharset.detect(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void undeclaredBytesAreUtf8WhenValidElseWindows1252() {
        assertEquals(StandardCharsets.UTF_8, HtmlCharset.detect("<p>café</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Charset.forName("windows-1252"), HtmlCharset.detect("<p>café</p>".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aPageWhoseFirstBytesAreAPluginsStyleBlockIsHtml() {
        // the shape of a real WordPress page: a plugin printed its CSS before the doctype, 4 KB of it
        String css = "<style>\n  /*NEW STYLE*/\n  .visible-media-boxes-by-filter {\n    opacity: 1;\n  }\n"
                + "  .hidden-media-boxes {\n    opacity: 0;\n    transform: scale(0.001);\n  }\n".repeat(80) + "</style>\n";
        assertTrue(InputSniffer.looksLikeHtml(css + "<!DOCTYPE html>\n<html lang=\"en-US\"><head><title>x</title>"));
        assertTrue(InputSniffer.looksLikeHtml("<script>var a = 1;</script>\n<!doctype html><html>"));
    }
}
