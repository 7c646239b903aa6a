package dev.pith.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish with its
 * genitive forms, Russian), with their abbreviations; and the words that start or end a relative date.
 * Lookups take any case, with or without a final dot.
 */
final class Months {
    private static final String[][] MONTHS = {
        {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
            "styczeń", "stycznia", "sty", "январь", "января", "янв"},
        {"february", "feb", "febr", "februar", "feber", "février", "févr", "fevrier", "fevr", "febrero", "febbraio", "fevereiro", "fev",
            "februari", "luty", "lutego", "lut", "февраль", "февраля", "фев", "февр"},
        {"march", "mar", "märz", "mär", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "март", "марта"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "апрель", "апреля", "апр"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "июнь", "июня", "июн"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip", "июль", "июля", "июл"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie", "август", "августа", "авг"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września",
            "wrz", "сентябрь", "сентября", "сен", "сент"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października",
            "paź", "октябрь", "октября", "окт"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "ноябрь", "ноября", "ноя", "нояб"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień",
            "grudnia", "gru", "декабрь", "декабря", "дек"},
    };
    /**
     * Names that are also everyday words in one of the languages ("set", "out", "gen", "sie", "lip"...): they
     * count as a month only with a written year, a weekday beside them, or an abbreviation dot.
     */
    private static final Set<String> WEAK = Set.of("gen", "mag", "set", "out", "ago", "sie", "lis", "lut", "lip", "sty", "cze",
            "kwi", "wrz", "gru", "mrt", "marca", "mar", "ene", "dic");
    /** Names that read as something else when followed by a year alone ("Mars 2020", "la marca 2021"). */
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("mars", "marca", "maja");
    private static final String[][] WEEKDAYS = {
        {"monday", "mon", "montag", "lundi", "lunes", "lunedì", "lunedi", "segunda-feira", "segunda", "maandag", "poniedziałek",
            "понедельник"},
        {"tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "martedi", "terça-feira", "terça", "dinsdag", "wtorek",
            "вторник"},
        {"wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi", "quarta-feira", "quarta",
            "woensdag", "środa", "среда"},
        {"thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "quinta-feira", "quinta",
            "donderdag", "czwartek", "четверг"},
        {"friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta-feira", "sexta", "vrijdag", "piątek",
            "пятница"},
        {"saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "zaterdag", "sobota", "суббота"},
        {"sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "zondag", "niedziela", "воскресенье"},
    };
    /** Day words and what they are relative to the reference date, in days. */
    private static final Map<String, Integer> DAY_WORDS = Map.ofEntries(
            Map.entry("yesterday", -1), Map.entry("gestern", -1), Map.entry("hier", -1), Map.entry("ayer", -1),
            Map.entry("ieri", -1), Map.entry("ontem", -1), Map.entry("wczoraj", -1), Map.entry("gisteren", -1),
            Map.entry("вчера", -1),
            Map.entry("vorgestern", -2), Map.entry("anteayer", -2), Map.entry("anteontem", -2), Map.entry("altroieri", -2),
            Map.entry("przedwczoraj", -2), Map.entry("eergisteren", -2), Map.entry("позавчера", -2),
            Map.entry("today", 0), Map.entry("heute", 0), Map.entry("hoy", 0), Map.entry("oggi", 0), Map.entry("hoje", 0),
            Map.entry("dzisiaj", 0), Map.entry("dziś", 0), Map.entry("vandaag", 0), Map.entry("сегодня", 0));
    /** Words that begin a counted relative date ("vor 2 Tagen", "il y a 3 jours", "hace 2 días", "há 2 dias"). */
    private static final Set<String> RELATIVE_STARTS = Set.of("vor", "il", "hace", "há");
    /** Words that end one ("3 days ago", "3 giorni fa", "2 dagen geleden", "2 dni temu", "3 дня назад"). */
    private static final Set<String> RELATIVE_ENDS = Set.of("ago", "fa", "geleden", "temu", "назад");

    private static final Map<String, Integer> MONTH = index(MONTHS);
    private static final Map<String, Integer> WEEKDAY = index(WEEKDAYS);
    private static final Set<String> ANCHORS = anchors();
    /** Bits set at the low 16 bits of each anchor's hash: lets a scan skip most words without building a String. */
    private static final long[] ANCHOR_HASHES = hashBits(ANCHORS);

    private Months() {
    }

    /** 1..12, or 0 when the word is not a month name. */
    static int month(String word) {
        return MONTH.getOrDefault(key(word), 0);
    }

    /** True for a month name that is also a common word and needs more evidence to be read as a month. */
    static boolean weak(String word) {
        return WEAK.contains(key(word));
    }

    /** True for a month name that must not be read as a month when only a year follows it. */
    static boolean notBeforeYear(String word) {
        return NOT_BEFORE_YEAR.contains(key(word));
    }

    /** 1 (Monday) .. 7, or 0 when the word is not a weekday name. */
    static int weekday(String word) {
        return WEEKDAY.getOrDefault(key(word), 0);
    }

    /** Days from the reference date for "yesterday", "gestern", "hier"..., or null for any other word. */
    static Integer dayWord(String word) {
        return DAY_WORDS.get(key(word));
    }

    /** True when the lower-case word may be part of a date: where {@link DateFinder} looks closer. */
    static boolean isAnchor(String lowerWord) {
        return ANCHORS.contains(lowerWord);
    }

    /** True for a lower-case word that begins a counted relative date ("vor", "il", "hace", "há"). */
    static boolean relativeStart(String lowerWord) {
        return RELATIVE_STARTS.contains(lowerWord);
    }

    /** True for a lower-case word that ends one ("ago", "fa", "geleden", "temu", "назад"). */
    static boolean relativeEnd(String lowerWord) {
        return RELATIVE_ENDS.contains(lowerWord);
    }

    /**
     * False when no anchor has this hash, the {@link String#hashCode()} of the lower-cased word (computed
     * char by char with {@link Character#toLowerCase(char)}); true means "maybe".
     */
    static boolean maybeAnchor(int hash) {
        int bit = hash & 0xFFFF;
        return (ANCHOR_HASHES[bit >>> 6] & 1L << (bit & 63)) != 0;
    }

    private static long[] hashBits(Set<String> words) {
        long[] bits = new long[1 << 10];
        for (String w : words) {
            int bit = w.hashCode() & 0xFFFF;
            bits[bit >>> 6] |= 1L << (bit & 63);
        }
        return bits;
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Map<String, Integer> index(String[][] table) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                m.putIfAbsent(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static Set<String> anchors() {
        Set<String> s = new HashSet<>(MONTH.keySet());
        s.addAll(DAY_WORDS.keySet());
        s.addAll(RELATIVE_STARTS);
        s.addAll(RELATIVE_ENDS);
        s.add("aujourd"); // aujourd'hui
        s.add("avant"); // avant-hier
        return Set.copyOf(s);
    }
}
