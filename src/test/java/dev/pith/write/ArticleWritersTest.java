package dev.pith.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.ParagraphKind;
import dev.pith.article.RemovedBlock;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ArticleWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Article FULL = article("dumps/a.txt", "Mayor says \"no\", again", "By Ana Ruiz and Bo Li",
            List.of("Ana Ruiz", "Bo Li"),
            new DateValue("2023-11-25", "Saturday, November 25", true, "year from weekday Saturday"),
            null,
            List.of(new DateValue(null, "3 hours ago", false, null)),
            "en",
            List.of(new Paragraph(ParagraphKind.PARAGRAPH, "First, \"quoted\" line.", "3"),
                    new Paragraph(ParagraphKind.QUOTE, "=SUM(A1:A9) is not a formula here", "5-6")),
            List.of("Photo: Reuters"),
            "First, \"quoted\" line.\n\n=SUM(A1:A9) is not a formula here",
            9,
            List.of(new RemovedBlock("advertising", "Advertisement", "1", "ad label")),
            List.of("1 invalid UTF-8 byte sequence(s) replaced, the first at byte offset 7"));

    private static final Article EMPTY = article("-", null, null, List.of(), null, null, List.of(), "und",
            List.of(), List.of(), "", 0, List.of(), List.of("no article body found"));

    /** An article of a plain-text input (no page metadata); the one place that calls the record's constructor. */
    private static Article article(String source, String headline, String byline, List<String> authors,
            DateValue published, DateValue updated, List<DateValue> datesMentioned, String language,
            List<Paragraph> paragraphs, List<String> captions, String text, int wordCount, List<RemovedBlock> removed,
            List<String> warnings) {
        return new Article(source, headline, byline, authors, published, updated, datesMentioned, language, paragraphs,
                captions, text, wordCount, removed, warnings, null);
    }

    private static String write(Format format, WriteOptions options, Article... articles) throws IOException {
        StringWriter out = new StringWriter();
        try (ArticleWriter w = ArticleWriter.create(format, options, out)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toString();
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(CsvArticleWriter.HEADER, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void jsonLinesWritesOneCompactRecordPerLineWithSnakeCaseFieldsInOrder() throws IOException {
        String out = write(Format.JSONL, WriteOptions.DEFAULT, FULL, EMPTY);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size());
        assertTrue(out.endsWith("\n"));
        JsonNode rec = JSON.readTree(lines.get(0));
        List<String> names = new java.util.ArrayList<>();
        rec.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("source", "headline", "byline", "authors", "published", "updated", "dates_mentioned",
                "language", "paragraphs", "captions", "text", "word_count", "warnings"), names);
        assertEquals("Mayor says \"no\", again", rec.get("headline").asText());
        assertEquals("2023-11-25", rec.get("published").get("iso").asText());
        assertTrue(rec.get("published").get("inferred").asBoolean());
        assertEquals("quote", rec.get("paragraphs").get(1).get("kind").asText());
        assertEquals("5-6", rec.get("paragraphs").get(1).get("lines").asText());
        assertEquals(FULL.text(), rec.get("text").asText());
        assertEquals(9, rec.get("word_count").asInt());
    }

    @Test
    void missingValuesAreWrittenAsJsonNull() throws IOException {
        JsonNode rec = JSON.readTree(write(Format.JSONL, WriteOptions.DEFAULT, EMPTY));
        assertTrue(rec.get("headline").isNull());
        assertTrue(rec.get("byline").isNull());
        assertTrue(rec.get("published").isNull());
        assertTrue(rec.get("updated").isNull());
        JsonNode mentioned = JSON.readTree(write(Format.JSONL, WriteOptions.DEFAULT, FULL)).get("dates_mentioned").get(0);
        assertTrue(mentioned.get("iso").isNull(), "an unresolved relative date has iso null");
    }

    @Test
    void removedBlocksAreWrittenOnlyWhenAskedFor() throws IOException {
        assertFalse(JSON.readTree(write(Format.JSONL, WriteOptions.DEFAULT, FULL)).has("removed"));
        WriteOptions keep = WriteOptions.builder().removed(WriteOptions.RemovedBlocks.KEEP).build();
        JsonNode removed = JSON.readTree(write(Format.JSONL, keep, FULL)).get("removed");
        assertEquals(1, removed.size());
        assertEquals("advertising", removed.get(0).get("kind").asText());
        assertEquals("ad label", removed.get(0).get("reason").asText());
    }

    @Test
    void jsonIsAlwaysOneArrayEvenForOneOrNoRecords() throws IOException {
        JsonNode two = JSON.readTree(write(Format.JSON, WriteOptions.DEFAULT, FULL, EMPTY));
        assertTrue(two.isArray());
        assertEquals(2, two.size());
        assertEquals("dumps/a.txt", two.get(0).get("source").asText());
        JsonNode one = JSON.readTree(write(Format.JSON, WriteOptions.DEFAULT, FULL));
        assertTrue(one.isArray());
        assertEquals(1, one.size());
        JsonNode none = JSON.readTree(write(Format.JSON, WriteOptions.DEFAULT));
        assertTrue(none.isArray());
        assertEquals(0, none.size());
    }

    @Test
    void jsonIsPrettyPrinted() throws IOException {
        String out = write(Format.JSON, WriteOptions.DEFAULT, FULL);
        assertTrue(out.lines().count() > 10, out);
        assertTrue(out.contains("\n  \"source\" : \"dumps/a.txt\""), out);
    }

    @Test
    void csvHasAHeaderAndRoundTripsQuotesNewlinesAndNulls() throws IOException {
        WriteOptions raw = WriteOptions.builder().csvSafety(WriteOptions.CsvSafety.RAW).build();
        List<CSVRecord> rows = parseCsv(write(Format.CSV, raw, FULL, EMPTY));
        assertEquals(2, rows.size());
        CSVRecord a = rows.get(0);
        assertEquals("dumps/a.txt", a.get("source"));
        assertEquals("Mayor says \"no\", again", a.get("headline"));
        assertEquals("By Ana Ruiz and Bo Li", a.get("byline"));
        assertEquals("Ana Ruiz; Bo Li", a.get("authors"));
        assertEquals("2023-11-25", a.get("published"));
        assertEquals("", a.get("updated"));
        assertEquals("en", a.get("language"));
        assertEquals("9", a.get("word_count"));
        assertEquals(FULL.text(), a.get("text"), "embedded quotes and blank lines survive");
        CSVRecord b = rows.get(1);
        assertEquals("", b.get("headline"));
        assertEquals("", b.get("authors"));
        assertEquals("0", b.get("word_count"));
    }

    @Test
    void csvWithoutRecordsIsJustTheHeader() throws IOException {
        assertEquals(List.of(), parseCsv(write(Format.CSV, WriteOptions.DEFAULT)));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedByDefault() throws IOException {
        Article risky = article("@cmd.txt", "=HYPERLINK(\"http://x\")", "+1 caller", List.of("-Bob"), null, null,
                List.of(), "en", List.of(), List.of(), "\tTabbed start", 2, List.of(), List.of());
        CSVRecord row = parseCsv(write(Format.CSV, WriteOptions.DEFAULT, risky)).get(0);
        assertEquals("'@cmd.txt", row.get("source"));
        assertEquals("'=HYPERLINK(\"http://x\")", row.get("headline"));
        assertEquals("'+1 caller", row.get("byline"));
        assertEquals("'-Bob", row.get("authors"));
        assertEquals("'\tTabbed start", row.get("text"));
        assertEquals("2", row.get("word_count"));
        Article cr = article("a", "\rheadline", null, List.of(), null, null, List.of(), "en", List.of(),
                List.of(), "", 0, List.of(), List.of());
        assertEquals("'\rheadline", parseCsv(write(Format.CSV, WriteOptions.DEFAULT, cr)).get(0).get("headline"));
    }

    @Test
    void aLoneDashIsNoFormulaAndStaysAsItIs() throws IOException {
        assertEquals("-", parseCsv(write(Format.CSV, WriteOptions.DEFAULT, EMPTY)).get(0).get("source"));
    }

    @Test
    void csvRawWritesCellsAsTheyAre() throws IOException {
        WriteOptions raw = WriteOptions.builder().csvSafety(WriteOptions.CsvSafety.RAW).build();
        Article risky = article("a", "=1+1", null, List.of(), null, null, List.of(), "en", List.of(), List.of(),
                "-5 degrees", 2, List.of(), List.of());
        CSVRecord row = parseCsv(write(Format.CSV, raw, risky)).get(0);
        assertEquals("=1+1", row.get("headline"));
        assertEquals("-5 degrees", row.get("text"));
    }

    @Test
    void textIsHeadlineBlankLineBodyAndArticlesAreSeparatedByAFormFeedLine() throws IOException {
        String out = write(Format.TEXT, WriteOptions.DEFAULT, FULL, FULL);
        String one = FULL.headline() + "\n\n" + FULL.text() + "\n";
        assertEquals(one + "\f\n" + one, out);
    }

    @Test
    void textWithoutHeadlineStartsWithTheBody() throws IOException {
        Article noHeadline = article("a", null, null, List.of(), null, null, List.of(), "en", List.of(),
                List.of(), "Body only.", 2, List.of(), List.of());
        assertEquals("Body only.\n", write(Format.TEXT, WriteOptions.DEFAULT, noHeadline));
    }

    private static List<CSVRecord> parseCsvWithHeader(String csv, List<String> header) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(header, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void csvRowsPerParagraphGiveTheSourceTheIndexFromOneTheKindAndTheText() throws IOException {
        WriteOptions perParagraph = WriteOptions.builder().csvRows(WriteOptions.CsvRows.PARAGRAPH).build();
        List<CSVRecord> rows = parseCsvWithHeader(write(Format.CSV, perParagraph, FULL, EMPTY),
                List.of("source", "paragraph", "kind", "text"));
        assertEquals(2, rows.size(), "one row per paragraph; an article without a body has none");
        assertEquals(List.of("dumps/a.txt", "1", "paragraph", "First, \"quoted\" line."), rows.get(0).toList());
        assertEquals(List.of("dumps/a.txt", "2", "quote", "'=SUM(A1:A9) is not a formula here"), rows.get(1).toList());
    }

    @Test
    void fieldsSelectAndOrderTheCsvColumnsOfParagraphRows() throws IOException {
        WriteOptions o = WriteOptions.builder().csvRows(WriteOptions.CsvRows.PARAGRAPH)
                .fields(List.of("lines", "headline", "paragraph")).build();
        List<CSVRecord> rows = parseCsvWithHeader(write(Format.CSV, o, FULL), List.of("lines", "headline", "paragraph"));
        assertEquals(List.of("5-6", "Mayor says \"no\", again", "2"), rows.get(1).toList());
    }

    @Test
    void fieldsSelectAndOrderTheCsvColumnsOfArticleRows() throws IOException {
        WriteOptions o = WriteOptions.builder().fields(List.of("word_count", "authors", "source")).build();
        List<CSVRecord> rows = parseCsvWithHeader(write(Format.CSV, o, FULL), List.of("word_count", "authors", "source"));
        assertEquals(List.of("9", "Ana Ruiz; Bo Li", "dumps/a.txt"), rows.get(0).toList());
    }

    @Test
    void fieldsSelectAndOrderTheJsonFieldsAndAbsentOnesAreNull() throws IOException {
        WriteOptions o = WriteOptions.builder().fields(List.of("text", "page", "source")).build();
        JsonNode rec = JSON.readTree(write(Format.JSONL, o, FULL));
        assertEquals(List.of("text", "page", "source"), iterable(rec.fieldNames()));
        assertTrue(rec.get("page").isNull());
        assertEquals("dumps/a.txt", rec.get("source").asText());
        JsonNode array = JSON.readTree(write(Format.JSON, o, FULL, EMPTY));
        assertEquals(List.of("text", "page", "source"), iterable(array.get(1).fieldNames()));
    }

    @Test
    void theContainersUrlDateAndFieldsFollowTheSourceAndEndTheRecordWithTheirJsonTypesKept() throws IOException {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("n", 3);
        fields.put("big", new java.math.BigInteger("123456789012345678901"));
        fields.put("ratio", 2.5);
        fields.put("ok", true);
        fields.put("none", null);
        fields.put("tags", List.of("a", 1, java.util.Map.of("k", List.of())));
        Article a = FULL.withOrigin(new dev.pith.article.Origin("https://x.example/a", "2024-03-01T12:30:00Z", fields));
        String line = write(Format.JSONL, WriteOptions.DEFAULT, a);
        JsonNode rec = JSON.readTree(line);
        List<String> names = iterable(rec.fieldNames());
        assertEquals(List.of("source", "url", "fetched", "headline"), names.subList(0, 4));
        assertEquals("fields", names.get(names.size() - 1));
        assertEquals(JSON.readTree("{\"n\":3,\"big\":123456789012345678901,\"ratio\":2.5,\"ok\":true,\"none\":null,"
                + "\"tags\":[\"a\",1,{\"k\":[]}]}"), rec.get("fields"));
        assertEquals(rec, JSON.readTree(write(Format.JSON, WriteOptions.DEFAULT, a)).get(0), "pretty is the same record");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void anUnknownFieldIsRefusedWithTheValidNames() {
        WriteOptions o = WriteOptions.builder().fields(List.of("source", "title")).build();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> write(Format.CSV, o, FULL));
        assertEquals("unknown field 'title' for csv (valid: source, headline, byline, authors, published, updated, "
                + "language, word_count, text)", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RecordFields.check(Format.TEXT, WriteOptions.CsvRows.ARTICLE, List.of("source")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RecordFields.check(Format.CSV, WriteOptions.CsvRows.ARTICLE, List.of("paragraph")),
                "a paragraph index is only in rows per paragraph");
    }
}
