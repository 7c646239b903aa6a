package dev.pith.classify;

import dev.pith.dates.DateContext;
import dev.pith.dates.DateFinder;
import dev.pith.dates.DateMention;
import dev.pith.dates.Precision;
import java.util.ArrayList;
import java.util.List;

/**
 * After the article, three or more full dates a few blocks apart (the date of each card, with its title, author
 * and standfirst around it) are a list of teasers of other articles ("More from ...", "Related") or of comments
 * (name, date, text): their sentences are no part of the article. Rule source: news and magazine pages end with cards
 * of further stories, each title, author, date and first sentences, which a browser copy writes as a repeating run
 * of short lines, a date line and a paragraph (dev corpus: their paragraphs were kept as body). A date line with
 * a day, month and year, so that the times of a live blog's entries and the years of an article's list of items
 * ("Tencent Doctorwork (2015)") do not count; three blocks or more from one date to the next (a card has a
 * title or an author besides its date and standfirst); the run starts after some of the article, and a card's
 * lines before its date are short ones (the article's last paragraph before the first card is not a title).
 */
final class TeaserCards implements Step {
    private static final int MIN_CARDS = 3;
    /** Blocks from one card's date to the next one's: title, author, date and standfirst, give or take. */
    private static final int MIN_GAP = 3;
    private static final int MAX_GAP = 6;
    /** Blocks of a card before its date (title, author). */
    private static final int LEAD = 2;
    /** A teaser's standfirst is at most this long. */
    private static final int MAX_TEASER_WORDS = 90;
    /** Words of the article before the first card. */
    private static final int MIN_ARTICLE_WORDS = 100;
    /** A card's title or author line before its date is at most this long. */
    private static final int MAX_LEAD_WORDS = 20;

    @Override
    public Classification apply(Classification in) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.label(i) == Label.DATELINE && statesDay(in.get(i).text())) {
                dates.add(i);
            }
        }
        Classification.Edit out = in.edit();
        int k = 0;
        while (k < dates.size()) {
            int end = k;
            while (end + 1 < dates.size() && gapFits(dates.get(end + 1) - dates.get(end))) {
                end++;
            }
            int cards = end - k + 1;
            if (cards >= MIN_CARDS && articleWordsBefore(in, dates.get(k) - LEAD) >= MIN_ARTICLE_WORDS) {
                int from = dates.get(k);
                while (from > 0 && dates.get(k) - from < LEAD && in.get(from - 1).features().words() <= MAX_LEAD_WORDS) {
                    from--;
                }
                int to = Math.min(in.size() - 1, dates.get(end) + 1);
                for (int i = from; i <= to; i++) {
                    LabeledBlock b = in.get(i);
                    if (b.label().isContent() && b.features().words() <= MAX_TEASER_WORDS) {
                        out.relabel(i, Label.FURNITURE, "in a run of " + cards + " dated entries after the article "
                                + "(teasers of other stories, comments)");
                    }
                }
            }
            k = end + 1;
        }
        return out.done();
    }

    /** The line states a date to the day ("Wednesday November 20, 2019"), not a year or a time alone. */
    private static boolean statesDay(String text) {
        for (DateMention d : DateFinder.find(text, DateContext.none())) {
            if (d.iso() != null && !d.inferred() && d.precision().compareTo(Precision.DAY) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean gapFits(int gap) {
        return gap >= MIN_GAP && gap <= MAX_GAP;
    }

    /** Words of the blocks in the body before block {@code end}. */
    static int articleWordsBefore(Classification in, int end) {
        int words = 0;
        for (int i = 0; i < end && i < in.size(); i++) {
            if (in.label(i).isContent()) {
                words += in.get(i).features().words();
            }
        }
        return words;
    }
}
