package dev.pith.classify;

import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import dev.pith.dates.Precision;
import java.util.List;

/**
 * A headline line that starts with the day it was published ("23.01.2022 - Dorothea Wierer darf jubeln", "Jun 17
 * Das vielleicht schönste Ende der Welt"): the dateline's element run into the title's, as text dumps write a
 * list entry or a post header. The title is what follows the date and its separator. Rule source: blog and
 * news templates that print the date before the title on one line.
 */
final class DatedTitle {
    /** What is left after the date must be this many words or more to be a title. */
    private static final int MIN_WORDS = 3;
    private static final String SEPARATORS = "-–—|:·•/,";

    private DatedTitle() {
    }

    /** The title without a leading date of a day and its separator; the text itself when it has none. */
    static String withoutDate(String text) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        if (lead == text.length() || !Character.isDigit(text.charAt(lead)) && !Character.isLetter(text.charAt(lead))) {
            return text;
        }
        List<DateMention> dates = DateFinder.find(text.substring(0, Math.min(text.length(), lead + 40)),
                DateContext.none());
        if (dates.isEmpty() || dates.get(0).start() != lead || dates.get(0).precision().compareTo(Precision.DAY) < 0
                || !DateFinder.hasDigit(dates.get(0).text())) {
            return text; // no date, a month or a year only ("2020 Endorsement Race"), or a word ("Heute schon...")
        }
        int i = dates.get(0).end();
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || SEPARATORS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        String rest = text.substring(i).strip();
        return rest.split("\\s+").length >= MIN_WORDS && Character.isLetter(rest.codePointAt(0)) ? rest : text;
    }
}
