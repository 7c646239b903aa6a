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

    /** Block indexes from the headline (or the article's start) outwards. */
    private static int[] byNearness(Classification c) {
        int anchor = -1;
        for (int i = 0; i < c.size() && anchor < 0; i++) {
            if (c.label(i) == Label.HEADLINE) {
                anchor = i;
            }
        }
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
