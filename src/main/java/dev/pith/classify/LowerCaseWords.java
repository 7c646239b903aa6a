package dev.pith.classify;

import dev.pith.byline.BylineParser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a document writes in lower case somewhere: common words of its language, not names, since a
 * person's name is capitalised wherever it stands. A capitalised line made of such words ("Neueste Beiträge",
 * "Image Title", "Grüne Energie") is a heading or a link, not a byline. Rule source: capitalisation of names
 * in Latin-script languages (German capitalises nouns, so adjectives and verbs carry the signal there).
 * Built once per document, for the bare-name rules only.
 */
final class LowerCaseWords {
    private final Set<String> words;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
    }

    static LowerCaseWords of(Classification c) {
        Set<String> words = new HashSet<>();
        for (LabeledBlock b : c.blocks()) {
            String t = b.text();
            int i = 0;
            while (i < t.length()) {
                if (!Character.isLetter(t.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.length() && Character.isLetter(t.charAt(j))) {
                    j++;
                }
                if (Character.isLowerCase(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                    words.add(t.substring(i, j));
                }
                i = j;
            }
        }
        return new LowerCaseWords(words);
    }

    /**
     * Some capitalised word of the names is written in lower case elsewhere in the document; a name with an
     * acronym ("SWR Fernsehen") is an organisation's and is not judged so; nor is a name's particle ("La" of
     * "Edilson La Rosa", "De" of "Rosa De Luca"), capitalised in names and lower case in the text.
     */
    boolean anyCommon(List<String> names) {
        for (String name : names) {
            if (hasAcronym(name)) {
                continue;
            }
            for (String w : name.split("[\\s\\-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !BylineParser.isParticle(w)
                        && words.contains(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAcronym(String name) {
        for (String w : name.split("[\\s\\-]+")) {
            if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }
}
