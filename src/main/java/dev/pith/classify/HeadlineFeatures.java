package dev.pith.classify;

import dev.pith.lang.Ascii;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the headline model reads about a candidate line: its shape, where it stands relative to the
 * article's first paragraph, what stands around it, and whether the page repeats it. Names are stable:
 * the model file stores weights by name.
 */
final class HeadlineFeatures {
    private static final List<String> SHARED = List.of(
            "bias", "log_words", "words_4_to_20", "words_le_3", "words_gt_20", "sentence_end", "ends_question",
            "digit_share", "capital_share", "all_caps", "has_separator", "has_colon", "before_start",
            "log_blocks_to_start", "adjacent_to_start", "within_2_of_start", "log_text_blocks_between",
            "relative_position", "repeated", "in_page_title", "is_first_block", "next_dateline", "next_content",
            "next_caption", "next_boilerplate", "prev_boilerplate", "between_short_furniture", "label_paragraph",
            "label_subheading", "label_furniture", "label_other_text", "blank_before", "longest_before_start",
            "style_browser_copy", "style_text_browser", "style_scraper", "overlap_with_body", "overlap_with_lead",
            "overlap_ge_half", "next_is_candidate", "prev_is_candidate", "next_is_longer_candidate",
            "part_of_page_title", "first_block_scraper", "nearest_above_start", "shorter_candidate_just_above",
            "longest_near_start", "echoed_elsewhere", "log_candidates_between", "holds_other_candidate",
            "long_under_shorter_candidate", "under_shorter_title", "over_longer_dek", "title_case", "short_repeated",
            "top_lead_overlap", "first_of_run", "page_title_with_site", "page_title_overlap", "starts_lower",
            "next_starts_lower", "after_image", "in_menu_run", "minor_part_of_page_title",
            "holds_date", "holds_brackets", "many_separators", "holds_domain", "name_over_date");

    /**
     * Where a line stands relative to the article: says nothing about a scraper's first line, the title element,
     * which the page puts in its head, not beside the article.
     */
    private static final List<String> LAYOUT = List.of("before_start", "log_blocks_to_start", "adjacent_to_start",
            "within_2_of_start", "log_text_blocks_between", "relative_position", "nearest_above_start",
            "log_candidates_between", "longest_before_start", "longest_near_start");
    /** Where the {@link #LAYOUT} features stand in the vector. */
    private static final int[] LAYOUT_AT = LAYOUT.stream().mapToInt(SHARED::indexOf).toArray();
    /**
     * The dump styles, each with its own copy of every feature ("text_browser:log_words") after the shared ones:
     * a weight then tells how much more or less a feature counts in one style (a text browser's dek and
     * headline stand apart differently from a browser copy's). The trainer keeps those weights small.
     */
    private static final List<dev.pith.segment.DumpStyle> STYLES = List.of(dev.pith.segment.DumpStyle.BROWSER_COPY,
            dev.pith.segment.DumpStyle.TEXT_BROWSER, dev.pith.segment.DumpStyle.SCRAPER);
    private static final List<String> NAMES = names(SHARED);

    private static List<String> names(List<String> shared) {
        List<String> out = new ArrayList<>(shared);
        for (dev.pith.segment.DumpStyle style : STYLES) {
            for (String n : shared) {
                out.add(style.name().toLowerCase(Locale.ROOT) + ":" + n);
            }
        }
        return List.copyOf(out);
    }

    /** The features shared by every style: the first {@code sharedCount()} of {@link #names()}. */
    static int sharedCount() {
        return SHARED.size();
    }

    private HeadlineFeatures() {
    }

    static List<String> names() {
        return NAMES;
    }

