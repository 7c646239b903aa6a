package dev.pith.byline;

import java.util.List;

/**
 * A byline: the line as written and the person names in it.
 *
 * @param asWritten the line, trimmed
 * @param authors   person names in order, without "By", roles, agencies, dates or e-mail addresses; empty
 *                  when the byline names only an agency or a desk ("Staff", "Reuters")
 * @param explicit  true when a byline marker ("By", "Von", "Par", "Autor:"...) says so, false when the
 *                  line is only shaped like a name
 */
public record Byline(String asWritten, List<String> authors, boolean explicit) {
    public Byline {
        authors = List.copyOf(authors);
    }
}
