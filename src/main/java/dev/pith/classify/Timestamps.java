package dev.pith.classify;

import java.util.regex.Pattern;

/**
 * A short line that is only a date or a time ("Nov. 19, 2019 8:03 am ET", "19 Nov 2019 05:44 GMT",
 * "Updated 3 hours ago") is a timestamp of the page, not text of the article. Rule source: the
 * dateline conventions of news and blog templates.
 */
final class Timestamps implements Step {
    private static final Pattern YEAR_OR_TIME = Pattern.compile(
            "\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\bago\\b|\\bvor \\d");
    private static final Pattern SENTENCE_WORDS = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|will|the|der|die|das|est|sont|le|la|el|los|il)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 12;

    /**
     * Three words or more around a year, with no day and no time ("Fünf HR-Trends 2023", "HISTALP Österreich
     * Jahresbericht 2021"): a title that names its year, not a timestamp, which states the day or the hour.
     */
    static boolean titleWithYear(LabeledBlock b) {
        if (b.features().words() < 3 || TIME.matcher(b.text()).find()) {
            return false;
        }
        for (dev.pith.dates.DateMention m : dev.pith.dates.DateFinder.find(b.text(), dev.pith.dates.DateContext.none())) {
            if (m.precision().compareTo(dev.pith.dates.Precision.MONTH) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.h]\\d{2}\\b|\\bago\\b|\\bvor \\d");

    @Override
    public Classification apply(Classification in) {
        return in.map(b -> {
            if (b.label() != Label.UNDECIDED || b.features().words() > MAX_WORDS || b.features().words() == 0) {
                return b;
            }
            String t = b.text();
            if ((b.features().digitShare() >= 0.25 || b.features().words() <= 6) && !t.endsWith(".") // the cheap tests first
                    && mayStateTime(t) && YEAR_OR_TIME.matcher(t).find() && !SENTENCE_WORDS.matcher(t).find()
                    && !titleWithYear(b)) {
                return b.with(Label.DATELINE, "a short line holding only a date or time");
            }
            return b;
        });
    }

    /**
     * False only when {@link #YEAR_OR_TIME} cannot match: every form of it holds an ASCII digit or "ago". Spares the
     * pattern's matcher and search on the many short lines without either (2.7% of the text core, JFR, dev dumps).
     */
    static boolean mayStateTime(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return t.contains("ago");
    }
}
