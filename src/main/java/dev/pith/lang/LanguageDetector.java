package dev.pith.lang;

import java.util.List;

/**
 * Tells the language of a text as an ISO 639-1 code, or "und" when there is too little to tell.
 *
 * <p>First the script: the script with the most letters decides when one language dominates it (Hangul
 * is Korean, Han with kana Japanese, Han alone Chinese, Greek, Hebrew, Thai, Devanagari Hindi...;
 * Arabic script is Persian or Urdu when their own letters are frequent, else Arabic). Latin and Cyrillic
 * text is scored per language by how many of its words are that language's function words
 * ({@link Stopwords}), plus half a point for each letter that only some languages use (ß German; ł ś ż
 * Polish; ã õ Portuguese; ñ Spanish; å Scandinavian; æ ø Danish and Norwegian; ő ű Hungarian; ş ğ ı
 * Turkish; ș ț ă Romanian; ř ě ů Czech; ľ ĺ ô Slovak; і ї є ґ Ukrainian; ъ Bulgarian; ы э Russian...).
 * The highest score wins; a tie goes to the language listed first in the resource (English, German,
 * French, Spanish, Italian, Portuguese, Dutch, ...). One-letter function words ("a", "i", "w", "z") count
 * half, and not at all when a full stop follows (an initial: "John W."). Fewer than {@value #MIN_LETTERS} letters, or in Latin or Cyrillic text
 * fewer than {@value #MIN_HITS} function-word hits or hits on under {@value #MIN_SHARE} of the words
 * (mojibake, code, name lists), give "und".
 *
 * <p>Reads at most the first {@value #SAMPLE} chars; linear time; deterministic, stateless, thread-safe.
 */
public final class LanguageDetector {
    /** How many chars of the text are looked at. */
    static final int SAMPLE = 20_000;
    static final int MIN_LETTERS = 20;
    static final int MIN_HITS = 3;
    /** Function words must be at least this share of the words: less is noise (mojibake, code, lists of names). */
    static final double MIN_SHARE = 0.02;
    private static final double CHAR_WEIGHT = 0.5;

    /** Letters that point at some languages: letters, then the languages they count for. */
    private static final String[][] CHAR_FEATURES = {
        {"ß", "de"}, {"łśźż", "pl"}, {"ąęćń", "pl"}, {"ãõ", "pt"}, {"ñ", "es"}, {"å", "sv", "da", "no"},
        {"æø", "da", "no"}, {"őű", "hu"}, {"ğı", "tr"}, {"ş", "tr", "ro"}, {"șță", "ro"}, {"řěů", "cs"},
        {"ľĺŕô", "sk"}, {"œ", "fr"}, {"đ", "hr"}, {"ë", "nl", "fr"}, {"ìò", "it"}, {"ŀ", "ca"},
        {"ії", "uk"}, {"єґ", "uk"}, {"ыэё", "ru"}, {"ъ", "bg", "ru"},
    };
    private static final long[] FEATURE_LANGS = new long[0x500];

    static {
        List<String> langs = Stopwords.languages();
        for (String[] f : CHAR_FEATURES) {
            long bits = 0;
            for (int k = 1; k < f.length; k++) {
                int idx = langs.indexOf(f[k]);
                if (idx < 0) {
                    throw new IllegalStateException("no stopword list for " + f[k]);
                }
                bits |= 1L << idx;
            }
            for (int i = 0; i < f[0].length(); i++) {
                FEATURE_LANGS[f[0].charAt(i)] |= bits;
            }
        }
    }

    private LanguageDetector() {
    }

