package dev.pith.classify;

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
                    + "(?:\\s?(?:by|credit|von|de|:|/))|\\bCredit(?:s)?\\s?(?::|\\.\\.\\.|…)|Crédits?\\s?:|(?<!\\p{L})©)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Picture agencies whose name ends a caption. */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:[.(/|©:]|\\s[-–])\\s?(?:AFP|AP|EPA|EPA-EFE|Reuters|REUTERS|Getty Images|Getty|Shutterstock|dpa|DPA|Imago"
                    + "|IMAGO|ANSA|PAP|Keystone|KEYSTONE|Alamy|iStock|iStockphoto|Xinhua|XINHUA|Bloomberg|picture alliance"
                    + "|picture-alliance|SIPA|Sipa|Anadolu|NurPhoto|Zuma|ZUMA|AAP|Pool|POOL|Wikimedia Commons|Unsplash|Pexels)"
                    // then at most the photographer's name: a few capitalised words
                    + "(?:\\s?[-–/|:]\\s?\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}){0,4})?\\)?\\s?$");

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
                return b;
            }
            String t = b.text();
            String tail = t.length() > 120 ? t.substring(t.length() - 120) : t;
            if (t.regionMatches(true, 0, "image caption", 0, 13) || t.regionMatches(true, 0, "photo caption", 0, 13)
                    || t.regionMatches(true, 0, "media caption", 0, 13)) {
                return b.with(Label.CAPTION, "labelled as a caption");
            }
            if (CREDIT_MARKER.matcher(tail).find() || AGENCY_TAIL.matcher(tail).find()) {
                return b.with(Label.CAPTION, "ends with a photo credit");
            }
            return b;
        });
    }

    private static boolean isCandidate(Label l) {
        return l == Label.PARAGRAPH || l == Label.FURNITURE || l == Label.OTHER_TEXT;
    }
}
