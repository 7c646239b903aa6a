package dev.pith.assemble;

import dev.pith.article.DateValue;
import dev.pith.classify.Classification;
import dev.pith.classify.Label;
import dev.pith.classify.LabeledBlock;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateLines;
import dev.pith.dates.DateMention;
import dev.pith.dates.StatedDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The publication and update dates the document states: read from its dateline and byline blocks, the
 * ones nearest the headline first; a line that says "Updated" gives the update date, a line that says
 * "Published" or nothing gives the publication date. The dateline blocks they come from are in the record.
 */
final class Datelines {
    private final DateValue published;
    private final DateValue updated;
    private final Set<Integer> used;

    private Datelines(DateValue published, DateValue updated, Set<Integer> used) {
        this.published = published;
        this.updated = updated;
        this.used = used;
    }

    static Datelines of(Classification c, DateContext context) {
        StatedDate publishedSaid = null;
        StatedDate unknown = null;
        StatedDate updatedSaid = null;
        int publishedAt = -1;
        int unknownAt = -1;
        int updatedAt = -1;
        for (int i : byNearness(c)) {
            LabeledBlock b = c.get(i);
            if (b.label() != Label.DATELINE && b.label() != Label.BYLINE) {
                continue;
            }
            StatedDate s = DateLines.parse(b.text(), context).orElse(null);
            if (s == null) {
                continue;
            }
            switch (s.role()) {
                case PUBLISHED -> {
                    if (publishedSaid == null) {
                        publishedSaid = s;
                        publishedAt = i;
                    }
                }
                case UPDATED -> {
                    if (updatedSaid == null) {
                        updatedSaid = s;
                        updatedAt = i;
                    }
                }
                default -> {
                    if (unknown == null) {
                        unknown = s;
                        unknownAt = i;
                    }
                }
            }
        }
        StatedDate pub = publishedSaid != null ? publishedSaid : unknown;
        int pubAt = publishedSaid != null ? publishedAt : unknownAt;
        if (pub == null) {
            pubAt = leadingDate(c, context);
            if (pubAt < 0) {
                pubAt = datedCopyOfHeadline(c, context);
            }
            pub = pubAt < 0 ? null : DateLines.parse(c.get(pubAt).text(), context).orElse(null);
        }
        Set<Integer> used = new HashSet<>();
        if (pub != null && c.label(pubAt) == Label.DATELINE) {
            used.add(pubAt);
        }
        if (updatedSaid != null && c.label(updatedAt) == Label.DATELINE) {
            used.add(updatedAt);
        }
        return new Datelines(pub == null ? null : value(pub.date()), updatedSaid == null ? null : value(updatedSaid.date()),
                Set.copyOf(used));
    }

    /** How many blocks either side of the headline a short line with a date may stand. */
    private static final int LEADING_NEAR = 6;
    /** A line of more words is text, not a post's meta line. */
    private static final int LEADING_WORDS = 16;

    /**
     * When no dateline or byline states a date: the nearest short line beside the headline, outside the body and not
     * a caption (a photo's date is not the article's), that holds a full date ("3. August 2015 · Filed under ...",
     * "January 13, 2020 at 08:45 AM | categories: ...", "Von X - 30. Juli 2023, 18:55 Uhr"), a post's meta line that
     * the classifier left as furniture because it holds more than the date; else the headline's own line when a date
     * ran into it ("Blog»frag.jetzt«28. Juni 2019"); -1 when none. Rule source: blog and news
     * templates put the date in the meta line under the title, beside the category, author and comment links.
     */
    private static int leadingDate(Classification c, DateContext context) {
        int headline = c.first(Label.HEADLINE);
        if (headline < 0) {
            return -1;
        }
        if (dateRunIntoHeadline(c, headline, context)) {
            return headline;
        }
        for (int d = 1; d <= LEADING_NEAR; d++) {
            for (int i : new int[] {headline + d, headline - d}) {
                if (i >= 0 && i < c.size() && c.label(i).role() != dev.pith.classify.Role.CONTENT
                        && c.label(i).role() != dev.pith.classify.Role.CAPTION
                        && c.get(i).features().words() <= LEADING_WORDS
                        && DateLines.parse(c.get(i).text(), context).isPresent()) {
                    return i;
                }
            }
        }
        return c.get(headline).features().words() <= LEADING_WORDS
                && DateLines.parse(c.get(headline).text(), context).isPresent() ? headline : -1;
    }

    /**
     * The headline's line starts with a date that the headline leaves out ("08.11.2021 | Online-Fachtag zum ...",
     * {@link dev.pith.classify.PageTitle#headlineText}): a list entry's or a post header's date run into its title,
     * the post's own date. Rule source: blog and news templates that print the date before the title on one line.
     */
    private static boolean dateRunIntoHeadline(Classification c, int headline, DateContext context) {
        String text = c.get(headline).text();
        int at = text.lastIndexOf(dev.pith.classify.PageTitle.headlineText(c, c.get(headline)));
        return at > 0 && DateLines.parse(text.substring(0, at), context).isPresent();
    }

    /** A date before a copy of the headline has at most this many words ("1. Februar 2022", "Mon, 3 May 2021 -"). */
    private static final int DATE_WORDS = 6;

    /**
     * When no line near the headline states a date: a line elsewhere that is the headline with a date before it
     * ("1. Februar 2022 Bundesministerin Raab: ..."), outside the body and not a caption; -1 when none. Rule source:
     * a site's list of its own articles (a sidebar, an archive, a breadcrumb) repeats the article's title with the
     * day it was published.
     */
    private static int datedCopyOfHeadline(Classification c, DateContext context) {
        int headline = c.first(Label.HEADLINE);
        if (headline < 0) {
            return -1;
        }
        String title = c.get(headline).text().strip();
        for (int i = 0; i < c.size(); i++) {
            String t = c.get(i).text().strip();
            if (i == headline || c.label(i).role() == dev.pith.classify.Role.CONTENT
                    || c.label(i).role() == dev.pith.classify.Role.CAPTION || t.length() <= title.length()
                    || !t.endsWith(title)) {
                continue;
            }
            String before = t.substring(0, t.length() - title.length());
            if (before.strip().split("\\s+").length <= DATE_WORDS && DateLines.parse(before, context).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** Block indexes from the headline (or the article's start) outwards. */
    private static int[] byNearness(Classification c) {
        int anchor = c.first(Label.HEADLINE);
        if (anchor < 0) {
            anchor = Math.max(0, c.first(dev.pith.classify.Role.CONTENT));
        }
        int[] order = new int[c.size()];
        int k = 0;
        for (int d = 0; k < c.size(); d++) {
            if (anchor + d < c.size()) {
                order[k++] = anchor + d;
            }
            if (d > 0 && anchor - d >= 0 && k < c.size()) {
                order[k++] = anchor - d;
            }
        }
        return order;
    }

    static DateValue value(DateMention d) {
        return new DateValue(d.iso(), d.text(), d.inferred(), d.inference());
    }

    DateValue published() {
        return published;
    }

    DateValue updated() {
        return updated;
    }

    /** True when the block's date is in the record, so the block is not listed as removed. */
    boolean isUsed(LabeledBlock b) {
        return used.contains(b.index());
    }
}
