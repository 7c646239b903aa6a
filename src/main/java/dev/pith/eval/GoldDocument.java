package dev.pith.eval;

import java.util.List;
import java.util.Map;

/**
 * One page of an evaluation corpus with its ground truth, as a line of gold.jsonl gives it (see
 * shared/corpus/README.md). Absent or null fields are null; paths are relative to the corpus directory.
 *
 * @param id        page id ({@code sh-...}, {@code tf-...})
 * @param set       source benchmark ({@code scrapinghub}, {@code trafilatura}), or null
 * @param url       the page's address, or null
 * @param htmlPath  the gzipped page ({@code html/<id>.html.gz}), or null when the page has none
 * @param dumpPaths the text dumps by variant (never contains {@link Variant#HTML})
 * @param body      the full gold body, or null
 * @param with      snippets that must be in the body (string entries only, as listed)
 * @param without   snippets that must not be in the body (string entries only, as listed)
 * @param title     gold headline, or null
 * @param author    gold author names joined by "; ", or null
 * @param date      gold publication date YYYY-MM-DD, or null
 */
public record GoldDocument(String id, String set, String url, String htmlPath, Map<Variant, String> dumpPaths,
                           String body, List<String> with, List<String> without, String title, String author,
                           String date) {
    public GoldDocument {
        dumpPaths = Map.copyOf(dumpPaths);
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
