package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnyWordTest {
    private static final List<String> NAMES = List.of("", "post-content", "sidebar widget", "com-nav", "x-ad-slot",
            "main", "article-body comments", "h-entry", "footnote", "xyz", "c-ommen-t");

    @Test
    void plainWordsFindTheSameAsTheRegex() {
        Pattern p = Pattern.compile("-ad-|comment|com-|h-entry|foot|main");
        AnyWord w = AnyWord.of(p);
        for (String n : NAMES) {
            assertEquals(p.matcher(n).find(), w.in(n), n);
        }
    }

    @Test
    void aPatternThatIsMoreThanWordsIsMatchedAsARegex() {
        AnyWord w = AnyWord.of(Pattern.compile("^side|ad\\b"));
        assertTrue(w.in("sidebar"));
        assertTrue(w.in("top ad"));
        assertFalse(w.in("inside"));
        assertFalse(w.in("adverts"));
    }
}
