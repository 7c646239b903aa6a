package dev.pith.classify;

/**
 * Inside the article, a block the input marked with a bullet is a list item, and a block that is one
 * quotation from its opening to its closing mark is a quote. Rule source: list markers kept by text
 * browsers and scrapers; quotation marks of the major languages.
 */
final class QuotesAndLists implements Step {
    private static final String OPENING = "\"“„«‘'‚「『";
    private static final String CLOSING = "\"”“»’'‘」』";

    @Override
    public Classification apply(Classification in) {
        return in.map(b -> {
            if (b.label() != Label.PARAGRAPH) {
                return b;
            }
            if (b.block().bulleted()) {
                return b.with(Label.LIST_ITEM, "marked as a list item in the input");
            }
            if (isWholeQuotation(b.text()) && b.features().words() >= 5) {
                return b.with(Label.QUOTE, "one quotation from its opening to its closing mark");
            }
            return b;
        });
    }

    static boolean isWholeQuotation(String t) {
        if (t.length() < 3 || OPENING.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        int end = t.length() - 1;
        while (end > 0 && ".!?…".indexOf(t.charAt(end)) >= 0) {
            end--;
        }
        if (CLOSING.indexOf(t.charAt(end)) < 0 && !(end < t.length() - 1 && CLOSING.indexOf(t.charAt(end)) >= 0)) {
            // the closing mark may stand before or after the final punctuation
            if (CLOSING.indexOf(t.charAt(t.length() - 1)) < 0) {
                return false;
            }
            end = t.length() - 1;
        }
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if ((c == '”' || c == '»' || c == '」' || c == '』') && i < end - 1) {
                return false;
            }
        }
        return true;
    }
}
