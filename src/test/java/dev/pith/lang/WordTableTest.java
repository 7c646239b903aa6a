package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void findsEveryWordWithItsBitsAndNothingElse() {
        Map<String, Long> words = Map.of("the", 1L, "der", 6L, "de", 12L, "la", 8L);
        WordTable t = new WordTable(words);
        words.forEach((w, bits) -> assertEquals(bits, t.get(w.toCharArray(), w.length()), w));
        assertEquals(0, t.get("them".toCharArray(), 4));
        assertEquals(0, t.get("d".toCharArray(), 1));
        assertEquals(0, t.get("".toCharArray(), 0));
    }

    @Test
    void looksUpThePrefixOfAReusedBuffer() {
        WordTable t = new WordTable(Map.of("und", 2L));
        char[] buffer = "undine".toCharArray();
        assertEquals(0, t.get(buffer, 6));
        assertEquals(2L, t.get(buffer, 3));
    }

    @Test
    void agreesWithTheStopwordListsOfEveryLanguage() {
        for (String lang : Stopwords.languages()) {
            for (String w : Stopwords.of(lang)) {
                long bit = 1L << Stopwords.languages().indexOf(lang);
                assertEquals(bit, Stopwords.languagesOf((w + "xyz").toCharArray(), w.length()) & bit, lang + " " + w);
            }
        }
    }
}
