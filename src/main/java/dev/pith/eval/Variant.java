package dev.pith.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The inputs a corpus page comes as: three text dumps and the HTML, in score.py's order. */
public enum Variant {
    INNERTEXT, W3M, SOUP, HTML;

    /** The id score.py and gold.jsonl use: "innertext", "w3m", "soup", "html". */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant with this id (case-insensitive). @throws IllegalArgumentException for an unknown id */
    @JsonCreator
    public static Variant of(String id) {
        for (Variant v : values()) {
            if (v.id().equalsIgnoreCase(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + id + "' (innertext, w3m, soup or html)");
    }
}
