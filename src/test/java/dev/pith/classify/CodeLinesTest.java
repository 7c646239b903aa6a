package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeLinesTest {
    private static final String PROSE = "I looked through my terminal history and found the command I had run the "
            + "week before, which set up the test server with the settings of the staging machine and its keys.";

    private static Classification classify(List<String> listing) {
        List<String> lines = new ArrayList<>(List.of("Why my tests passed on Tuesday", PROSE, PROSE + " Two."));
        lines.addAll(listing);
        lines.addAll(List.of(PROSE + " Three.", PROSE + " Four."));
        String dump = String.join("\n", lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "en");
    }

    private static boolean kept(Classification c, String text) {
        return c.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().label().isContent();
    }

    @Test
    void aListingOfCodeBetweenTheArticlesParagraphsIsPartOfIt() {
        // the shape of a real tutorial's listing in a browser copy: one short line per source line
        List<String> code = List.of("import os", "from django.conf import settings",
                "from selenium import webdriver", "from selenium.webdriver.common.by import By",
                "cert = /etc/stunnel/stunnel_cert.pem", "filename=$1");
        Classification c = classify(code);
        for (String line : code) {
            assertTrue(kept(c, line), line);
        }
    }

    @Test
    void menusAndIconNamesAreNoCode() {
        assertFalse(CodeLines.looksLikeCode("Home / News / Sport"));
        assertFalse(CodeLines.looksLikeCode("turned_in"));
        assertFalse(CodeLines.looksLikeCode("[DSC_0028_bearbeitet-1030x687]"));
        assertFalse(CodeLines.looksLikeCode("7) Indiana Jones Collection 1-4 (Steelbook) (5 Blu-Ray)"));
        assertFalse(CodeLines.looksLikeCode("For the latest stories download our app."));
        assertTrue(CodeLines.looksLikeCode("__slots__ = ('username', 'email')"));
        assertTrue(CodeLines.looksLikeCode("response = client.recv(4096)"));
    }
}
