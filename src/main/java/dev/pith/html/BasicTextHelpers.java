package dev.pith.html;

import dev.pith.article.DateValue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simple text helpers for HTML metadata, standing in for {@code dev.pith.dates}, {@code dev.pith.byline} and
 * {@code dev.pith.lang} (see {@link TextHelpers}): numeric and month-name dates in the corpus' main languages,
 * byline names split on "and" and commas, no language detection. Stateless and thread-safe.
 */
final class BasicTextHelpers implements TextHelpers {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
            {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
            {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
        };
        for (String[] lang : names) {
            for (int i = 0; i < 12; i++) {
                MONTHS.putIfAbsent(lang[i], i + 1);
                MONTHS.putIfAbsent(strip(lang[i]), i + 1);
                if (lang[i].length() > 3) {
                    MONTHS.putIfAbsent(lang[i].substring(0, 3), i + 1);
                    MONTHS.putIfAbsent(strip(lang[i].substring(0, 3)), i + 1);
                }
            }
        }
        MONTHS.put("sept", 9);
        MONTHS.put("mrz", 3);
        MONTHS.put("maerz", 3);
        MONTHS.remove("mar"); // "mar" is March in English, but also "mardi"; kept below through "mar."
        MONTHS.put("mar", 3);
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:post author|posted by|posted|published by|written by|geschrieben von|verfasst von|artikel von|ein beitrag von"
                    + "|author|autor(?:in)?|auteur|autore|autor|name|von|by|par|por|di|door|av|af)\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BY = Pattern.compile(
            "^(?:by|von|par|por|di|door|de|av|af|autor(?:in)?|author|written by|text|texte|reporting by|words by)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bi\\b|\\be\\b|\\ben\\b|\\+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:staff|admin|administrator|editor|editors|redaktion|rédaction|redacción|redazione|redakcja|team"
                    + "|newsroom|desk|guest|anonymous|unknown|none|null|reporter|correspondent|agencies|wires?|news|afp|ap"
                    + "|reuters|dpa|apa|ansa|efe|pap|associated press|press association|the associated press|staff writer"
                    + "|staff reporter|contributor|online|web|digital)$");
    private static final int MAX_BYLINE = 500;
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?i)\\s*[,|–—-]\\s*(?:staff writer|staff reporter|reporter|correspondent|editor.*|senior .*|chief .*|contributor"
                    + "|columnist|photographer|for .*|in .*|is .*|updated.*|published.*|\\d.*)$");

    @Override
    public DateValue date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.length() > 300 ? text.substring(0, 300) : text;
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            DateValue d = ymd(m.group(1), m.group(2), m.group(3), text);
            if (d != null) {
                return d;
            }
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                DateValue d = ymd(m.group(3), month.toString(), m.group(1), text);
                if (d != null) {
                    return d;
                }
            }
        }
        m = MONTH_DAY.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                DateValue d = ymd(m.group(3), month.toString(), m.group(2), text);
                if (d != null) {
                    return d;
                }
            }
        }
        m = DMY.matcher(t);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // day first, as written in most of the world; month first only when the day cannot be first
            return b > 12 && a <= 12 ? ymd(m.group(3), m.group(1), m.group(2), text) : ymd(m.group(3), m.group(2), m.group(1), text);
        }
        return null;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        return m != null ? m : MONTHS.get(strip(w));
    }

    private static DateValue ymd(String y, String m, String d, String text) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new DateValue(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day), text.strip(), false, null);
    }

    @Override
    public List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        // a byline is a line: capped, so that ROLE_TAIL's ".*$" after each dash stays linear on hostile markup
        String t = byline.substring(0, Math.min(byline.length(), MAX_BYLINE)).replaceAll("\\s+", " ").strip();
        for (int k = 0; k < 3; k++) {
            t = LABEL.matcher(t).replaceFirst("");
        }
        t = BY.matcher(t).replaceFirst("");
        int bar = t.indexOf('|');
        if (bar > 0) {
            t = t.substring(0, bar).strip();
        }
        for (String part : SPLIT.split(t)) {
            String n = ROLE_TAIL.matcher(part.strip()).replaceFirst("").strip();
            n = BY.matcher(n).replaceFirst("").strip();
            n = n.replaceAll("^[\"'“”‘’(\\[]+|[\"'“”‘’)\\].:;]+$", "").strip();
            if (isName(n) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Newsroom words and labels that are never an author's name. */
    static boolean isNotAName(String n) {
        return NOT_A_NAME.matcher(n).matches() || LABEL.matcher(n + " ").matches()
                || n.toLowerCase(Locale.ROOT).matches("posted|published|on|am|le|el|il|by|von|name|author|autor|share|admin");
    }

    /** A person's name: one to five words, letters (and . ' -), no digits, not a newsroom word or a URL. */
    static boolean isName(String n) {
        if (n.isEmpty() || n.length() > 60 || n.contains("://") || n.contains("@") || n.startsWith("www.")
                || isNotAName(n)) {
            return false;
        }
        String[] words = n.split(" ");
        if (words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
            }
            if (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 1 && (words.length == 1 ? n.length() >= 2 : true)
                && capitalised * 2 >= words.length;
    }

    @Override
    public String language(String text) {
        return "und";
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
