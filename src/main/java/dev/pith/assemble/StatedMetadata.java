package dev.pith.assemble;

import dev.pith.article.DateValue;
import dev.pith.article.PageInfo;
import java.util.List;

/**
 * What a page states about its article in its markup (JSON-LD, Open Graph, meta tags): it wins over what
 * the visible text suggests. Every field may be null (or empty); {@link #NONE} states nothing.
 *
 * @param headline  the stated headline
 * @param authors   the stated authors
 * @param published the stated publication date
 * @param updated   the stated update date
 * @param language  the stated language, ISO 639-1
 * @param page      site, URL, description, image, tags
 */
public record StatedMetadata(String headline, List<String> authors, DateValue published, DateValue updated,
                             String language, PageInfo page) {
    public static final StatedMetadata NONE = new StatedMetadata(null, List.of(), null, null, null, null);

    public StatedMetadata {
        authors = List.copyOf(authors);
    }
}
