package dev.pith.eval;

/**
 * Every score of one input variant over a corpus (definitions in the corpus README).
 *
 * @param variant         the input variant
 * @param documents       pages that have this input
 * @param failures        pages whose predicted body is empty, errors included
 * @param bodyPages       pages with a gold body
 * @param bodyPrecision   mean per-page shingle precision
 * @param bodyRecall      mean per-page shingle recall
 * @param bodyF1          harmonic mean of the two means
 * @param snippetPages    pages with snippets
 * @param snippetPrecision over all snippets
 * @param snippetRecall   over all snippets
 * @param snippetF1       over all snippets
 * @param headlinePages   pages with a gold title
 * @param headlineAccuracy share equal after normalisation
 * @param authorPages     pages with a gold author
 * @param authorAccuracy  share with equal name sets
 * @param datePages       pages with a gold date
 * @param dateAccuracy    share whose published date starts with the gold date
 * @param seconds         time spent in the extractor
 * @param megabytes       input size in MB
 */
public record VariantScores(Variant variant, int documents, int failures, int bodyPages, double bodyPrecision,
                            double bodyRecall, double bodyF1, int snippetPages, double snippetPrecision,
                            double snippetRecall, double snippetF1, int headlinePages, double headlineAccuracy,
                            int authorPages, double authorAccuracy, int datePages, double dateAccuracy,
                            double seconds, double megabytes) {

    public double documentsPerSecond() {
        return seconds == 0 ? 0 : documents / seconds;
    }

    public double megabytesPerSecond() {
        return seconds == 0 ? 0 : megabytes / seconds;
    }
}
