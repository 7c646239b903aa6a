package dev.pith.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a text mentions.
 *
 * <p>Forms read:
 * <ul>
 *   <li>ISO: {@code 2023-11-25}, {@code 2023-11-25T14:30:00Z}, {@code 2023-11-25 14:30}, {@code 2023/11/25},
 *       {@code 2023.11.25};</li>
 *   <li>numeric day, month and year with {@code .}, {@code /} or {@code -} ({@code 25.11.2023}, {@code 18. 05. 2014},
 *       {@code 25/11/23}). <b>Order rule:</b> day first, as everywhere but the US. A slash or dash date is read
 *       month first when the context says so ({@link DateContext#monthFirst()}), or when the same text has a
 *       slash or dash date that can only be month first ({@code 11/19/2019}) and none that can only be day
 *       first. A reading that is impossible one way ({@code 11/19/2019}) is taken the other way. Dotted dates
 *       are always day first. Two-digit years only with {@code .} or {@code /};</li>
 *   <li>written months in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish (with genitives:
 *       "3 listopada 2021") and Russian, with abbreviations ("Nov.", "Sept", "janv.") and ordinals ("25th",
 *       "1er", "3."): "November 25, 2023", "25 November 2023", "Nov 25th", "Saturday, November 25, 2023",
 *       "am 19. November 2019", "le 25 novembre 2023", "el 3 de marzo de 2021";</li>
 *   <li>a written month and year: "November 2023" gives {@code 2023-11} at {@link Precision#MONTH};</li>
 *   <li>CJK: "2019年11月19日", "2019년 11월 19일", "2019年11月" (month precision);</li>
 *   <li>a time after a date: "14:30", "2:30 p.m.", "14h30", "14.30 Uhr", with "GMT", "UTC", "Z" or "+01:00";</li>
 *   <li>relative dates: "3 hours ago", "an hour ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días",
 *       "3 giorni fa", "há 2 dias", "2 dagen geleden", "2 dni temu", "yesterday", "gestern", "hier" (only
 *       in French context), "today", "vorgestern"... Resolved against the reference date when there is one.</li>
 * </ul>
 *
 * <p>A day and month with no year ("Saturday (November 25th)") take the year in which that day falls on the
 * weekday written beside them, nearest the year hint (or else the reference date's year); with no weekday,
 * the year hint. Without either, the mention is reported with {@code iso == null}. "30.11." (day and month
 * with dots, no year) is reported only when the year hint completes it.
 *
 * <p>Not dates: plain numbers, scores ("3-1"), versions ("1.2.3", "v1.2.20"), prices, phone numbers, year
 * ranges ("2019-2020"), a lone year ("in 2019"), month names that are also common words without more
 * evidence ("3 out of 5", "sagte sie 5"), lower-case "may", impossible dates (Feb 30, month 13).
 *
 * <p>Stateless and thread-safe. Linear time: a scan finds the places a date can be (month names, relative
 * date words, digit groups shaped like a date's) and the bounded patterns only run around them. At most
 * {@link #MAX_TEXT} characters are searched and {@link #MAX_MENTIONS} mentions reported per call.
 */
public final class DateFinder {
    /** Characters searched per call; the rest of a longer text is ignored. */
    public static final int MAX_TEXT = 4 << 20;
    /** Mentions reported per call at most. */
    public static final int MAX_MENTIONS = 20_000;
    private static final int BEFORE = 40;
    private static final int AFTER = 72;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A word that may be a month or weekday name: checked against {@link Months} in code. */
    private static final String NAME = "\\p{L}{2,13}+(?!\\p{L})";
    /** A year; it may be glued to what follows when that is a day ("202219. Dezember") or a time ("202221:25"). */
    private static final String YEAR = "(?<y>(?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}(?:[.:]|\\s{1,2}\\p{L})))";
    /** Where a written date may start: not inside a word or number, but right after a glued year or offset. */
    private static final String WORD_START = "(?:(?<![\\p{L}\\d])|(?<=\\p{Ll})(?=\\d{1,2}\\.\\s)|(?<=\\d)(?<=(?:19|20)\\d{2}|[+-]\\d{2}:\\d{2}))";
    private static final String TIME = "(?<time>,?\\s{0,3}(?:at|um|à|a las|a la|alle|ore|às|o|godz\\.|kl\\.|,|-|–|—|/|\\||@)?\\s{0,3}"
            + "(?:(?<h>\\d{1,2})(?::|h)(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?:\\s{0,2}(?<ampm>[ap]\\.?\\s?m\\.?|uhr|h(?!\\p{L})))?"
            + "|(?<h2>\\d{1,2})\\.(?<mi2>\\d{2})\\s{0,2}(?:uhr|h(?!\\p{L})))"
            + "(?!\\d|[.:]\\d)"
            + "(?:\\s{0,2}(?:(?:GMT|UTC)?(?<tz>[+-]\\d{2}:?\\d{2}|[+-]\\d{1,2}(?![\\d:]))|(?<utc>GMT|UTC|Z)(?!\\p{L})))?)?";

    /**
     * Put first in a form whose match starts with a digit: every other position fails on one test, not after the
     * form's look-behinds and alternatives (each form's search tries every position of its region; the forms' first
     * tests were most of the date search's time, JFR, dev dumps). A look-ahead of what the form's first node
     * matches anyway, so the form matches what it did.
     */
    private static final String AT_DIGIT = "(?=\\d)";
    /** The same for a form whose match starts with a name at a word's start. */
    private static final String AT_WORD = "(?<!\\p{L})(?=\\p{L})";
    /** The same for {@link #RELATIVE}: its forms start with a number or with "a", "o", "v", "i", "h", "u" or "e". */
    private static final String AT_RELATIVE = "(?=[\\daovihue])";

    private static final Pattern ISO = Pattern.compile(
            AT_DIGIT + "(?<![\\d.])(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})"
                    + "(?:(?:T|\\s)(?<h>\\d{2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(?:(?<tz>Z|[+-]\\d{2}:\\d{2}|[+-]\\d{2}(?:\\d{2})?(?!\\d))|(?!\\d))|(?!\\d))");
    private static final Pattern YMD = Pattern.compile(
            AT_DIGIT + "(?<![\\d./])(?<y>(?:19|20)\\d{2})(?<sep>/|\\.\\s?)(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})\\.?(?!\\d|[/.]\\d)" + TIME, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            AT_DIGIT + "(?<![\\d.,/-])(?<a>\\d{1,2})(?<sep>\\.\\s?|/|-)(?<b>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2}|\\d{2})(?!\\d|[./-]\\d)" + TIME,
            FLAGS);
    private static final Pattern DAY_MONTH_DOTS = Pattern.compile(
            AT_DIGIT + "(?<![\\p{L}\\d.,/-])(?<d>\\d{2})\\.(?<m>\\d{2})\\.(?!\\d|\\s?\\d)", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            AT_DIGIT + WORD_START + "(?<d>\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°|ª)?\\s{0,2}(?:de\\s|of\\s|/\\s{0,2})?\\s{0,2}"
                    + "(?<mon>" + NAME + ")(?<dot>\\.)?(?:,?\\s{0,2}(?:/\\s{0,2})?(?:del?\\s{1,2})?" + YEAR + ")?" + TIME, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            AT_WORD + WORD_START + "(?<mon>" + NAME + ")(?<dot>\\.)?\\s{1,2}(?<d>\\d{1,2})(?:st|nd|rd|th|er|º)?(?!\\d|[:.]\\d)"
                    + "(?:,?\\s{0,2}" + YEAR + ")?\\)?" + TIME, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?<mon>" + NAME + ")(?<dot>\\.)?,?\\s{1,2}(?:del?\\s{1,2}|of\\s{1,2})?(?<y>(?:19|20)\\d{2})"
                    + "(?!\\d|[.,]\\d|\\s?[-–/]\\s?\\d)", FLAGS);
    private static final Pattern CJK = Pattern.compile(
            AT_DIGIT + "(?<![\\d])(?<y>(?:19|20)\\d{2})\\s?[年년]\\s?(?<m>\\d{1,2})\\s?[月월](?:\\s?(?<d>\\d{1,2})\\s?[日号일])?"
                    + "(?:\\s{0,2}(?:[(（]\\S[)）]\\s{0,2})?(?<h>\\d{1,2})[:時时시](?<mi>\\d{2})(?!\\d))?");
    private static final Pattern RELATIVE = Pattern.compile(
            AT_RELATIVE + "(?<![\\p{L}\\d])(?:(?<n1>\\d{1,3}|an?|one)\\s{1,2}(?<u1>minutes?|mins?|hours?|hrs?|days?|weeks?)\\s{1,2}ago"
                    + "|vor\\s{1,2}(?<n2>\\d{1,3}|einem|einer)\\s{1,2}(?<u2>minuten|minute|stunden|stunde|tagen|tag|wochen|woche)"
                    + "|il\\s{1,2}y\\s{1,2}a\\s{1,2}(?<n3>\\d{1,3}|une?)\\s{1,2}(?<u3>minutes?|heures?|jours?|semaines?)"
                    + "|hace\\s{1,2}(?<n4>\\d{1,3}|una?)\\s{1,2}(?<u4>minutos?|horas?|días?|dias?|semanas?)"
                    + "|(?<n5>\\d{1,3}|una?|un)\\s{1,2}(?<u5>minuti|minuto|ore|ora|giorni|giorno|settimane|settimana)\\s{1,2}fa"
                    + "|há\\s{1,2}(?<n6>\\d{1,3}|uma?)\\s{1,2}(?<u6>minutos?|horas?|dias?|semanas?)"
                    + "|(?<n7>\\d{1,3}|een)\\s{1,2}(?<u7>minuten|minuut|uur|uren|dagen|dag|weken|week)\\s{1,2}geleden"
                    + "|(?<n8>\\d{1,3})\\s{1,2}(?<u8>minut[ęy]?|godzin[ęy]?|godz\\.|dni|dzień|tygodni[ea]?|tydzień)\\s{1,2}temu"
                    + "|(?<n9>\\d{1,3})\\s{1,2}(?<u9>минуты?|минут|час|часа|часов|день|дня|дней|недел[юиь]|недель)\\s{1,2}назад"
                    + ")(?![\\p{L}])", FLAGS);
    private static final int RELATIVE_FORMS = 9;
    /** Minutes per unit, by the unit's first letters in lower case. */
    private static final Map<String, Integer> UNIT_MINUTES = Map.ofEntries(
            Map.entry("min", 1), Map.entry("мин", 1),
            Map.entry("hou", 60), Map.entry("hr", 60), Map.entry("hrs", 60), Map.entry("stu", 60), Map.entry("heu", 60),
            Map.entry("hor", 60), Map.entry("ore", 60), Map.entry("ora", 60), Map.entry("uur", 60), Map.entry("ure", 60),
            Map.entry("god", 60), Map.entry("час", 60),
            Map.entry("day", 1440), Map.entry("tag", 1440), Map.entry("jou", 1440), Map.entry("día", 1440),
            Map.entry("dia", 1440), Map.entry("gio", 1440), Map.entry("dag", 1440), Map.entry("dni", 1440),
            Map.entry("dzi", 1440), Map.entry("ден", 1440), Map.entry("дня", 1440), Map.entry("дне", 1440),
            Map.entry("wee", 10080), Map.entry("woc", 10080), Map.entry("sem", 10080), Map.entry("set", 10080),
            Map.entry("wek", 10080), Map.entry("tyg", 10080), Map.entry("tyd", 10080), Map.entry("нед", 10080));
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?:\\b(?:version|versión|versione|versão|release|build)\\s?|(?<!\\p{L})[vV])$", FLAGS);
    private static final Pattern FRENCH_WORD = Pattern.compile(
            "(?<!\\p{L})(?:le|la|les|des|du|est|et|une|un|au|aux|ont|été|qui|que|dans|sur|pour|pas|soir|matin|depuis|elle|il|a|à)(?!\\p{L})",
            FLAGS);
    private static final Pattern GERMANIC_WORD = Pattern.compile(
            "(?<!\\p{L})(?:ist|und|der|die|das|sie|ich|wir|mit|auf|nach|den|dem|sind|bin|finden|klicken|het|een|van|zijn|niet|ook|is)(?!\\p{L})",
            FLAGS);

    private enum Form { ISO, YMD, NUMERIC, DAY_MONTH_DOTS, DAY_MONTH, MONTH_DAY, MONTH_YEAR, CJK, RELATIVE }

    private static final Form[] FORMS = Form.values();
    private static final Pattern[] PATTERNS = {ISO, YMD, NUMERIC, DAY_MONTH_DOTS, DAY_MONTH, MONTH_DAY, MONTH_YEAR, CJK, RELATIVE};
    private static final int DASH = 1;
    private static final int SLASH = 2;
    private static final int DOT = 4;
    private static final int CJK_MARK = 8;
    /** A word of the region may be a month's name ({@link Search#mayNameMonth}). */
    private static final int MONTH_NAME = 16;
    /**
     * Per form (as {@link #PATTERNS}), the marks of which every match holds at least one, 0 for none: a region
     * without any of them is not searched for that form (the nine patterns ran over every region). ISO dates hold
     * '-', year-month-day dates '/' or '.', numeric dates '.', '/' or '-', day-month dates '.', CJK dates 年 or 년;
     * the written forms a month's name (a match with another word is not taken, and they were half of the date
     * search's time, JFR, dev dumps).
     */
    private static final int[] NEEDS = {DASH, SLASH | DOT, DOT | SLASH | DASH, DOT, MONTH_NAME, MONTH_NAME, MONTH_NAME, CJK_MARK, 0};

    private DateFinder() {
    }

    /**
     * The text holds a digit (any script's): a date that states its day or year has one, so a text without one
     * need not be searched for such a date (the search over every block was a seventh of the text core's time,
     * JFR, dev dumps).
     */
    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** All dates the text mentions, in text order, none overlapping another. */
    public static List<DateMention> find(String text, DateContext context) {
        return search(text, context).mentions();
    }

    /**
     * What a search found, and whether the context could have changed it: a search that never needed the
     * context's year hint or reference date finds the same under every context whose {@link DateContext#monthFirst}
     * is the same, so a caller may keep its result for another context.
     *
     * @param mentions         as {@link #find} returns them
     * @param readYearOrDay    the search came to a date that the year hint or the reference date would complete
     */
    public record Found(List<DateMention> mentions, boolean readYearOrDay) {
    }

    /** Like {@link #find}, saying whether the context's year hint or reference date was needed. */
    public static Found search(String text, DateContext context) {
        Objects.requireNonNull(text, "text");
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Search s = new Search(t, context == null ? DateContext.none() : context);
        List<DateMention> mentions = s.run();
        return new Found(mentions, s.readYearOrDay);
    }

    /** The year nearest the hint in which month/day falls on the weekday (1 = Monday); null without a hint. */
    static Integer yearForWeekday(int month, int day, int weekday, Integer hint) {
        if (hint == null || weekday < 1 || weekday > 7) {
            return null;
        }
        for (int delta = 0; delta <= 28; delta++) {
            for (int y : new int[] {hint - delta, hint + delta}) {
                if (validDay(y, month, day) && LocalDate.of(y, month, day).getDayOfWeek() == DayOfWeek.of(weekday)) {
                    return y;
                }
            }
        }
        return null;
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

    /** A time of day read after a date; second is -1 when not written, zone null when not written. */
    private record Clock(int hour, int minute, int second, String zone) {
        String iso() {
            StringBuilder s = new StringBuilder(16).append('T');
            two(s, hour).append(':');
            two(s, minute);
            if (second >= 0) {
                two(s.append(':'), second);
            }
            return zone == null ? s.toString() : s.append(zone).toString();
        }

        Precision precision() {
            return second >= 0 ? Precision.SECOND : Precision.MINUTE;
        }
    }

    /** A numeric date before its order (day or month first) is decided. */
    private record Numeric(int start, int end, int first, int second, int year, boolean slashOrDash, Clock clock, int timeStart) {
    }

    /** One call's work: the text, the context and what was found so far. Not shared between threads. */
    private static final class Search {
        private final String t;
        private final DateContext ctx;
        private final List<DateMention> all = new ArrayList<>();
        private final List<Numeric> numerics = new ArrayList<>();
        /** Set where the year hint or the reference date is read: the result may depend on them. */
        boolean readYearOrDay;

        Search(String t, DateContext ctx) {
            this.t = t;
            this.ctx = ctx;
        }

        List<DateMention> run() {
            int[] regions = scan();
            // made when a region needs them: most texts have none (creating the nine matchers for every text
            // was a seventh of the search's time, JFR, dev dumps)
            Matcher[] matchers = new Matcher[PATTERNS.length];
            for (int r = 0; r < regions.length && regions[r] >= 0 && all.size() < 4 * MAX_MENTIONS; r += 2) {
                int from = regions[r];
                int to = regions[r + 1];
                int marks = marks(from, to);
                for (int p = 0; p < PATTERNS.length; p++) {
                    if (NEEDS[p] != 0 && (marks & NEEDS[p]) == 0) {
                        continue; // the form's separator is not in the region: it cannot match there
                    }
                    if (matchers[p] == null) {
                        matchers[p] = PATTERNS[p].matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    Matcher m = matchers[p];
                    m.region(from, to);
                    while (m.find()) {
                        if (!accept(FORMS[p], m)) {
                            int next = m.start() + 1;
                            if (next >= to) {
                                break;
                            }
                            m.region(next, to);
                        }
                    }
                }
            }
            resolveNumerics();
            return nonOverlapping();
        }

        /**
         * The marks in t[from, to) that some forms need: bits {@link #DASH}, {@link #SLASH}, {@link #DOT},
         * {@link #CJK_MARK}, {@link #MONTH_NAME}.
         */
        private int marks(int from, int to) {
            int m = 0;
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                m |= c == '-' ? DASH : c == '/' ? SLASH : c == '.' ? DOT : c == '年' || c == '년' ? CJK_MARK : 0;
            }
            return mayNameMonth(from, to) ? m | MONTH_NAME : m;
        }

        /**
         * False only when no written form can take a match in t[from, to): none of its runs of letters is a month's
         * name ({@link Months#month}), whole or after the one or two letters that may stand between a day and the
         * name ("3rdNovember", "5ºmarzo"). A form's name is such a run: it starts after a non-letter, or after those
         * letters, and ends before a non-letter. True for text with surrogates, "İ" or "Σ", whose lower case
         * letter by letter differs from the name's.
         */
        private boolean mayNameMonth(int from, int to) {
            int i = from;
            while (i < to) {
                char c = t.charAt(i);
                if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03a3') {
                    return true;
                }
                if (!isLetter(c)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < to && isLetter(c = t.charAt(j))) {
                    if (c == '\u0130' || c == '\u03a3') {
                        return true;
                    }
                    j++;
                }
                for (int s = i; s <= i + 2 && j - s >= 2; s++) {
                    int hash = 0;
                    for (int k = s; k < j; k++) {
                        hash = 31 * hash + Character.toLowerCase(t.charAt(k));
                    }
                    if (Months.maybeAnchor(hash) && Months.month(t.substring(s, j)) != 0) {
                        return true;
                    }
                }
                i = j;
            }
            return false;
        }

        /**
         * Finds where dates can be and returns those places as merged [from, to) pairs (ended by -1), a window
         * around each; day words ("yesterday") are taken on the way.
         */
        private int[] scan() {
            int n = t.length();
            int[] out = new int[16];
            int count = 0;
            int i = 0;
            while (i < n) {
                char c = t.charAt(i);
                int j = i + 1;
                int before = -1; // chars to search before the anchor; -1 when this is no anchor
                int after = 0;
                if (isLetter(c)) {
                    int hash = Character.toLowerCase(c);
                    char d;
                    while (j < n && isLetter(d = t.charAt(j))) {
                        hash = 31 * hash + Character.toLowerCase(d);
                        j++;
                    }
                    if (j - i >= 2 && j - i <= 13 && Months.maybeAnchor(hash)) {
                        String w = t.substring(i, j).toLowerCase(Locale.ROOT);
                        if (Months.isAnchor(w)) {
                            if (Months.month(w) != 0 && digitNear(i - 12, j + 8)) {
                                before = BEFORE;
                                after = AFTER;
                            } else if (Months.relativeEnd(w)) {
                                before = BEFORE;
                                after = 2;
                            } else if (Months.relativeStart(w) && (w.equals("il") ? t.startsWith(" y a", j)
                                    : digitNear(j, j + 4) || t.regionMatches(true, j + 1, "ein", 0, 3) || t.startsWith(" un", j))) {
                                before = 2;
                                after = BEFORE;
                            }
                            j = dayWord(w, i, j);
                        }
                    }
                } else if (c >= '0' && c <= '9') {
                    while (j < n && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                        j++;
                    }
                    char next = j < n ? t.charAt(j) : ' ';
                    if (j - i == 4 && (next == '-' || next == '/' || next == '.' || next == '年' || next == '년')
                            || j - i <= 2 && (next == '.' || next == '/' || next == '-') && digitNear(j + 1, j + 3)) {
                        before = 2;
                        after = AFTER;
                    }
                }
                if (before >= 0) {
                    int from = Math.max(0, i - before);
                    int to = Math.min(n, j + after);
                    if (count > 0 && from <= out[count - 1]) {
                        out[count - 1] = Math.max(out[count - 1], to);
                    } else {
                        if (count + 2 > out.length) {
                            out = java.util.Arrays.copyOf(out, out.length * 2);
                        }
                        out[count++] = from;
                        out[count++] = to;
                    }
                }
                i = j;
            }
            int[] regions = java.util.Arrays.copyOf(out, count + 1);
            regions[count] = -1;
            return regions;
        }

        /** True when an ASCII digit is in [from, to). */
        private boolean digitNear(int from, int to) {
            for (int k = Math.max(0, from); k < Math.min(t.length(), to); k++) {
                char c = t.charAt(k);
                if (c >= '0' && c <= '9') {
                    return true;
                }
            }
            return false;
        }

        /** Takes a day word ("gestern", "aujourd'hui", "avant-hier") at [i, j); returns where the scan goes on. */
        private int dayWord(String w, int i, int j) {
            int end = j;
            Integer days;
            if (w.equals("aujourd")) {
                if (!t.startsWith("'hui", j) && !t.startsWith("’hui", j)) {
                    return j;
                }
                end = j + 4;
                days = 0;
            } else if (w.equals("avant")) {
                if (!t.regionMatches(true, j, "-hier", 0, 5)) {
                    return j;
                }
                end = j + 5;
                days = -2;
            } else {
                days = Months.dayWord(w);
                if (days == null || w.equals("hier") && !frenchAround(i)) {
                    return j;
                }
            }
            if (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
                return end;
            }
            if (i > 0 && t.charAt(i - 1) == '-') {
                return end;
            }
            all.add(relativeMention(i, end, -days * 1440L));
            return end;
        }

        /** True when the words around "hier" are more French than German or Dutch, where "hier" means "here". */
        private boolean frenchAround(int at) {
            int from = Math.max(0, at - 80);
            int to = Math.min(t.length(), at + 84);
            if (t.regionMatches(true, at + 4, " soir", 0, 5) || t.regionMatches(true, at + 4, " matin", 0, 6)) {
                return true;
            }
            int fr = 0;
            int ge = 0;
            Matcher f = FRENCH_WORD.matcher(t).region(from, to);
            while (f.find()) {
                fr++;
            }
            Matcher g = GERMANIC_WORD.matcher(t).region(from, to);
            while (g.find()) {
                ge++;
            }
            return fr > ge;
        }

        private boolean accept(Form form, Matcher m) {
            return switch (form) {
                case ISO -> iso(m);
                case YMD -> ymd(m);
                case NUMERIC -> numeric(m);
                case DAY_MONTH_DOTS -> dayMonthDots(m);
                case DAY_MONTH, MONTH_DAY -> written(m);
                case MONTH_YEAR -> monthYear(m);
                case CJK -> cjk(m);
                case RELATIVE -> relative(m);
            };
        }

        private boolean iso(Matcher m) {
            int y = num(m, "y");
            int mo = num(m, "m");
            int d = num(m, "d");
            Clock clock = null;
            if (m.group("h") != null) {
                clock = clock(num(m, "h"), num(m, "mi"), m.group("s") == null ? -1 : num(m, "s"), null, zone(m.group("tz")));
            }
            return add(m.start(), m.end(), y, mo, d, clock, m.end(), false, null);
        }

        private boolean ymd(Matcher m) {
            Clock clock = clock(m);
            return add(m.start(), m.end(), num(m, "y"), num(m, "m"), num(m, "d"), clock, timeStart(m), false, null);
        }

        private boolean numeric(Matcher m) {
            String sep = m.group("sep");
            String ys = m.group("y");
            int a = num(m, "a");
            int b = num(m, "b");
            int y = Integer.parseInt(ys);
            if (ys.length() == 2) {
                boolean plainSep = sep.equals(".") || sep.equals("/");
                boolean bothOneDigit = m.group("a").length() == 1 && m.group("b").length() == 1;
                if (!plainSep || bothOneDigit && sep.equals(".")) {
                    return false;
                }
                if (versionBefore(m.start())) {
                    return false;
                }
                y += y < 50 ? 2000 : 1900;
            }
            boolean slashOrDash = !sep.startsWith(".");
            numerics.add(new Numeric(m.start(), m.end(), a, b, y, slashOrDash, clock(m), timeStart(m)));
            return true;
        }

        private boolean versionBefore(int start) {
            int from = Math.max(0, start - 12);
            return VERSION_BEFORE.matcher(t).region(from, start).find();
        }

        /** Decides the order of the slash and dash dates for the whole text, then adds them all. */
        private void resolveNumerics() {
            int dayFirst = 0;
            int monthFirst = 0;
            for (Numeric x : numerics) {
                if (x.slashOrDash()) {
                    if (x.first() > 12 && x.second() <= 12) {
                        dayFirst++;
                    } else if (x.second() > 12 && x.first() <= 12) {
                        monthFirst++;
                    }
                }
            }
            boolean usOrder = ctx.monthFirst() || monthFirst > 0 && dayFirst == 0;
            for (Numeric x : numerics) {
                int d = x.first();
                int mo = x.second();
                if (x.slashOrDash()) {
                    if (usOrder) {
                        d = x.second();
                        mo = x.first();
                    }
                    if (!validDay(x.year(), mo, d) && validDay(x.year(), d, mo)) {
                        int swap = d;
                        d = mo;
                        mo = swap;
                    }
                }
                add(x.start(), x.end(), x.year(), mo, d, x.clock(), x.timeStart(), false, null);
            }
        }

        private boolean dayMonthDots(Matcher m) {
            readYearOrDay = true;
            Integer hint = ctx.yearHint();
            int d = num(m, "d");
            int mo = num(m, "m");
            if (hint == null || !validDay(hint, mo, d) || versionBefore(m.start())) {
                return false;
            }
            return add(m.start(), m.end(), hint, mo, d, null, m.end(), true, "year from year hint " + hint);
        }

        private boolean written(Matcher m) {
            String mon = m.group("mon");
            int mo = Months.month(mon);
            if (mo == 0) {
                return false;
            }
            int d = num(m, "d");
            int start = m.start();
            int weekday = 0;
            int wdStart = weekdayBefore(start);
            if (wdStart >= 0) {
                weekday = Months.weekday(word(wdStart));
                start = wdStart;
            }
            String ys = m.group("y");
            boolean weak = Months.weak(mon) && m.group("dot") == null || isLowerCaseMay(mon);
            if (weak && ys == null && weekday == 0) {
                return false;
            }
            Clock clock = clock(m);
            int timeStart = timeStart(m);
            if (ys != null) {
                return add(start, m.end(), Integer.parseInt(ys), mo, d, clock, timeStart, false, null);
            }
            if (!validDay(2000, mo, d)) {
                return false;
            }
            readYearOrDay = true;
            if (weekday != 0) {
                Integer near = ctx.yearHint() != null ? ctx.yearHint()
                        : ctx.referenceDate() == null ? null : ctx.referenceDate().getYear();
                Integer year = yearForWeekday(mo, d, weekday, near);
                if (year != null) {
                    String name = englishName(DayOfWeek.of(weekday));
                    return add(start, m.end(), year, mo, d, clock, timeStart, true, "year from weekday " + name);
                }
            }
            Integer hint = ctx.yearHint();
            if (hint != null && validDay(hint, mo, d)) {
                return add(start, m.end(), hint, mo, d, clock, timeStart, true, "year from year hint " + hint);
            }
            return unresolved(start, m.end(), Precision.DAY, "no year given");
        }

        /**
         * "Saturday" for {@link DayOfWeek#SATURDAY}: the enum's name in title case. Not
         * {@code getDisplayName(TextStyle.FULL, Locale.ENGLISH)}, which loads the JDK's locale data on its first
         * call (about 7 ms of a one-file run, class-load log) for the same seven words.
         */
        private static String englishName(DayOfWeek day) {
            String n = day.name();
            return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
        }

        /**
         * Where a weekday name written just before a date starts ("Saturday, ", "Sat. ", "Saturday (",
         * "Friday the "), or -1.
         */
        private int weekdayBefore(int pos) {
            int k = pos;
            int limit = Math.max(0, pos - 24);
            k = skipSpaces(k, limit);
            if (k >= 4 && t.regionMatches(true, k - 4, "the ", 0, 4)) {
                k = skipSpaces(k - 4, limit);
            }
            if (k > limit && t.charAt(k - 1) == '(') {
                k = skipSpaces(k - 1, limit);
            }
            if (k > limit && t.charAt(k - 1) == ',') {
                k--;
            }
            if (k > limit && t.charAt(k - 1) == '.') {
                k--;
            }
            int end = k;
            while (k > limit && Character.isLetter(t.charAt(k - 1))) {
                k--;
            }
            if (end - k < 3 || k > 0 && (Character.isLetterOrDigit(t.charAt(k - 1)) || t.charAt(k - 1) == '-')) {
                return -1;
            }
            return Months.weekday(t.substring(k, end)) != 0 ? k : -1;
        }

        private int skipSpaces(int k, int limit) {
            while (k > limit && Character.isWhitespace(t.charAt(k - 1))) {
                k--;
            }
            return k;
        }

        /** The letters from {@code from} on. */
        private String word(int from) {
            int k = from;
            while (k < t.length() && Character.isLetter(t.charAt(k))) {
                k++;
            }
            return t.substring(from, k);
        }

        private boolean monthYear(Matcher m) {
            String mon = m.group("mon");
            int mo = Months.month(mon);
            if (mo == 0 || isLowerCaseMay(mon) || Months.notBeforeYear(mon) || Months.weak(mon) && m.group("dot") == null) {
                return false;
            }
            int k = skipSpaces(m.start(), Math.max(0, m.start() - 4));
            if (k > 0 && t.charAt(k - 1) == '.') {
                k--;
            }
            if (k > 0 && Character.isDigit(t.charAt(k - 1))) {
                return false; // "32 May 2020": a day that is not one, not a month
            }
            int y = num(m, "y");
            String iso = isoDate(y, mo, 0);
            return addMention(m.start(), m.end(), iso, Precision.MONTH, false, null);
        }

        private boolean cjk(Matcher m) {
            int y = num(m, "y");
            int mo = num(m, "m");
            if (m.group("d") == null) {
                if (mo < 1 || mo > 12) {
                    return false;
                }
                return addMention(m.start(), m.end(), isoDate(y, mo, 0), Precision.MONTH, false, null);
            }
            Clock clock = m.group("h") == null ? null : clock(num(m, "h"), num(m, "mi"), -1, null, null);
            return add(m.start(), m.end(), y, mo, num(m, "d"), clock, m.group("h") == null ? m.end() : m.start("h"), false, null);
        }

        private boolean relative(Matcher m) {
            for (int g = 1; g <= RELATIVE_FORMS; g++) {
                String n = m.group("n" + g);
                if (n != null) {
                    String unit = m.group("u" + g).toLowerCase(Locale.ROOT);
                    Integer perUnit = UNIT_MINUTES.get(unit.substring(0, Math.min(3, unit.length())));
                    if (perUnit == null) {
                        perUnit = UNIT_MINUTES.get(unit.substring(0, Math.min(2, unit.length())));
                    }
                    if (perUnit == null) {
                        return false;
                    }
                    long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
                    all.add(relativeMention(m.start(), m.end(), count * perUnit));
                    return true;
                }
            }
            return false;
        }

        /** A relative date that lies {@code minutes} before (or, negative, after) the reference date. */
        private DateMention relativeMention(int start, int end, long minutesAgo) {
            String text = t.substring(start, end);
            readYearOrDay = true;
            LocalDate ref = ctx.referenceDate();
            if (ref == null) {
                return new DateMention(start, end, text, null, Precision.DAY, false, "relative, no reference date");
            }
            LocalDate when = ref.minusDays(Math.floorDiv(minutesAgo, 1440L));
            return new DateMention(start, end, text, when.toString(), Precision.DAY, true, "relative to reference date " + ref);
        }

        private boolean unresolved(int start, int end, Precision precision, String why) {
            return addMention(start, end, null, precision, false, why);
        }

        /** Adds a dated mention; false when the date is impossible. A bad time is left out of the mention. */
        private boolean add(int start, int end, int y, int mo, int d, Clock clock, int timeStart, boolean inferred, String inference) {
            if (!validDay(y, mo, d)) {
                return false;
            }
            String iso = isoDate(y, mo, d);
            Precision p = Precision.DAY;
            if (clock != null) {
                iso += clock.iso();
                p = clock.precision();
            } else {
                end = Math.min(end, timeStart);
            }
            return addMention(start, end, iso, p, inferred, inference);
        }

        private boolean addMention(int start, int end, String iso, Precision p, boolean inferred, String inference) {
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(t.charAt(end - 1)) || t.charAt(end - 1) == ',')) {
                end--;
            }
            if (end > start && t.charAt(end - 1) == ')' && t.lastIndexOf('(', end - 1) < start) {
                end--;
                while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
                    end--;
                }
            }
            if (end <= start) {
                return false;
            }
            all.add(new DateMention(start, end, t.substring(start, end), iso, p, inferred, inference));
            return true;
        }

        private List<DateMention> nonOverlapping() {
            all.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(d -> -(d.end() - d.start())));
            List<DateMention> out = new ArrayList<>();
            int end = -1;
            for (DateMention d : all) {
                if (d.start() >= end) {
                    out.add(d);
                    end = d.end();
                    if (out.size() >= MAX_MENTIONS) {
                        break;
                    }
                }
            }
            return out;
        }
    }

    /** "2023-11-25", or "2023-11" when day is 0. */
    private static String isoDate(int y, int mo, int d) {
        StringBuilder s = new StringBuilder(10).append(y).append('-');
        two(s, mo);
        if (d > 0) {
            two(s.append('-'), d);
        }
        return s.toString();
    }

    private static StringBuilder two(StringBuilder s, int n) {
        return s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isLowerCaseMay(String mon) {
        return mon.equals("may");
    }

    /** The time a pattern's TIME part read, or null when there is none or it is not a time of day. */
    private static Clock clock(Matcher m) {
        if (m.group("time") == null) {
            return null;
        }
        String tz = m.group("tz") != null ? m.group("tz") : m.group("utc");
        if (m.group("h") != null) {
            return clock(num(m, "h"), num(m, "mi"), m.group("s") == null ? -1 : num(m, "s"), m.group("ampm"), zone(tz));
        }
        return clock(num(m, "h2"), num(m, "mi2"), -1, null, zone(tz));
    }

    private static Clock clock(int hour, int minute, int second, String ampm, String zone) {
        if (ampm != null) {
            char c = Character.toLowerCase(ampm.charAt(0));
            if (c == 'a' || c == 'p') {
                if (hour >= 1 && hour <= 12) { // "14:30 am Bahnhof" is German, not a.m.
                    hour = c == 'p' ? hour % 12 + 12 : hour % 12;
                }
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return new Clock(hour, minute, second, zone);
    }

    /** "Z", "GMT", "UTC" give "Z"; "+0100", "+01", "+1" give "+01:00"; null stays null. */
    private static String zone(String tz) {
        if (tz == null) {
            return null;
        }
        if (!tz.startsWith("+") && !tz.startsWith("-")) {
            return "Z";
        }
        String digits = tz.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        if (hours > 14 || minutes > 59) {
            return null;
        }
        return String.format(Locale.ROOT, "%c%02d:%02d", tz.charAt(0), hours, minutes);
    }

    private static int timeStart(Matcher m) {
        return m.group("time") == null ? m.end() : m.start("time");
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