    /** ISO 639-1 code of the text's language, or "und" when undecided. */
    public static String detect(CharSequence text) {
        if (text == null) {
            return "und";
        }
        int n = Math.min(text.length(), SAMPLE);
        if (n > 0 && n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        ScriptCounts s = ScriptCounts.of(text, n);
        if (s.letters < MIN_LETTERS) {
            return "und";
        }
        String byScript = s.language();
        if (byScript != null) {
            return byScript;
        }
        return byWords(text, n);
    }

    /** Latin and Cyrillic text: function-word hits plus distinctive letters, per language. */
    private static String byWords(CharSequence text, int n) {
        List<String> langs = Stopwords.languages();
        int[] hits = new int[langs.size()];
        double[] score = new double[langs.size()];
        int[] words = new int[1];
        Stopwords.forEachWord(text, n, (w, len, end) -> {
            words[0]++;
            boolean initial = len == 1 && end < n && text.charAt(end) == '.';
            if (len <= Stopwords.MAX_LENGTH && !initial) {
                long bits = Stopwords.languagesOf(w, len);
                // one-letter words ("a", "i", "w", "z") are also initials and list markers: half a point
                double weight = len == 1 ? 0.5 : 1;
                for (long b = bits; b != 0; b &= b - 1) {
                    int k = Long.numberOfTrailingZeros(b);
                    hits[k]++;
                    score[k] += weight;
                }
            }
            for (int i = 0; i < len; i++) {
                char c = w[i];
                long bits = c < FEATURE_LANGS.length ? FEATURE_LANGS[c] : 0;
                for (long b = bits; b != 0; b &= b - 1) {
                    score[Long.numberOfTrailingZeros(b)] += CHAR_WEIGHT;
                }
            }
        });
        int best = -1;
        double bestScore = 0;
        for (int k = 0; k < hits.length; k++) {
            double sc = score[k];
            if (hits[k] >= MIN_HITS && hits[k] >= MIN_SHARE * words[0] && (best < 0 || sc > bestScore)) {
                best = k;
                bestScore = sc;
            }
        }
        return best < 0 ? "und" : langs.get(best);
    }

    /** Letters per script in the sample. */
    private static final class ScriptCounts {
        int letters;
        int latin;
        int cyrillic;
        int han;
        int kana;
        int hangul;
        int arabic;
        int persian;
        int urdu;
        int hebrew;
        int greek;
        int devanagari;
        int thai;
        int other;
        int[] others = new int[OTHER_SCRIPTS.length];

        private static final Character.UnicodeScript[] OTHER_SCRIPTS = {
            Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.KHMER, Character.UnicodeScript.LAO,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.ETHIOPIC,
        };
        private static final String[] OTHER_CODES = {
            "hy", "ka", "bn", "ta", "te", "gu", "pa", "kn", "ml", "si", "km", "lo", "my", "am",
        };

        static ScriptCounts of(CharSequence text, int n) {
            ScriptCounts s = new ScriptCounts();
            int i = 0;
            while (i < n) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                s.letters++;
                if (cp < 0x250) {
                    s.latin++;
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                switch (script) {
                    case LATIN -> s.latin++;
                    case CYRILLIC -> s.cyrillic++;
                    case HAN -> s.han++;
                    case HIRAGANA, KATAKANA -> s.kana++;
                    case HANGUL -> s.hangul++;
                    case ARABIC -> {
                        s.arabic++;
                        if ("پچژگکی".indexOf(cp) >= 0) {
                            s.persian++;
                        } else if ("ٹڈڑںےھ".indexOf(cp) >= 0) {
                            s.urdu++;
                        }
                    }
                    case HEBREW -> s.hebrew++;
                    case GREEK -> s.greek++;
                    case DEVANAGARI -> s.devanagari++;
                    case THAI -> s.thai++;
                    default -> {
                        s.other++;
                        for (int k = 0; k < OTHER_SCRIPTS.length; k++) {
                            if (OTHER_SCRIPTS[k] == script) {
                                s.others[k]++;
                                break;
                            }
                        }
                    }
                }
            }
            return s;
        }

        /** The language when the dominant script tells it; null for Latin and Cyrillic (and unknown). */
        String language() {
            int cjk = han + kana;
            int max = Math.max(Math.max(latin, cyrillic), Math.max(cjk, Math.max(hangul, arabic)));
            max = Math.max(max, Math.max(Math.max(hebrew, greek), Math.max(devanagari, thai)));
            int otherMax = 0;
            int otherIdx = -1;
            for (int k = 0; k < others.length; k++) {
                if (others[k] > otherMax) {
                    otherMax = others[k];
                    otherIdx = k;
                }
            }
            // CJK text is dense (one letter per syllable or word): weigh its letters up against Latin ones
            int cjkWeighted = Math.min(letters, 3 * (cjk + hangul));
            if (hangul > 0 && hangul >= cjk && cjkWeighted >= latin && cjkWeighted >= cyrillic) {
                return "ko";
            }
            if (cjk > 0 && cjkWeighted >= latin && cjkWeighted >= cyrillic) {
                return kana * 20 >= cjk ? "ja" : "zh";
            }
            if (otherMax > 0 && otherMax >= max) {
                return OTHER_CODES[otherIdx];
            }
            if (max == latin || max == cyrillic) {
                return null;
            }
            if (max == arabic) {
                if (urdu * 50 >= arabic) {
                    return "ur";
                }
                return persian * 50 >= arabic ? "fa" : "ar";
            }
            if (max == hebrew) {
                return "he";
            }
            if (max == greek) {
                return "el";
            }
            if (max == devanagari) {
                return "hi";
            }
            return "th";
        }
    }
}
