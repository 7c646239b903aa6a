package dev.pith.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text as an ISO 639-1 code: by script for the scripts one language dominates
 * (Han with kana is Japanese, Hangul Korean, Greek, Hebrew, Thai...), and by counting the most frequent
 * function words of each language for Latin and Cyrillic text. "und" when there is too little to tell.
 * Deterministic, stateless and thread-safe; reads at most the first 20,000 characters.
 */
public final class LanguageDetector {
    private static final int SAMPLE = 20_000;
    private static final int MIN_HITS = 3;
    private static final int MAX_STOPWORD = 8;
    private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as",
                    "are", "be", "this", "by", "have", "from", "at", "not", "but", "they", "his", "which", "you", "has",
                    "were", "their", "been", "will", "would", "who", "its", "said", "there", "we", "an", "or")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "ich", "es", "mit", "sich", "auf", "für",
                    "den", "dem", "ein", "eine", "auch", "als", "von", "zu", "im", "wird", "sie", "wir", "bei", "aus",
                    "nach", "werden", "noch", "wie", "einer", "über", "hat", "sind", "oder", "aber", "des", "vor", "dass")),
            Map.entry("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "dans", "que", "qui", "pour",
                    "pas", "sur", "au", "avec", "il", "ce", "plus", "par", "sont", "ont", "elle", "mais", "ou", "aux",
                    "nous", "été", "cette", "être", "leur", "comme", "ses", "fait", "sa", "son")),
            Map.entry("es", Set.of("el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una",
                    "con", "para", "es", "al", "lo", "como", "más", "pero", "sus", "su", "le", "ha", "este", "sobre",
                    "entre", "también", "fue", "ya", "muy", "sin", "hay", "está", "cuando", "desde", "todo")),
            Map.entry("it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della",
                    "in", "è", "gli", "le", "con", "si", "da", "dei", "delle", "alla", "al", "anche", "come", "più",
                    "ma", "questo", "nel", "nella", "ha", "essere", "lo", "ci", "sul", "tra", "stato")),
            Map.entry("pt", Set.of("de", "que", "e", "o", "a", "do", "da", "em", "um", "para", "é", "com", "não",
                    "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das",
                    "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também")),
            Map.entry("nl", Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor",
                    "met", "die", "niet", "aan", "er", "om", "ook", "als", "dan", "maar", "bij", "of", "nog", "wordt",
                    "door", "naar", "worden", "hij", "zij", "wat", "heeft", "werd", "kan")),
            Map.entry("pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po",
                    "co", "od", "przez", "dla", "jego", "ale", "za", "tak", "są", "czy", "tym", "był", "oraz", "już",
                    "może", "tylko", "który", "która", "które", "także", "przy")),
            Map.entry("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                    "har", "de", "inte", "om", "ett", "men", "var", "jag", "vi", "så", "från", "kan", "sig", "eller")),
            Map.entry("da", Set.of("og", "i", "at", "det", "er", "en", "til", "på", "af", "med", "for", "den", "de",
                    "som", "har", "ikke", "et", "var", "om", "vi", "der", "kan", "fra", "men", "også", "blev")),
            Map.entry("no", Set.of("og", "i", "det", "er", "som", "på", "en", "til", "av", "for", "med", "at", "har",
                    "ikke", "den", "de", "et", "var", "om", "vi", "seg", "fra", "men", "også", "ble", "kan", "etter")),
            Map.entry("fi", Set.of("ja", "on", "ei", "se", "että", "oli", "hän", "myös", "kun", "ovat", "mutta",
                    "tai", "joka", "sen", "niin", "kuin", "mukaan", "vuoden", "jo", "ole")),
            Map.entry("cs", Set.of("a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "o", "jako", "by", "ale",
                    "jsou", "pro", "k", "tak", "byl", "které", "který", "také", "jeho", "podle")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "daha", "olarak", "gibi",
                    "en", "ne", "ama", "olan", "kadar", "sonra", "her", "değil", "var")),
            Map.entry("ro", Set.of("și", "de", "la", "în", "a", "cu", "pe", "care", "nu", "să", "din", "este", "o",
                    "mai", "un", "au", "fost", "pentru", "ca", "sau", "lui", "prin")),
            Map.entry("hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "volt", "már",
                    "csak", "mint", "még", "ez", "el", "ki", "azt", "után")),
            Map.entry("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "у", "за", "от",
                    "о", "для", "так", "же", "но", "был", "его", "она", "они", "или", "уже", "только")),
            Map.entry("uk", Set.of("і", "в", "не", "на", "що", "з", "у", "до", "та", "як", "це", "за", "від", "для",
                    "по", "але", "його", "також", "які", "який", "було", "він", "вона")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam",
                    "akan", "pada", "juga", "ada", "ke", "karena", "oleh", "atau", "sudah", "saya", "bisa", "kita")));

    /** Languages in a fixed order, and for every stopword the set of them it belongs to, as bits. */
    private static final List<String> LANGUAGES = STOPWORDS.keySet().stream().sorted().toList();
    private static final Map<String, Long> WORD_LANGUAGES = wordLanguages();

    private LanguageDetector() {
    }

    private static Map<String, Long> wordLanguages() {
        Map<String, Long> m = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            long bit = 1L << i;
            for (String w : STOPWORDS.get(LANGUAGES.get(i))) {
                m.merge(w, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(m);
    }

    /** ISO 639-1 code of the text's language, or "und". */
    public static String detect(CharSequence text) {
        int n = Math.min(text.length(), SAMPLE);
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (letters < 20) {
            return "und";
        }
        String byScript = byScript(scripts, letters);
        if (byScript != null) {
            return byScript;
        }
        return byStopwords(text.subSequence(0, n).toString());
    }

    private static String byScript(Map<Character.UnicodeScript, Integer> s, int letters) {
        int kana = s.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + s.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int han = s.getOrDefault(Character.UnicodeScript.HAN, 0);
        if (kana > 0.05 * letters) {
            return "ja";
        }
        if (han > 0.3 * letters) {
            return "zh";
        }
        String[][] single = {{"HANGUL", "ko"}, {"ARABIC", "ar"}, {"HEBREW", "he"}, {"GREEK", "el"}, {"THAI", "th"},
            {"DEVANAGARI", "hi"}, {"ARMENIAN", "hy"}, {"GEORGIAN", "ka"}, {"BENGALI", "bn"}, {"TAMIL", "ta"}};
        for (String[] e : single) {
            if (s.getOrDefault(Character.UnicodeScript.valueOf(e[0]), 0) > 0.3 * letters) {
                return e[1];
            }
        }
        return null;
    }

    private static String byStopwords(String text) {
        int[] hits = new int[LANGUAGES.size()];
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
                j++;
            }
            if (j > i && j - i <= MAX_STOPWORD) {
                Long langs = WORD_LANGUAGES.get(lower.substring(i, j));
                if (langs != null) {
                    for (int k = 0; k < hits.length; k++) {
                        if ((langs & (1L << k)) != 0) {
                            hits[k]++;
                        }
                    }
                }
            }
            i = j;
        }
        String best = "und";
        int bestHits = MIN_HITS - 1;
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] > bestHits) {
                best = LANGUAGES.get(k);
                bestHits = hits[k];
            }
        }
        return best;
    }
}
