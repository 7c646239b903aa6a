package dev.pith.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StructuredAuthorsTest {
    private static final String PAGE = """
            <html><body>
            <div itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></div>
            <p class="Post-Author"><a href="/people/x" rel="author">Ben Low</a><span class="AuthorName">Ben</span></p>
            <div class="byline vcard"><span class="FN">Cleo Park</span><a href="/autoren/cleo">Cleo</a></div>
            <div class="vcard"><b class="fn">Dan Oz</b></div>
            <span class="fn">not in a card</span><a href="/Author/eve">Eve</a>
            </body></html>""";

    @Test
    void eachKindNamesWhatItsSelectorSelectsInPageOrder() {
        assertAgreesWithSelectors(Jsoup.parse(PAGE), "the fixture");
    }

    @Test
    void aNameOutsideAnyAuthorOrCardElementIsNoHcard() {
        List<Element> hcard = StructuredAuthors.find(Jsoup.parse(PAGE)).get(StructuredAuthors.Kind.HCARD.ordinal());
        assertEquals(List.of("Ben", "Cleo Park", "Cleo", "Dan Oz"), hcard.stream().map(Element::text).toList());
    }

    /** The walk is a faster reading of the selectors: on every page of the dev corpus both find the same elements. */
    @Test
    void agreesWithTheSelectorsOnEveryDevPage() throws IOException {
        Path html = Path.of(System.getProperty("pith.corpus", "../shared/corpus/dev")).resolve("html");
        assumeTrue(Files.isDirectory(html), "evaluation corpus not found at " + html.toAbsolutePath()
                + ": corpus tests skipped (they run in CI)");
        try (Stream<Path> pages = Files.list(html).filter(p -> p.toString().endsWith(".gz"))) {
            for (Path p : pages.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    assertAgreesWithSelectors(Jsoup.parse(in, null, ""), p.toString());
                }
            }
        }
    }

    private static void assertAgreesWithSelectors(Document doc, String name) {
        List<List<Element>> found = StructuredAuthors.find(doc);
        for (StructuredAuthors.Kind kind : StructuredAuthors.Kind.values()) {
            assertEquals(doc.select(kind.selector), found.get(kind.ordinal()), name + ": " + kind);
        }
    }
}
