package dev.pith.classify;

import dev.pith.lang.Ascii;
import java.util.regex.Pattern;

/**
 * A short block inside or next to the article (within three blocks of it) that carries a photo credit ("Photo: X", "Credit...",
 * "AFP - NAME", "X/Getty Images", "©") is a caption. Rule source: the caption and credit conventions of
 * news agencies and picture desks, which end captions with the credit.
 */
final class Captions implements Step {
    private static final int MAX_WORDS = 60;
    /** A credit marker followed by its holder. */
    private static final Pattern CREDIT_MARKER = Pattern.compile(
            "(?:\\b(?:Photo|Photos|Foto|Fotos|Image|Images|Picture|Photograph|Bild|Zdjęcie|Illustration|Video)"
                    + "(?:\\s?(?:by|credit|von|de|:|/))|\\bCredit(?:s)?\\s?(?::|\\.\\.\\.|…)|Crédits?\\s?:|\\bCrédito(?:s)?\\s?:|\\bKuva\\s?:|(?<!\\p{L})©)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Picture agencies whose name ends a caption. */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:[.(/|©:]|\\s[-–])\\s?(?:AFP|AP|EPA|EPA-EFE|Reuters|REUTERS|Getty Images|Getty|Shutterstock|dpa|DPA|Imago"
                    + "|IMAGO|ANSA|PAP|Keystone|KEYSTONE|Alamy|iStock|iStockphoto|Thinkstock|Xinhua|XINHUA|Bloomberg|picture alliance"
                    + "|picture-alliance|SIPA|Sipa|Anadolu|NurPhoto|Zuma|ZUMA|AAP|Pool|POOL|Wikimedia Commons|Unsplash|Pexels)(?:\\.com)?"
                    // then at most the photographer's name: a few capitalised words
                    + "(?:\\s?[-–/|:]\\s?\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}){0,4})?\\)?\\s?$");

    /**
     * A credit as the block's last words ("... against radiation. Credit: ESA"): science and agency captions run
     * longer than others and end with their credit, which prose never does.
     */
    private static final Pattern FINAL_CREDIT = Pattern.compile(
            "(?:\\bCredits?|\\bPhotos?|\\bFotos?|\\bImages?|\\bBild|\\bPicture)\\s?:\\s?[^.!?:]{1,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CREDITED_WORDS = 150;

    /** How many blocks away from the article's first or last paragraph a caption may stand. */
    private static final int NEAR = 3;

    @Override
    public Classification apply(Classification in) {
        int first = in.first(Role.CONTENT);
        int last = in.last(Role.CONTENT);
        return in.map(b -> {
            if (!isCandidate(b.label()) || first < 0 || b.index() < first - NEAR || b.index() > last + NEAR) {
                return b;
            }
            Features f = b.features();
            if (f.words() > MAX_WORDS) {
                // an agency's name alone does not count here: agency copy ends with it too ("... vor acht. (dpa)")
                return f.words() <= MAX_CREDITED_WORDS && FINAL_CREDIT.matcher(b.text()).find()
                        ? b.with(Label.CAPTION, "a long caption that ends with its photo credit") : b;
            }
            String t = b.text();
            String tail = t.length() > 120 ? t.substring(t.length() - 120) : t;
            if (t.regionMatches(true, 0, "image caption", 0, 13) || t.regionMatches(true, 0, "photo caption", 0, 13)
                    || t.regionMatches(true, 0, "media caption", 0, 13)) {
                return b.with(Label.CAPTION, "labelled as a caption");
            }
            if (mayHoldCreditMarker(tail) && CREDIT_MARKER.matcher(tail).find() || AGENCY_TAIL.matcher(tail).find()) {
                return b.with(Label.CAPTION, "ends with a photo credit");
            }
            return b;
        });
    }

    /** The ASCII words of which every match of {@link #CREDIT_MARKER} in ASCII text holds one, lower case. */
    private static final String[] CREDIT_WORDS = {"photo", "foto", "image", "picture", "bild", "illustration", "video", "credit", "kuva"};

    /**
     * False only when {@link #CREDIT_MARKER} cannot match: ASCII text without any of {@link #CREDIT_WORDS} (the
     * marker's other alternatives, "Zdjęcie", "Crédits", "©", are not ASCII). The pattern's case-insensitive search
     * at every position of every paragraph's end was 3% of the text core (JFR); this check costs a lower-case copy.
     */
    private static boolean mayHoldCreditMarker(String tail) {
        if (!Ascii.isAscii(tail)) {
            return true;
        }
        String lower = tail.toLowerCase(java.util.Locale.ROOT);
        for (String w : CREDIT_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCandidate(Label l) {
        return l == Label.PARAGRAPH || l == Label.FURNITURE || l == Label.OTHER_TEXT;
    }
}
