package dev.pith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.article.Article;
import dev.pith.classify.LabeledBlock;

/**
 * The invariants every extraction keeps, as assertions shared by the tests on real dumps ({@link NothingLostTest})
 * and on generated input ({@link ExtractionPropertiesTest}): nothing lost, nothing invented.
 */
final class Invariants {
    private static final String SPACE = "(?U)[\\s\\u200b\\ufeff]+";

    private Invariants() {
    }

    /** Every non-blank line of the text belongs to exactly one block. */
    static void assertEveryLineInOneBlock(String text, Extraction x, String where) {
        String[] lines = text.split("\n", -1);
        int[] owner = new int[lines.length + 1];
        for (LabeledBlock b : x.labels().blocks()) {
            for (int l = b.block().firstLine(); l <= b.block().lastLine(); l++) {
                owner[l]++;
            }
        }
        for (int l = 1; l <= lines.length; l++) {
            if (!squeezed(lines[l - 1]).isEmpty()) {
                assertTrue(owner[l] == 1 || lines[l - 1].equals(" "), where + " line " + l + " is in " + owner[l] + " blocks");
            }
        }
    }

    /** Every block is in the record (body, captions, headline, byline, dates) or in the removed list. */
    static void assertEveryBlockPlaced(Extraction x, String where) {
        Article a = x.article();
        for (LabeledBlock b : x.labels().blocks()) {
            String t = b.text();
            boolean placed = switch (b.label().role()) {
                case CONTENT -> a.paragraphs().stream().anyMatch(p -> p.text().equals(t));
                case CAPTION -> a.captions().contains(t);
                default -> t.equals(a.headline()) || t.equals(a.byline())
                        // a byline's marker alone on its line and the name on the next: one byline of two blocks
                        || a.byline() != null && (a.byline().startsWith(t + " ") || a.byline().endsWith(" " + t))
                        || (a.published() != null && t.contains(a.published().text()))
                        || (a.updated() != null && t.contains(a.updated().text()))
                        || a.removed().stream().anyMatch(r -> r.text().equals(t) && r.lines().equals(b.block().lines()));
            };
            assertTrue(placed, where + " line " + b.block().lines() + " (" + b.label().id() + ") is lost: " + t);
        }
        long inRecord = a.paragraphs().size() + a.captions().size() + a.removed().size();
        assertTrue(inRecord <= x.labels().size(), where + ": the record holds more blocks than the input");
    }

    /**
     * Every paragraph is text of the input: white space normalised as the pipeline does (Unicode spaces,
     * zero-width space and BOM included), or with the white space of joined lines dropped.
     */
    static void assertParagraphsFromInput(String text, Article a, String where) {
        String flat = text.replaceAll(SPACE, " ");
        String joined = text.replaceAll(SPACE, "");
        a.paragraphs().forEach(p -> assertTrue(flat.contains(p.text()) || joined.contains(p.text().replace(" ", "")),
                where + ": " + p.text()));
    }

    /** The text without any white space, for comparing text whose spacing the pipeline normalised. */
    static String squeezed(String text) {
        return text.replaceAll(SPACE, "");
    }
}
