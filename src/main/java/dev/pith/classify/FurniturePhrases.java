package dev.pith.classify;

/**
 * Labels blocks that say what furniture says ("Advertisement", "Read also...", "Share:", "© 2023").
 * Rule source: the phrase lexicon {@code furniture.tsv}, collected from news and blog templates in the
 * corpus's languages.
 */
final class FurniturePhrases implements Step {
    @Override
    public Classification apply(Classification in) {
        return in.map(b -> b.label() == Label.UNDECIDED && b.features().furniture() != null
                ? b.with(b.features().furniture(), "furniture phrase \"" + b.features().furniturePhrase() + "\"")
                : b);
    }
}
