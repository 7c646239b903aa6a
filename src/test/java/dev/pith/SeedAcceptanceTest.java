package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.ParagraphKind;
import dev.pith.article.RemovedBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed dump (an RFI article copied from the page) gives the record the project was started for. */
class SeedAcceptanceTest {
    private static Article article;

    @BeforeAll
    static void extract() throws IOException {
        String text = Files.readString(Path.of("seeds/000_7cf434835259646a.txt"), StandardCharsets.UTF_8);
        article = Pith.extract(text, "seeds/000_7cf434835259646a.txt", ExtractOptions.DEFAULT);
    }

    @Test
    void headlineIsTheTitleLine() {
        assertEquals("Mali: JNIM claims responsibility for attacks on the army in Niafunké and Goundam", article.headline());
    }

    @Test
    void authorIsTheNameInTheByline() {
        assertEquals("By: David Baché", article.byline());
        assertEquals(List.of("David Baché"), article.authors());
    }

    @Test
    void dayAfterSaturdayResolvesToTheYearItFellOnASaturdayMarkedInferred() {
        DateValue d = article.datesMentioned().stream().filter(x -> x.text().contains("November 25th")).findFirst()
                .orElseThrow();
        assertEquals("2023-11-25", d.iso());
        assertTrue(d.inferred());
        assertTrue(d.inference().contains("Saturday"), d.inference());
    }

    @Test
    void noPublicationDateIsInventedWhenTheDumpStatesNone() {
        assertEquals(null, article.published());
    }

    @Test
    void languageIsEnglish() {
        assertEquals("en", article.language());
    }

    @Test
    void photoLineIsACaptionNotAParagraph() {
        String caption = "Malian army vehicle in Timbuktu, September 9, 2021. AFP - MAIMOUNA MORO";
        assertEquals(List.of(caption), article.captions());
        assertFalse(article.text().contains("MAIMOUNA MORO"));
    }

    @Test
    void bodyRunsFromTheLeadToTheLastParagraphInOrder() {
        List<Paragraph> ps = article.paragraphs();
        assertTrue(ps.get(0).text().startsWith("In Mali, JNIM claimed responsibility"), ps.get(0).text());
        assertTrue(ps.get(ps.size() - 1).text().endsWith("visit to Niger by Mali's transitional president."));
        int jnim = article.text().indexOf("JNIM claimed \"a large-scale attack.\"");
        int joint = article.text().indexOf("The Malian transitional authorities and the CNSP");
        assertTrue(jnim > 0 && joint > jnim);
    }

    @Test
    void jointStatementLineIsASubheading() {
        Optional<Paragraph> p = article.paragraphs().stream()
                .filter(x -> x.text().startsWith("Joint statement by the Malian transitional authorities")).findFirst();
        assertTrue(p.isPresent());
        assertEquals(ParagraphKind.SUBHEADING, p.get().kind());
    }

    @Test
    void furnitureIsNotInTheBodyAndIsListedAsRemovedWithItsKind() {
        assertRemoved("Advertising", "advertising");
        assertRemoved("Read More", "related");
        assertRemoved("Read alsoThe Malian army invades the former UN camp of Goundam without incident", "related");
        assertRemoved("NewsletterGet all the latest international news straight to your inbox", "prompt");
        assertRemoved("Subscribe now", "prompt");
        assertRemoved("Keep up to date with all the latest international news by downloading the RFI app", "prompt");
        assertRemoved("Share:", "share");
        assertRemoved("Most read", "most_read");
        for (String item : List.of("1", "2", "3", "23/11/2023", "24/11/2023",
                "Unleashing violence between Hezbollah and the Israeli army",
                "Hamas frees 24 hostages, Israel releases 39 Palestinian prisoners",
                "U.S. strikes in Iraq on pro-Iran group: 'Relatively significant escalation'")) {
            assertRemoved(item, "most_read");
        }
    }

    private static void assertRemoved(String text, String kind) {
        assertFalse(article.paragraphs().stream().anyMatch(p -> p.text().equals(text)), text + " is in the body");
        List<RemovedBlock> hits = article.removed().stream().filter(r -> r.text().equals(text)).toList();
        assertFalse(hits.isEmpty(), text + " is not in the removed list");
        hits.forEach(r -> assertEquals(kind, r.kind(), text));
    }
}
