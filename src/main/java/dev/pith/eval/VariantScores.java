package dev.pith.eval;

import java.util.List;

/**
 * Every score of score.py for one input variant, plus the extractor's speed. Ratios that score.py gives as None
 * (no document counts for them) are null here.
 *
 * @param variant          the input variant
 * @param documents        documents that have this input (score.py's "n")
 * @param failures         documents whose predicted body is empty, errors included
 * @param errors           documents whose extraction threw or whose input could not be read (scored as empty)
 * @param body             body shingle scores
 * @param snippets         snippet scores
 * @param headline         headline scores
 * @param author           author scores
 * @param date             date scores
 * @param extractorSeconds time spent inside the extractor, summed over documents
 * @param inputBytes       size of the inputs given to the extractor (UTF-8 bytes of the text, bytes of the page)
 */
public record VariantScores(Variant variant, int documents, int failures, List<DocumentError> errors, BodyScores body,
                           SnippetScores snippets, HeadlineScores headline, AuthorScores author, DateScores date,
                           double extractorSeconds, long inputBytes) {
    public VariantScores {
        errors = List.copyOf(errors);
    }

    /** An extraction that threw, or an input that could not be read. */
    public record DocumentError(String id, String message) {
    }

    /**
     * Body shingle scores over the documents with a gold body.
     *
     * @param precision mean per-document shingle precision
     * @param recall    mean per-document shingle recall
     * @param f1        harmonic mean of the two means
     * @param accuracy  share of documents whose token lists equal the gold's
     */
    public record BodyScores(int documents, double precision, double recall, double f1, double accuracy) {
    }

    /** Snippet scores over the totals of the documents with snippets. */
    public record SnippetScores(int documents, double precision, double recall, double f1, double accuracy, long tp,
                                long fp, long fn, long tn) {
    }

    /** Headline scores over the documents with a gold title: strict (equal) and lenient (one contains the other). */
    public record HeadlineScores(int documents, Double strict, Double lenient) {
    }

    /**
     * Author scores: exact (same name sets) and any (a shared name) over the documents with a gold author; and
     * over those without, the share whose prediction names nobody.
     */
    public record AuthorScores(int documents, Double exact, Double any, int emptyGoldDocuments,
                               Double emptyWhenGoldEmpty) {
    }

    /** Date accuracy over the documents with a gold date. */
    public record DateScores(int documents, Double accuracy) {
    }

    /** Body shingle F1. */
    public double bodyF1() {
        return body.f1();
    }

    /** Snippet F1. */
    public double snippetF1() {
        return snippets.f1();
    }

    /** Strict headline accuracy; NaN when no document has a gold title. */
    public double headlineAccuracy() {
        return orNaN(headline.strict());
    }

    /** Exact author accuracy; NaN when no document has a gold author. */
    public double authorAccuracy() {
        return orNaN(author.exact());
    }

    /** Date accuracy; NaN when no document has a gold date. */
    public double dateAccuracy() {
        return orNaN(date.accuracy());
    }

    /** Documents per second of extractor time (0 when none was measured). */
    public double documentsPerSecond() {
        return extractorSeconds > 0 ? documents / extractorSeconds : 0;
    }

    /** Megabytes (10^6 bytes) of input per second of extractor time (0 when none was measured). */
    public double megabytesPerSecond() {
        return extractorSeconds > 0 ? inputBytes / 1e6 / extractorSeconds : 0;
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }
}
