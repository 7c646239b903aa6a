package dev.pith.byline;

import dev.pith.lang.Ascii;
import dev.pith.resources.ResourceLines;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Common given names of the major languages ({@code given-names.txt}): a line of capitalised words that starts
 * with one is far more likely a person than a section label or a headline ("Claudia Duwe" against "Neueste
 * Beiträge"). Compared case-folded and without accents, so "ANDRÉ", "Andre" and "André" are one name.
 * Immutable, loaded once.
 */
public final class GivenNames {
    private static final Set<String> NAMES = load();
    /** Titles that may stand before the given name: "Dr. Tim Loppe", "Prof. Dr. Ute Bauer". */
    private static final Set<String> TITLES = Set.of("dr", "prof", "mr", "mrs", "ms", "sir", "dame", "ing", "mag",
            "dipl", "herr", "frau", "mme", "m", "sr", "sra", "dott", "dott.ssa", "pr");

    private GivenNames() {
    }

    /** The word is a common given name; a hyphenated one counts by its first part ("Hans-Peter"). */
    public static boolean isGivenName(String word) {
        String w = fold(word);
        if (NAMES.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && NAMES.contains(w.substring(0, dash));
    }

    /** The name's first word, after titles such as "Dr." or "Prof.", is a common given name. */
    public static boolean startsWithGivenName(String name) {
        for (String word : name.trim().split("\\s+")) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (TITLES.contains(fold(bare))) {
                continue;
            }
            return isGivenName(bare);
        }
        return false;
    }

    /** Every name of the byline starts with a common given name (false for a byline without names). */
    public static boolean allStartWithGivenName(List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(GivenNames::startsWithGivenName);
    }

    private static String fold(String s) {
        if (Ascii.isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // what the rest does to ASCII, without the normaliser's copy
        }
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().replace('ł', 'l').replace('ø', 'o');
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String line : ResourceLines.of(GivenNames.class, "given-names.txt")) {
            for (String w : line.trim().split("\\s+")) {
                names.add(fold(w));
            }
        }
        return Set.copyOf(names);
    }
}
