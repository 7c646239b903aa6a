package dev.pith.segment;

/**
 * Tells the dump style from line statistics. Text browsers wrap every line below 80 columns; scrapers
 * split sentences at inline elements, leaving lines that start with punctuation or with the white space
 * around a link. Measured on the dev corpus: the 80-column rules find 534 of its 548 text-browser dumps (530 with
 * the first rule alone), and take 4 of 548 browser copies and 8 of 548 scraper dumps for them (the same as the
 * first rule alone); the fragment rule finds 80% of scraper dumps and takes 10% of browser copies for them.
 */
final class DumpStyleDetector {
    private DumpStyleDetector() {
    }

    /**
     * Lines of 60 columns or more a dump needs for the second wrap rule: at most {@link #WIDER_SHARE} of its long
     * lines pass column 80. A text browser's dump keeps a few wider lines (a table, preformatted text, a long URL)
     * that the 1% rule counts against it; a browser copy's long lines are its paragraphs, almost all wider.
     */
    private static final int MIN_WRAPPED = 10;
    private static final double WIDER_SHARE = 0.15;

    /** Share of lines that look split off a sentence above which a dump is a scraper's. */
    private static final double SCRAPER_SHARE = 0.04;
    private static final String CLOSING = ".,;:!?)";

    /**
     * A line that a scraper split off a sentence: it starts with closing punctuation, ends with the space
     * before a link, or starts with the space after one and goes on in lower case. Browser copies almost
     * never have such lines.
     */
    private static boolean isSplitFragment(String line) {
        char first = line.charAt(0);
        if (CLOSING.indexOf(first) >= 0 || line.charAt(line.length() - 1) == ' ') {
            return true;
        }
        return first == ' ' && line.length() > 1 && Character.isLowerCase(line.charAt(1));
    }

    static DumpStyle detect(String[] lines) {
        int nonBlank = 0;
        int over80 = 0;
        int long60 = 0;
        int splitEvidence = 0;
        int spaceLines = 0;
        for (String line : lines) {
            if (Text.isBlank(line)) {
                spaceLines += Text.isSingleSpace(line) ? 1 : 0;
                continue;
            }
            nonBlank++;
            int width = Text.displayWidth(line);
            if (width > 80) {
                over80++;
            }
            if (width >= 60) {
                long60++;
            }
            if (isSplitFragment(line)) {
                splitEvidence++;
            }
        }
        if (nonBlank == 0) {
            return DumpStyle.BROWSER_COPY;
        }
        if (over80 < 0.01 * nonBlank && long60 >= 3) {
            return DumpStyle.TEXT_BROWSER;
        }
        if (splitEvidence >= SCRAPER_SHARE * nonBlank) {
            return DumpStyle.SCRAPER;
        }
        if (long60 >= MIN_WRAPPED && over80 <= WIDER_SHARE * long60 && spaceLines < SCRAPER_SHARE * nonBlank) {
            // after the scraper rule, and not with a scraper's lines of one space (the white space between elements)
            return DumpStyle.TEXT_BROWSER;
        }
        return DumpStyle.BROWSER_COPY;
    }
}
