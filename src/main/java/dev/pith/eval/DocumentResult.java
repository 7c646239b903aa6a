package dev.pith.eval;

import java.util.List;
import java.util.Set;

/**
 * How one document scored for one variant: what a per-document debug file needs to see why a score is what it
 * is. Every figure is score.py's per-document figure.
 *
 * @param id       document id
 * @param variant  input variant
 * @param failure  the predicted body is empty (white space only), errors included
 * @param error    why the extraction (or reading the input) failed, or null
 * @param body     shingle figures, or null when the document has no gold body
 * @param snippets snippet figures, or null when the document has no snippets
 * @param headline gold and predicted headline
 * @param author   gold and predicted authors
 * @param date     gold and predicted publication date
 */
public record DocumentResult(String id, Variant variant, boolean failure, String error, Body body, Snippets snippets,
                             Headline headline, Author author, Date date) {

    /**
     * Body shingles of one document: tp, fp, fn normalised to sum to 1, and their precision, recall and F1.
     *
     * @param exactTokens the predicted body's tokens equal the gold body's
     */
    public record Body(double tp, double fp, double fn, double precision, double recall, double f1,
                       boolean exactTokens) {
    }

    /**
     * Snippets of one document.
     *
     * @param missedWith   "with" snippets not found in the body (false negatives)
     * @param foundWithout "without" snippets found in the body (false positives)
     */
    public record Snippets(int tp, int fp, int fn, int tn, List<String> missedWith, List<String> foundWithout) {
        public Snippets {
            missedWith = List.copyOf(missedWith);
            foundWithout = List.copyOf(foundWithout);
        }
    }

    /**
     * @param scored  the gold title is non-empty after normalisation (the document counts for headline scores)
     * @param strict  equal after normalisation
     * @param lenient one normalised headline contains the other (both non-empty)
     */
    public record Headline(String gold, String predicted, boolean scored, boolean strict, boolean lenient) {
    }

    /**
     * @param goldNames      normalised gold names
     * @param predictedNames normalised predicted names
     * @param scored         the gold has names (the document counts for author scores)
     * @param exact          same name sets (when scored)
     * @param any            at least one name shared (when scored)
     */
    public record Author(String gold, List<String> predicted, Set<String> goldNames, Set<String> predictedNames,
                         boolean scored, boolean exact, boolean any) {
        /** No name predicted: what counts for the empty-when-gold-empty share when not scored. */
        public boolean predictedEmpty() {
            return predictedNames.isEmpty();
        }
    }

    /**
     * @param scored  the gold date is non-empty
     * @param correct the prediction's first 10 characters equal the gold date's
     */
    public record Date(String gold, String predicted, boolean scored, boolean correct) {
    }
}
