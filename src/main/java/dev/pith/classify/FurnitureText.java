package dev.pith.classify;

/**
 * The furniture phrase lexicon ({@code furniture.tsv}) for callers outside the text classifier: the HTML body
 * writer asks it about each paragraph it keeps, so that "Read also: ...", "Follow us on ..." and "Subscribe to
 * our newsletter" lines go as they do from a text dump. Stateless and thread-safe.
 */
public final class FurnitureText {
    private FurnitureText() {
    }

    /** What a block of text is by the phrase it says, with the phrase, or null when it says none. */
    public static Found find(String text, int words) {
        FurnitureLexicon.Match m = FurnitureLexicon.get().match(text, words);
        return m == null ? null : new Found(m.kind(), m.phrase());
    }

    /** A furniture kind and the phrase that says it. */
    public record Found(Label kind, String phrase) {
    }
}
