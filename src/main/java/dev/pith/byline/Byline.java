package dev.pith.byline;

import java.util.List;

/**
 * A byline: the line as written and the person names in it.
 *
 * @param asWritten  the line, trimmed, whitespace as given
 * @param authors    person names in order, without the marker ("By", "Von"...), roles, agencies, dates,
 *                   e-mail addresses or handles; names written in capitals throughout are put in normal
 *                   case ("JANE DOE" becomes "Jane Doe"), others are kept as written. Empty when the byline
 *                   names only an agency or a desk ("By Reuters", "By Staff", "The Editorial Board")
 * @param confidence how sure the parser is that the line is a byline, 0..1: about 0.95 for a marker at the
 *                   start ("By X"), 0.85 for a marker after a lead-in ("Posted on 3 May by X"), 0.75 for a
 *                   name with a role or agency ("X, Staff Writer", "X | Reuters") and 0.5 for a bare name
 *                   accepted only by {@link BylineParser#parseLenient}, 0.4 for the person a site's copyright line names
 *                   ({@link BylineParser#copyrightHolder})
 */
public record Byline(String asWritten, List<String> authors, double confidence) {
    public Byline {
        authors = List.copyOf(authors);
    }

    /**
     * The line states the byline with a marker ("By", "Von", "Autor:"), at its start or after a lead-in: a
     * confidence of {@value BylineParser#AFTER_LEAD_IN} or more.
     */
    public boolean marked() {
        return confidence >= BylineParser.AFTER_LEAD_IN;
    }
}
