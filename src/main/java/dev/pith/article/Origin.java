package dev.pith.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the container of a document said about it: a JSON Lines record's URL and chosen fields, a WARC
 * record's target URI and date. Immutable.
 *
 * @param url     the URL the document was fetched from, or null
 * @param fetched when it was fetched (ISO 8601, as the container states it), or null
 * @param fields  fields of the container's record carried through, in the order asked for (values: String,
 *                Number, Boolean, List, Map or null, as in JSON); empty when none were asked for
 */
public record Origin(String url, String fetched, Map<String, Object> fields) {
    /** Nothing known. */
    public static final Origin NONE = new Origin(null, null, Map.of());

    public Origin {
        fields = freeze(fields);
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return url == null && fetched == null && fields.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> T freeze(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(freeze(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
