package dev.pith.eval;

import java.util.List;
import java.util.Map;

/**
 * One page of an evaluation corpus with its ground truth (see shared/corpus/README.md).
 *
 * @param id       page id
 * @param htmlPath path of the gzipped page, relative to the corpus directory, or null
 * @param dumps    paths of the text dumps by variant, relative to the corpus directory
 * @param body     the full gold body, or null
 * @param with     snippets that must be in the body
 * @param without  snippets that must not be in the body
 * @param title    gold headline, or null
 * @param author   gold author names joined by "; ", or null
 * @param date     gold publication date YYYY-MM-DD, or null
 */
public record GoldDocument(String id, String htmlPath, Map<Variant, String> dumps, String body, List<String> with,
                           List<String> without, String title, String author, String date) {
    public GoldDocument {
        dumps = Map.copyOf(dumps);
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    public boolean has(Variant v) {
        return v == Variant.HTML ? htmlPath != null : dumps.containsKey(v);
    }
}
