package dev.pith.dates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Month and weekday names in the corpus's languages, with their abbreviations. */
final class Months {
    private static final String[][] MONTHS = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "sty"},
        {"february", "feb", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "lut"},
        {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marzec", "marca"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "wrzesień", "września", "wrz"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "paź"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "gru"},
    };
    private static final String[][] WEEKDAYS = {
        {"monday", "mon", "montag", "lundi", "lunes", "lunedì", "lunedi", "segunda-feira", "maandag", "poniedziałek"},
        {"tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "martedi", "terça-feira", "dinsdag", "wtorek"},
        {"wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi", "quarta-feira", "woensdag", "środa"},
        {"thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "quinta-feira", "donderdag", "czwartek"},
        {"friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta-feira", "vrijdag", "piątek"},
        {"saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "zaterdag", "sobota"},
        {"sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "zondag", "niedziela"},
    };
    private static final Map<String, Integer> MONTH = index(MONTHS);
    private static final Map<String, Integer> WEEKDAY = index(WEEKDAYS);

    private Months() {
    }

    /** 1..12, or 0 when the word is not a month name. */
    static int month(String word) {
        return MONTH.getOrDefault(word.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** 1 (Monday) .. 7, or 0 when the word is not a weekday name. */
    static int weekday(String word) {
        return WEEKDAY.getOrDefault(word.toLowerCase(Locale.ROOT).replace(".", ""), 0);
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
}
