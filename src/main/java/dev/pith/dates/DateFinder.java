package dev.pith.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a text mentions: ISO dates, numeric day-first dates, written dates in the corpus's
 * languages ("25 November 2023", "November 25th, 2023", "am 19. November 2019", "3 de marzo de 2021"),
 * CJK dates, and relative dates ("3 hours ago", "vor 2 Tagen", "yesterday"). A day and month with no year
 * take the year from the weekday written beside them, else from the context's year hint, and say so.
 * Stateless and thread-safe; every pattern is bounded, so the work is linear in the text.
 */
public final class DateFinder {
    private static final int MAX_TEXT = 1 << 20;
    /** A word that may be a month or weekday name: checked against {@link Months} in code, which is far
     *  cheaper than a regex alternation of some two hundred names tried at every position. */
    private static final String NAME = "\\p{L}{2,13}(?!\\p{L})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String TIME = "(?:,?\\s{0,3}(?:at|um|à|a las|alle|,|-|/)?\\s{0,3}(?<h>\\d{1,2})[:h.](?<mi>\\d{2})"
            + "(?::(?<s>\\d{2}))?\\s{0,2}(?<ampm>a\\.?m\\.?|p\\.?m\\.?|uhr|h)?(?![\\d.]))?";
    private static final String WEEKDAY_PREFIX = "(?:(?<wd>" + NAME + ")\\.?,?\\s{0,3}(?:\\(\\s{0,2})?(?:the\\s)?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
                    + "(?:\\.\\d{1,9})?(?<tz>Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])", FLAGS);
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<![\\d./])(?<y>(?:19|20)\\d{2})/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(?<d>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d]|[./-]\\d)" + TIME, FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY_PREFIX + "(?<d>\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?\\s{0,2}(?:de\\s|of\\s)?\\s{0,2}"
                    + "(?<mon>" + NAME + ")\\.?(?![\\p{L}])(?:,?\\s{0,2}(?:de\\s{1,2})?(?<y>(?:19|20)\\d{2})(?!\\d))?" + TIME, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + WEEKDAY_PREFIX + "(?<mon>" + NAME + ")\\.?\\s{1,2}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])"
                    + "(?:,?\\s{0,2}(?<y>(?:19|20)\\d{2})(?!\\d))?\\)?" + TIME, FLAGS);
    private static final Pattern CJK = Pattern.compile("(?<y>\\d{4})\\s?年\\s?(?<m>\\d{1,2})\\s?月\\s?(?<d>\\d{1,2})\\s?[日号]");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![\\p{L}])(?:(?<n1>\\d{1,3})\\s{1,2}(?<u1>minutes?|mins?|hours?|hrs?|days?|weeks?)\\s{1,2}ago"
                    + "|vor\\s{1,2}(?<n2>\\d{1,3})\\s{1,2}(?<u2>minuten|minute|stunden|stunde|tagen|tag|wochen|woche)"
                    + "|il\\sy\\sa\\s{1,2}(?<n3>\\d{1,3})\\s{1,2}(?<u3>minutes?|heures?|jours?|semaines?)"
                    + "|hace\\s{1,2}(?<n4>\\d{1,3})\\s{1,2}(?<u4>minutos?|horas?|días?|dias?|semanas?)"
                    + "|(?<word>yesterday|gestern|hier|ayer|ieri|ontem|wczoraj|today|heute|aujourd'hui|hoy|oggi|hoje|dzisiaj))(?![\\p{L}])",
            FLAGS);

    private DateFinder() {
    }

    /** All dates the text mentions, in order, none overlapping another. */
    public static List<DateMention> find(String text, DateContext context) {
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<DateMention> all = new ArrayList<>();
        if (!hasDigit(t)) { // every date but "yesterday" and its kin has a digit
            Matcher r = RELATIVE.matcher(t);
            while (r.find()) {
                all.add(relative(r, context));
            }
            return all;
        }
        collect(ISO.matcher(t), t, context, all, Kind.NUMBERS);
        collect(SLASHED_ISO.matcher(t), t, context, all, Kind.NUMBERS);
        collect(NUMERIC.matcher(t), t, context, all, Kind.NUMBERS);
        collect(DAY_MONTH.matcher(t), t, context, all, Kind.WRITTEN);
        collect(MONTH_DAY.matcher(t), t, context, all, Kind.WRITTEN);
        collect(CJK.matcher(t), t, context, all, Kind.NUMBERS);
        Matcher r = RELATIVE.matcher(t);
        while (r.find()) {
            all.add(relative(r, context));
        }
        return nonOverlapping(all);
    }

    private enum Kind { NUMBERS, WRITTEN }

    private static void collect(Matcher m, String t, DateContext context, List<DateMention> out, Kind kind) {
        while (m.find()) {
            DateMention d = kind == Kind.WRITTEN ? written(m, context) : numeric(m);
            if (d != null) {
                out.add(d);
            }
        }
    }

    private static DateMention numeric(Matcher m) {
        int d = Integer.parseInt(m.group("d"));
        int mo = Integer.parseInt(m.group("m"));
        String ys = m.group("y");
        int y = Integer.parseInt(ys);
        if (ys.length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        if (mo > 12 && d <= 12 && !hasGroup(m, "sep")) {
            return null;
        }
        if (mo > 12 && d <= 12) { // month-first (US) written with day > 12
            int swap = d;
            d = mo;
            mo = swap;
        }
        return build(m, m.start(), y, mo, d, false, null);
    }

    private static DateMention written(Matcher m, DateContext context) {
        int mo = Months.month(m.group("mon").replace(".", ""));
        int d = Integer.parseInt(m.group("d"));
        if (mo == 0) {
            return null;
        }
        String wd = m.group("wd");
        int weekday = wd == null ? 0 : Months.weekday(wd);
        int start = weekday == 0 && wd != null ? Math.min(m.start("mon"), m.start("d")) : m.start();
        String ys = m.group("y");
        if (ys != null) {
            return build(m, start, Integer.parseInt(ys), mo, d, false, null);
        }
        if (weekday != 0) {
            Integer year = yearForWeekday(mo, d, weekday, hint(context));
            if (year != null) {
                return build(m, start, year, mo, d, true, "year from weekday " + capitalise(wd));
            }
        }
        Integer hint = hint(context);
        if (hint != null && validDay(hint, mo, d)) {
            return build(m, start, hint, mo, d, true, "year from the document's other dates");
        }
        if (!validDay(2000, mo, d)) {
            return null;
        }
        String text = m.group().substring(start - m.start()).strip();
        return new DateMention(start, start + text.length(), text, null, Precision.DAY, false, "no year given");
    }

    private static Integer hint(DateContext context) {
        if (context.yearHint() != null) {
            return context.yearHint();
        }
        return context.referenceDate() == null ? null : context.referenceDate().getYear();
    }

    /** The year nearest the hint in which month/day falls on the weekday; with no hint, none. */
    static Integer yearForWeekday(int month, int day, int weekday, Integer hint) {
        if (hint == null || weekday == 0) {
            return null;
        }
        for (int delta = 0; delta <= 6; delta++) {
            for (int y : new int[] {hint - delta, hint + delta}) {
                if (validDay(y, month, day) && LocalDate.of(y, month, day).getDayOfWeek() == DayOfWeek.of(weekday)) {
                    return y;
                }
            }
        }
        return null;
    }

    private static DateMention build(Matcher m, int from, int y, int mo, int d, boolean inferred, String inference) {
        if (!validDay(y, mo, d)) {
            return null;
        }
        StringBuilder iso = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d));
        Precision p = Precision.DAY;
        String h = group(m, "h");
        String mi = group(m, "mi");
        if (h != null && mi != null) {
            int hour = Integer.parseInt(h);
            int minute = Integer.parseInt(mi);
            String ampm = group(m, "ampm");
            if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) {
                hour += 12;
            } else if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("a") && hour == 12) {
                hour = 0;
            }
            if (hour < 24 && minute < 60) {
                iso.append(String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
                p = Precision.MINUTE;
                String s = group(m, "s");
                if (s != null && Integer.parseInt(s) < 60) {
                    iso.append(':').append(s);
                    p = Precision.SECOND;
                }
                String tz = group(m, "tz");
                if (tz != null) {
                    iso.append(tz.length() == 5 ? tz.substring(0, 3) + ":" + tz.substring(3) : tz);
                }
            }
        }
        String matched = m.group().substring(from - m.start());
        String text = matched.strip();
        int start = from + matched.indexOf(text);
        return new DateMention(start, start + text.length(), text, iso.toString(), p, inferred, inference);
    }

    private static DateMention relative(Matcher r, DateContext context) {
        String text = r.group();
        LocalDate ref = context.referenceDate();
        if (ref == null) {
            return new DateMention(r.start(), r.end(), text, null, Precision.DAY, false, "relative, no reference date");
        }
        LocalDate when = ref;
        String word = r.group("word");
        if (word != null) {
            String w = word.toLowerCase(Locale.ROOT);
            boolean yesterday = w.equals("yesterday") || w.equals("gestern") || w.equals("hier") || w.equals("ayer")
                    || w.equals("ieri") || w.equals("ontem") || w.equals("wczoraj");
            when = yesterday ? ref.minusDays(1) : ref;
        } else {
            for (int g = 1; g <= 4; g++) {
                String n = r.group("n" + g);
                if (n != null) {
                    String unit = r.group("u" + g).toLowerCase(Locale.ROOT);
                    long count = Long.parseLong(n);
                    if (unit.startsWith("d") || unit.startsWith("t") || unit.startsWith("j")) {
                        when = ref.minusDays(count);
                    } else if (unit.startsWith("w") || unit.startsWith("s")) {
                        when = ref.minusWeeks(count);
                    } else if (unit.startsWith("h") || unit.startsWith("st")) {
                        when = ref.minusDays(count >= 24 ? count / 24 : 0);
                    }
                    break;
                }
            }
        }
        return new DateMention(r.start(), r.end(), text, when.toString(), Precision.DAY, true,
                "relative to reference date " + ref);
    }

    private static List<DateMention> nonOverlapping(List<DateMention> all) {
        all.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(d -> -(d.end() - d.start())));
        List<DateMention> out = new ArrayList<>();
        int end = -1;
        for (DateMention d : all) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            } else if (!out.isEmpty() && d.end() - d.start() > out.get(out.size() - 1).end() - out.get(out.size() - 1).start()
                    && d.start() == out.get(out.size() - 1).start()) {
                out.set(out.size() - 1, d);
                end = d.end();
            }
        }
        return out;
    }

    static boolean validDay(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) {
            return false;
        }
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        return group(m, name) != null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
