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
                    + "(?:\\s?(?:by|credit|von|de|:|/))|\\bCredit(?:s)?\\s?(?::|\\.\\.\\.|…)|Crédits?\\s?:|\\bCrédito(?:s)?\\s?:|\\bKuva\\s?:|(?<!\\p{L})©)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Picture agencies whose name ends a caption (the alternatives of {@link #AGENCY_TAIL}). */
    private static final String[] AGENCIES = {"AFP", "AP", "EPA", "EPA-EFE", "Reuters", "REUTERS", "Getty Images", "Getty",
            "Shutterstock", "dpa", "DPA", "Imago", "IMAGO", "ANSA", "PAP", "Keystone", "KEYSTONE", "Alamy", "iStock", "iStockphoto",
            "Thinkstock", "Xinhua", "XINHUA", "Bloomberg", "picture alliance", "picture-alliance", "SIPA", "Sipa", "Anadolu",
            "NurPhoto", "Zuma", "ZUMA", "AAP", "Pool", "POOL", "Wikimedia Commons", "Unsplash", "Pexels"};
    /** The chars of which one (or a space then a dash) stands before an agency's name in {@link #AGENCY_TAIL}. */
    private static final String AGENCY_LEAD = ".(/|©:";
    /** An agency's name as the caption's last words, maybe with its photographer's. */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:[.(/|©:]|\\s[-–])\\s?(?:" + String.join("|", AGENCIES) + ")(?:\\.com)?"
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
                return f.words() <= MAX_CREDITED_WORDS && mayEndWithCredit(b.text()) && FINAL_CREDIT.matcher(b.text()).find()
                        ? b.with(Label.CAPTION, "a long caption that ends with its photo credit") : b;
            }
            String t = b.text();
            String tail = t.length() > 120 ? t.substring(t.length() - 120) : t;
            if (t.regionMatches(true, 0, "image caption", 0, 13) || t.regionMatches(true, 0, "photo caption", 0, 13)
                    || t.regionMatches(true, 0, "media caption", 0, 13)) {
                return b.with(Label.CAPTION, "labelled as a caption");
            }
            if (mayHoldCreditMarker(tail) && CREDIT_MARKER.matcher(tail).find()
                    || mayNameAgency(tail) && AGENCY_TAIL.matcher(tail).find()) {
                return b.with(Label.CAPTION, "ends with a photo credit");
            }
            return b;
        });
    }

    /**
     * The words of which every match of {@link #CREDIT_MARKER} holds one, as {@link #fold} spells them (the
     * pattern's case-insensitive Unicode match compares each char so folded).
     */
    private static final String[] CREDIT_WORDS = {"photo", "foto", "image", "picture", "bild", "illustration", "video", "credit",
            "kuva", "zdjęcie", "crédit", "©"};

    /**
     * False only when {@link #CREDIT_MARKER} cannot match: the folded text holds none of {@link #CREDIT_WORDS}. The
     * pattern's case-insensitive search at every position of every paragraph's end was 3% of the text core (JFR), and
     * 6% while text with any non-ASCII char skipped this check; it costs a folded copy of the tail.
     */
    static boolean mayHoldCreditMarker(String tail) {
        String folded = fold(tail);
        for (String w : CREDIT_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each char as a case-insensitive Unicode pattern compares it, lower case of its upper case ("ſ" and "S" are "s",
     * the Kelvin sign is "k"); ASCII letters are lower-cased.
     */
    private static String fold(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = s.charAt(i);
            c[i] = ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(Character.toUpperCase(ch));
        }
        return new String(c);
    }

    /**
     * False only when {@link #AGENCY_TAIL} cannot match: no agency's name stands right after one of
     * {@link #AGENCY_LEAD} or a space and a dash, maybe with a space between. The pattern's search at every position of
     * every paragraph's end is what this check spares; it scans the tail once and tries the names at few places.
     */
    static boolean mayNameAgency(String tail) {
        int n = tail.length();
        for (int i = 0; i < n; i++) {
            char c = tail.charAt(i);
            int at;
            if (AGENCY_LEAD.indexOf(c) >= 0) {
                at = i + 1;
            } else if (isRegexSpace(c) && i + 1 < n && (tail.charAt(i + 1) == '-' || tail.charAt(i + 1) == '–')) {
                at = i + 2;
            } else {
                continue;
            }
            if (namesAgencyAt(tail, at) || at < n && isRegexSpace(tail.charAt(at)) && namesAgencyAt(tail, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAgencyAt(String s, int at) {
        for (String a : AGENCIES) {
            if (s.startsWith(a, at)) {
                return true;
            }
        }
        return false;
    }

    /** The chars {@code \s} matches in a pattern without Unicode character classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * False only when {@link #FINAL_CREDIT} cannot match: its colon is the text's last (none follows it) and at most
     * 63 chars stand after it (a space, 60 chars, a line break). Spares the pattern's search through long paragraphs.
     */
    static boolean mayEndWithCredit(String text) {
        int colon = text.lastIndexOf(':');
        return colon >= 0 && text.length() - colon - 1 <= 63;
    }

    private static boolean isCandidate(Label l) {
        return l == Label.PARAGRAPH || l == Label.FURNITURE || l == Label.OTHER_TEXT;
    }
}
