package dev.pith.html;

import dev.pith.article.DateValue;
import dev.pith.byline.Byline;
import dev.pith.byline.BylineParser;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import dev.pith.lang.LanguageDetector;
import java.util.List;

/** The text helpers of the HTML extractor, done by pith's own libraries: dates, byline and lang. */
final class LibraryTextHelpers implements TextHelpers {
    private static final int MAX_DATE_TEXT = 300;

    @Override
    public DateValue date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (DateMention d : DateFinder.find(t.length() > MAX_DATE_TEXT ? t.substring(0, MAX_DATE_TEXT) : t,
                DateContext.none())) {
            if (d.iso() != null && d.iso().length() >= 10) { // a full date, not a month
                return new DateValue(d.iso(), t, d.inferred(), d.inference());
            }
        }
        return null;
    }

    @Override
    public List<String> names(String byline) {
        return byline == null ? List.of() : BylineParser.parseLenient(byline).map(Byline::authors).orElse(List.of());
    }

    @Override
    public String language(String text) {
        return LanguageDetector.detect(text);
    }
}
