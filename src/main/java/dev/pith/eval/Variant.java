package dev.pith.eval;

import java.util.Locale;

/** The inputs a corpus page comes as: three text dumps and the HTML. */
public enum Variant {
    INNERTEXT, W3M, SOUP, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Variant of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