    /** Features of candidate {@code i}; {@code start} is the article's first paragraph. */
    static double[] of(Classification c, int i, int start, Context ctx) {
        double[] v = new double[SHARED.size()];
        LabeledBlock b = c.get(i);
        Features f = b.features();
        String t = b.text();
        int between = Math.abs(start - i) - (i < start ? 1 : 0);
        int k = 0;
        v[k++] = 1;
        v[k++] = Log1p.of(f.words());
        v[k++] = f.words() >= 4 && f.words() <= 20 ? 1 : 0;
        v[k++] = f.words() <= 3 ? 1 : 0;
        v[k++] = f.words() > 20 ? 1 : 0;
        v[k++] = f.sentenceEnd() && !t.endsWith("?") ? 1 : 0;
        v[k++] = t.endsWith("?") ? 1 : 0;
        v[k++] = f.digitShare();
        v[k++] = f.capitalShare();
        v[k++] = f.words() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT)) ? 1 : 0;
        v[k++] = t.contains(" | ") || t.contains(" - ") || t.contains(" – ") || t.contains(" — ") ? 1 : 0;
        v[k++] = t.indexOf(':') >= 0 ? 1 : 0;
        v[k++] = i < start ? 1 : 0;
        v[k++] = Log1p.of(between);
        v[k++] = between == 0 ? 1 : 0;
        v[k++] = between <= 2 ? 1 : 0;
        v[k++] = Log1p.of(ctx.textBlocksBetween(i, start));
        v[k++] = c.size() <= 1 ? 0 : (double) i / (c.size() - 1);
        v[k++] = ctx.repeated(i) ? 1 : 0;
        v[k++] = ctx.inPageTitle(i) ? 1 : 0;
        v[k++] = i == 0 ? 1 : 0;
        Label next = i + 1 < c.size() ? c.label(i + 1) : null;
        Label prev = i > 0 ? c.label(i - 1) : null;
        v[k++] = next == Label.DATELINE || next == Label.BYLINE ? 1 : 0;
        v[k++] = next != null && next.isContent() ? 1 : 0;
        v[k++] = next == Label.CAPTION ? 1 : 0;
        v[k++] = next != null && next.isBoilerplate() ? 1 : 0;
        v[k++] = prev != null && prev.isBoilerplate() ? 1 : 0;
        v[k++] = shortFurniture(c, i - 1) && shortFurniture(c, i + 1) ? 1 : 0;
        v[k++] = b.label() == Label.PARAGRAPH ? 1 : 0;
        v[k++] = b.label() == Label.SUBHEADING ? 1 : 0;
        v[k++] = b.label() == Label.FURNITURE ? 1 : 0;
        v[k++] = b.label() == Label.OTHER_TEXT ? 1 : 0;
        v[k++] = b.block().blankBefore() ? 1 : 0;
        v[k++] = i == ctx.longestBeforeStart ? 1 : 0;
        v[k++] = c.style() == dev.pith.segment.DumpStyle.BROWSER_COPY ? 1 : 0;
        v[k++] = c.style() == dev.pith.segment.DumpStyle.TEXT_BROWSER ? 1 : 0;
        v[k++] = c.style() == dev.pith.segment.DumpStyle.SCRAPER ? 1 : 0;
        double body = ctx.overlap(t, ctx.bodyWords);
        double lead = ctx.overlap(t, ctx.leadWords);
        v[k++] = body;
        v[k++] = lead;
        v[k++] = body >= 0.5 ? 1 : 0;
        boolean nextCandidate = ctx.isCandidate(i + 1);
        v[k++] = nextCandidate ? 1 : 0;
        v[k++] = ctx.isCandidate(i - 1) ? 1 : 0;
        v[k++] = nextCandidate && c.get(i + 1).features().words() > f.words() ? 1 : 0;
        v[k++] = ctx.partOfPageTitle(i) ? 1 : 0;
        v[k++] = i == 0 && c.style() == dev.pith.segment.DumpStyle.SCRAPER ? 1 : 0;
        v[k++] = i == ctx.nearestAboveStart ? 1 : 0;
        v[k++] = ctx.shorterCandidateJustAbove(i) ? 1 : 0;
        v[k++] = i == ctx.longestNearStart ? 1 : 0;
        v[k++] = ctx.echoedElsewhere(i) ? 1 : 0;
        v[k++] = Log1p.of(ctx.candidatesBetween(i, start));
        v[k++] = ctx.holdsOtherCandidate(i) ? 1 : 0;
        v[k++] = f.words() >= 8 && ctx.shorterCandidateJustAbove(i) ? 1 : 0;
        v[k++] = ctx.underShorterTitle(i) ? 1 : 0;
        v[k++] = ctx.overLongerDek(i) ? 1 : 0;
        v[k++] = titleCase(t) ? 1 : 0;
        v[k++] = f.words() <= 3 && ctx.repeated(i) ? 1 : 0;
        v[k++] = lead > 0 && lead >= ctx.topLeadOverlap ? 1 : 0;
        v[k++] = !ctx.isCandidate(i - 1) && nextCandidate ? 1 : 0;
        boolean pageTitle = i == 0 && c.style() == dev.pith.segment.DumpStyle.SCRAPER;
        v[k++] = pageTitle && !PageTitle.withoutSite(t).equals(t.strip()) ? 1 : 0;
        v[k++] = i > 0 && c.style() == dev.pith.segment.DumpStyle.SCRAPER ? ctx.overlap(t, ctx.pageTitleWords) : 0;
        v[k++] = startsLower(t) ? 1 : 0;
        v[k++] = i + 1 < c.size() && startsLower(c.get(i + 1).text()) ? 1 : 0;
        v[k++] = i > 0 && imageMarker(c.get(i - 1).text()) ? 1 : 0;
        v[k++] = ctx.inMenuRun(i) ? 1 : 0;
        v[k++] = i > 0 && c.style() == dev.pith.segment.DumpStyle.SCRAPER && ctx.minorPartOfPageTitle(i) ? 1 : 0;
        v[k++] = holdsDate(t, f) ? 1 : 0;
        // a text browser's form field or picture in the line ("Sortieren nach [nach Datum ]")
        v[k++] = t.indexOf('[') >= 0 && t.indexOf(']') > t.indexOf('[') ? 1 : 0;
        v[k++] = separators(t) >= 2 ? 1 : 0;
        v[k++] = DOMAIN.matcher(t).find() ? 1 : 0;
        v[k++] = next == Label.DATELINE && personName(t, f) ? 1 : 0;
        if (pageTitle) {
            for (int n : LAYOUT_AT) {
                v[n] = 0;
            }
        }
        double[] out = new double[NAMES.size()];
        System.arraycopy(v, 0, out, 0, v.length);
        int style = STYLES.indexOf(c.style());
        if (style >= 0) {
            System.arraycopy(v, 0, out, v.length * (1 + style), v.length);
        }
        return out;
    }

    /**
     * Two or three capitalised words, the first a common given name ("Nicole Collignon"): over a dateline, the
     * author's name in a post's meta line, not its title.
     */
    static boolean personName(String t, Features f) {
        return f.words() >= 2 && f.words() <= 3 && f.capitalShare() >= 1
                && dev.pith.byline.GivenNames.startsWithGivenName(t);
    }

    /**
     * A site's address ("stock.adobe.com", "MDR.DE", "teslamag.de"): a photo credit, a logo's text or a link to the
     * site, where a headline names things in words.
     */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "(?i)\\b[a-z0-9-]{2,}\\.(?:com|net|org|de|ch|at|fr|it|es|pl|nl|uk|eu|io|info|tv|ru|br|cn|co|jp)\\b");

    /**
     * The line holds a date of a day ("28. Juni 2019", "05.02.2020"): a dateline, a teaser's or a list entry's
     * date run in; a headline names a year at most. Only lines with a digit are searched.
     */
    static boolean holdsDate(String t, Features f) {
        if (f.digitShare() == 0) {
            return false;
        }
        for (dev.pith.dates.DateMention m : dev.pith.dates.DateFinder.find(t, dev.pith.dates.DateContext.none())) {
            if (m.precision().compareTo(dev.pith.dates.Precision.DAY) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** How many of the separators between a page title's or a breadcrumb's parts (" | ", " » ", " / ") the line holds. */
    static int separators(String t) {
        int n = 0;
        for (int i = 1; i + 1 < t.length(); i++) {
            char ch = t.charAt(i);
            if ((ch == '|' || ch == '»' || ch == '/' || ch == '›' || ch == '>') && t.charAt(i - 1) == ' '
                    && t.charAt(i + 1) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * A text browser's picture: its alternative text in brackets ("[csm_logo_df74]", "[svg]"), or a file name
     * left as the alternative text ("GettyImages_tote_Taube"). A line under a picture is its caption more often
     * than the headline.
     */
    static boolean imageMarker(String t) {
        String s = t.strip();
        if (s.startsWith("[") && s.endsWith("]") && s.indexOf(' ') < 0) {
            return true;
        }
        return s.indexOf(' ') < 0 && s.indexOf('_') > 0;
    }

    /**
     * The first letter is lower case: a text browser's wrapped line goes on a sentence ("a before advice to the
     * functions"), where a title starts with a capital in most languages.
     */
    static boolean startsLower(String t) {
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isLetter(ch)) {
                return Character.isLowerCase(ch);
            }
            if (Character.isDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Three words or more of four letters or more, each starting with a capital: English headline style ("The
     * 2020 Endorsement Race Is Getting Interesting"), which a dek or a sentence does not use.
     */
    static boolean titleCase(String t) {
        int n = 0;
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < t.length() && Character.isLetter(t.charAt(j))) {
                j++;
            }
            if (j - i >= 4) {
                if (!Character.isUpperCase(t.charAt(i))) {
                    return false;
                }
                n++;
            }
            i = j;
        }
        return n >= 3;
    }

    private static boolean shortFurniture(Classification c, int i) {
        return i >= 0 && i < c.size() && c.label(i).isBoilerplate() && c.get(i).features().words() <= 6;
    }

    /** Document-wide facts the candidates are compared with. */
    static final class Context {
        /** How many short candidates in a row make a menu. */
        private static final int MENU_RUN = 4;
        private final Classification c;
        private final BlockKeys keys;
        /** How many blocks have each key; built by {@link #repeated} (a context serves one document, one thread). */
        private java.util.Map<String, Integer> keyCounts;
        private final int[] textBlocksBefore;
        final int longestBeforeStart;
        /** The last candidate above the first paragraph, -1 when none. */
        final int nearestAboveStart;
        /** The longest candidate among the three nearest above the first paragraph, -1 when none. */
        final int longestNearStart;
        private final java.util.Set<Integer> candidateSet;
        private final List<Integer> candidates;
        private final java.util.Set<String> pageTitleParts;
        /** The longest part of the page title around a separator, "" when it has none. */
        private final String longestTitlePart;

        final java.util.Set<String> bodyWords = new java.util.HashSet<>();
        final java.util.Set<String> leadWords = new java.util.HashSet<>();
        /** The words of the first block (a scraper's page title). */
        final java.util.Set<String> pageTitleWords = new java.util.HashSet<>();
        /** The highest share of lead words among the candidates. */
        final double topLeadOverlap;

        Context(Classification c, List<Integer> candidates, int start) {
            this(c, candidates, start, new BlockKeys(c));
        }

        Context(Classification c, List<Integer> candidates, int start, BlockKeys keys) {
            this.c = c;
            this.keys = keys;
            this.candidateSet = new java.util.HashSet<>(candidates);
            this.candidates = candidates;
            int lead = 0;
            for (int i = 0; i < c.size(); i++) {
                if (c.label(i).isContent() && !candidateSet.contains(i)) {
                    for (String w : words(c.get(i).text())) {
                        bodyWords.add(w);
                        if (lead < 150) {
                            leadWords.add(w);
                            lead++;
                        }
                    }
                }
            }
            this.textBlocksBefore = new int[c.size() + 1];
            for (int i = 0; i < c.size(); i++) {
                textBlocksBefore[i + 1] = textBlocksBefore[i] + (c.label(i).isBoilerplate() ? 0 : 1);
            }
            int best = -1;
            for (int i : candidates) {
                if (i < start && (best < 0 || c.get(i).features().words() > c.get(best).features().words())) {
                    best = i;
                }
            }
            longestBeforeStart = best;
            int nearest = -1;
            int longest = -1;
            int seen = 0;
            for (int j = candidates.size() - 1; j >= 0 && seen < 3; j--) {
                int i = candidates.get(j);
                if (i >= start) {
                    continue;
                }
                nearest = nearest < 0 ? i : nearest;
                if (longest < 0 || c.get(i).features().words() > c.get(longest).features().words()) {
                    longest = i;
                }
                seen++;
            }
            nearestAboveStart = nearest;
            longestNearStart = longest;
            pageTitleParts = keys.size() == 0 ? java.util.Set.of() : Headline.titleParts(keys.get(0));
            String longestPart = "";
            for (String part : pageTitleParts) {
                if (!part.equals(keys.get(0)) && part.length() > longestPart.length()) {
                    longestPart = part;
                }
            }
            longestTitlePart = longestPart;
            if (c.size() > 0) {
                pageTitleWords.addAll(words(c.get(0).text()));
            }
            double top = 0;
            for (int i : candidates) {
                top = Math.max(top, overlap(c.get(i).text(), leadWords));
            }
            topLeadOverlap = top;
        }

        /**
         * A candidate of four words or more stands one or two blocks above and is shorter: this line is the dek
         * (standfirst) under the headline. (A kicker above the headline has fewer words.)
         */
        boolean underShorterTitle(int i) {
            int j = nearbyCandidate(i, -1);
            return j >= 0 && wordCount(j) >= 4 && wordCount(j) < wordCount(i);
        }

        /** A longer candidate of eight words or more stands one or two blocks below: the dek under this headline. */
        boolean overLongerDek(int i) {
            int j = nearbyCandidate(i, 1);
            return j >= 0 && wordCount(j) >= 8 && wordCount(j) > wordCount(i);
        }

        /** The nearest candidate one or two blocks above ({@code step} -1) or below (+1) block i, -1 when none. */
        private int nearbyCandidate(int i, int step) {
            for (int j = i + step; j != i + 3 * step && j >= 0 && j < c.size(); j += step) {
                if (candidateSet.contains(j)) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * A menu entry: a candidate of three words or fewer in a run of four or more such blocks, one after
         * another ("Start", "Film", "Vorführungen", "Geschichte").
         */
        boolean inMenuRun(int i) {
            if (!shortCandidate(i)) {
                return false;
            }
            int lo = i;
            while (lo > 0 && shortCandidate(lo - 1)) {
                lo--;
            }
            int hi = i;
            while (shortCandidate(hi + 1)) {
                hi++;
            }
            return hi - lo + 1 >= MENU_RUN;
        }

        private boolean shortCandidate(int i) {
            return candidateSet.contains(i) && wordCount(i) <= 3;
        }

        private int wordCount(int i) {
            return c.get(i).features().words();
        }

        /** Not the first block, and equal to the page title or one of its parts around a separator. */
        boolean partOfPageTitle(int i) {
            return i > 0 && pageTitleParts.contains(keys.get(i));
        }

        /**
         * Equal to a part of the page title other than its longest ("MDR.DE" of "Title ... | MDR.DE"): the site's
         * name or a section, which the page also prints as its logo or a menu entry.
         */
        boolean minorPartOfPageTitle(int i) {
            String k = keys.get(i);
            return pageTitleParts.contains(k) && !k.equals(keys.get(0)) && k.length() < longestTitlePart.length();
        }

        /** The candidate one or two blocks above is shorter: this line is the dek under a title. */
        boolean shorterCandidateJustAbove(int i) {
            int j = nearbyCandidate(i, -1);
            return j >= 0 && wordCount(j) < wordCount(i);
        }

        /**
         * The line holds another candidate of three words or more and more besides: a breadcrumb trail ending in
         * the title, a kicker run into it.
         */
        boolean holdsOtherCandidate(int i) {
            String k = keys.get(i);
            for (int j : candidates) {
                String o = keys.get(j);
                if (j != i && o.length() < k.length() && c.get(j).features().words() >= 3 && k.contains(o)) {
                    return true;
                }
            }
            return false;
        }

        /** Another block other than the page title holds this line's text (three words or more). */
        boolean echoedElsewhere(int i) {
            String k = keys.get(i);
            if (c.get(i).features().words() < 3) {
                return false;
            }
            for (int j = 1; j < keys.size(); j++) {
                if (j != i && keys.get(j).length() > k.length() && keys.get(j).contains(k)) {
                    return true;
                }
            }
            return false;
        }

        /** How many other candidates stand between this one and the first paragraph. */
        int candidatesBetween(int i, int start) {
            int n = 0;
            for (int j : candidates) {
                if (j != i && j > Math.min(i, start) && j < Math.max(i, start)) {
                    n++;
                }
            }
            return n;
        }

        /** Share of a line's words (three letters or more) that also stand in the given set. */
        double overlap(String text, java.util.Set<String> set) {
            List<String> ws = words(text);
            if (ws.isEmpty()) {
                return 0;
            }
            int n = 0;
            for (String w : ws) {
                if (set.contains(w)) {
                    n++;
                }
            }
            return (double) n / ws.size();
        }

        private static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            int i = 0;
            String s = text.toLowerCase(Locale.ROOT);
            while (i < s.length()) {
                while (i < s.length() && !Ascii.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < s.length() && Ascii.isLetterOrDigit(s.charAt(j))) {
                    j++;
                }
                if (j - i >= 3) {
                    out.add(s.substring(i, j));
                }
                i = j;
            }
            return out;
        }

        boolean isCandidate(int i) {
            return candidateSet.contains(i);
        }

        int textBlocksBetween(int i, int start) {
            int lo = Math.min(i, start) + 1;
            int hi = Math.max(i, start);
            return lo >= hi ? 0 : textBlocksBefore[hi] - textBlocksBefore[lo];
        }

        /** Another block has the same key; the keys are counted once, on first use (a scan per candidate was
         *  quadratic over a 200,000-line dump). */
        boolean repeated(int i) {
            if (keyCounts == null) {
                keyCounts = new java.util.HashMap<>(keys.size() * 2);
                for (int j = 0; j < keys.size(); j++) {
                    String k = keys.get(j);
                    keyCounts.merge(k, 1, Integer::sum);
                }
            }
            return keyCounts.get(keys.get(i)) > 1;
        }

        boolean inPageTitle(int i) {
            String k = keys.get(i);
            return i != 0 && keys.size() > 0 && keys.get(0).length() > k.length() && keys.get(0).contains(k);
        }
    }
}
