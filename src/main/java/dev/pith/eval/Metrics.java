package dev.pith.eval;

import dev.pith.resources.ResourceLines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring functions of the corpus's reference scorer ({@code shared/corpus/score.py}), one method per
 * function there, with Python's text semantics reproduced where Java's differ:
 * <ul>
 * <li>Python's Unicode {@code \w} is a letter (L*), a number (N*) or the underscore, so combining marks split
 * words ("नमस्ते" is "नमस", "त"); Java's {@code \w} with {@code UNICODE_CHARACTER_CLASS} takes marks, join
 * controls and connector punctuation too and misses No numbers, so it is not used.</li>
 * <li>Python's {@code \s} and {@code str.strip()} take U+001C..U+001F and no-break spaces; Java's
 * {@code \s}, {@code strip()} and {@code isBlank()} each differ from it.</li>
 * <li>{@code str.casefold()} is Unicode full case folding per code point; Java has none, and its
 * {@code toLowerCase} has a final-sigma rule, so the folding is done per code point from a table.</li>
 * <li>Slices count code points, not UTF-16 units.</li>
 * </ul>
 * Every method accepts null where score.py accepts None or a missing field.
 */
public final class Metrics {
    /** Token window of the body shingles. */
    public static final int SHINGLE_N = 4;

    private static final Map<Integer, String> FOLD = loadCaseFolding();

    private Metrics() {
    }

    // ---------------------------------------------------------------- characters as Python sees them

    /** Python's {@code re} {@code \w} on str: {@code str.isalnum()} (categories L* and N*) or the underscore. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Python's {@code re} {@code \s} on str, which is {@code str.isspace()}. */
    public static boolean isSpace(int cp) {
        if (cp > ' ' && cp < 0x85) {
            return false;
        }
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
                    0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Python's {@code str.strip()}: white space as {@link #isSpace} has it, at both ends. */
    public static String strip(String s) {
        if (s == null) {
            return "";
        }
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.codePointAt(a))) {
            a += Character.charCount(s.codePointAt(a));
        }
        while (b > a && isSpace(s.codePointBefore(b))) {
            b -= Character.charCount(s.codePointBefore(b));
        }
        return s.substring(a, b);
    }

    /** {@code not s.strip()} in Python. */
    public static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** {@code s[:n]} in Python: the first n code points. */
    public static String prefix(String s, int n) {
        if (s == null) {
            return "";
        }
        if (s.codePointCount(0, s.length()) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    // ---------------------------------------------------------------- body shingles

    /** {@code tokenize}: the matches of Python's Unicode {@code \w+}. */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** {@code shingles}: the multiset of {@value #SHINGLE_N}-token windows; 1..3 tokens give one shorter shingle, none none. */
    public static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE_N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE_N <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE_N)), 1, Integer::sum);
        }
        return out;
    }

    /**
     * {@code shingle_counts}: {tp, fp, fn} of one document's shingles, divided by their sum so that every document
     * weighs the same ({0, 0, 0} when both texts have no token).
     */
    public static double[] shingleCounts(String gold, String predicted) {
        return shingleCounts(tokenize(gold), tokenize(predicted));
    }

    /** {@code shingle_counts} on texts already tokenized. */
    public static double[] shingleCounts(List<String> goldTokens, List<String> predictedTokens) {
        Map<List<String>, Integer> g = shingles(goldTokens);
        Map<List<String>, Integer> p = shingles(predictedTokens);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int gc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            if (!g.containsKey(e.getKey())) {
                fp += e.getValue();
            }
        }
        long s = tp + fp + fn;
        if (s > 0) {
            return new double[] {(double) tp / s, (double) fp / s, (double) fn / s};
        }
        return new double[] {0.0, 0.0, 0.0};
    }

    /** {@code _precision}: tp/(tp+fp); 1 when nothing is extra or missed, 0 when nothing is found or extra. */
    public static double precision(double[] t) {
        if (t[1] == 0 && t[2] == 0) {
            return 1.0;
        }
        if (t[0] == 0 && t[1] == 0) {
            return 0.0;
        }
        return t[0] / (t[0] + t[1]);
    }

    /** {@code _recall}: tp/(tp+fn); 1 when nothing is extra or missed, 0 when nothing is found or missed. */
    public static double recall(double[] t) {
        if (t[1] == 0 && t[2] == 0) {
            return 1.0;
        }
        if (t[0] == 0 && t[2] == 0) {
            return 0.0;
        }
        return t[0] / (t[0] + t[2]);
    }

    /** Harmonic mean, 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }

    /** {@code _mean}: summed left to right as Python's {@code sum}; 0 for no values. */
    public static double mean(List<Double> values) {
        if (values.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    /**
     * {@code shingle_metrics}: {precision, recall, F1} from per-document triples; precision averages over documents
     * with tp+fp &gt; 0, recall over those with tp+fn &gt; 0.
     */
    public static double[] shingleMetrics(List<double[]> triples) {
        List<Double> ps = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        for (double[] t : triples) {
            if (t[0] + t[1] > 0) {
                ps.add(precision(t));
            }
            if (t[0] + t[2] > 0) {
                rs.add(recall(t));
            }
        }
        double p = mean(ps);
        double r = mean(rs);
        return new double[] {p, r, f1(p, r)};
    }

    // ---------------------------------------------------------------- snippets

    /** {@code ws_norm}: runs of white space become one space; stripped. */
    public static String wsNorm(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i); // every Python space is in the BMP, and no surrogate is one
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code snippet_counts}: {tp, fp, fn, tn} of one document by substring search in the normalised body. */
    public static int[] snippetCounts(List<String> with, List<String> without, String body) {
        String b = wsNorm(body);
        int tp = 0;
        for (String s : with) {
            tp += b.contains(wsNorm(s)) ? 1 : 0;
        }
        int fp = 0;
        for (String s : without) {
            fp += b.contains(wsNorm(s)) ? 1 : 0;
        }
        return new int[] {tp, fp, with.size() - tp, without.size() - fp};
    }

    /** {@code snippet_metrics}: {precision, recall, F1, accuracy} over totals (0 for an empty denominator). */
    public static double[] snippetMetrics(long tp, long fp, long fn, long tn) {
        double precision = tp + fp != 0 ? (double) tp / (tp + fp) : 0.0;
        double recall = tp + fn != 0 ? (double) tp / (tp + fn) : 0.0;
        long total = tp + fp + fn + tn;
        double accuracy = total != 0 ? (double) (tp + tn) / total : 0.0;
        double f1 = 2 * tp + fp + fn != 0 ? (double) (2 * tp) / (2 * tp + fp + fn) : 0.0;
        return new double[] {precision, recall, f1, accuracy};
    }

    // ---------------------------------------------------------------- metadata

    /** {@code str.casefold()}: Unicode full case folding, code point by code point (no final-sigma rule). */
    public static String casefold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String folded = FOLD.get(cp);
            if (folded != null) {
                b.append(folded);
            } else if (cp == 0x130) {
                b.append("i\u0307"); // the one unconditional multi-character lower-case mapping
            } else {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** The quote and dash unification table of score.py ({@code _QUOTES}). */
    static int unifyQuote(int cp) {
        return switch (cp) {
            case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x0060, 0x00b4, 0x2039, 0x203a -> '\'';
            case 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb, 0x301d, 0x301e -> '"';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d -> '-';
            default -> cp;
        };
    }

    /** {@code text_norm}: NFKC, case-folded, quotes and dashes unified, white space collapsed and stripped. */
    public static String textNorm(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = casefold(Normalizer.normalize(text, Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            b.appendCodePoint(unifyQuote(cp));
            i += Character.charCount(cp);
        }
        return wsNorm(b.toString());
    }

    /**
     * {@code _NAME_SPLIT.split}: splits on {@code \s*(?:;|,|&|\band\b|\bund\b|\bet\b)\s*}, with Python's word
     * boundaries; empty parts are kept as re.split keeps them.
     */
    public static List<String> splitNames(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            int end = separatorAt(s, i);
            if (end > i) {
                parts.add(s.substring(start, i));
                start = end;
                i = end;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** End of a name separator match starting at i, or -1. */
    private static int separatorAt(String s, int i) {
        int j = skipSpace(s, i);
        if (j >= s.length()) {
            return -1;
        }
        char c = s.charAt(j);
        int k = -1;
        if (c == ';' || c == ',' || c == '&') {
            k = j + 1;
        } else {
            for (String w : new String[] {"and", "und", "et"}) {
                if (s.startsWith(w, j) && (j == 0 || !isWordChar(s.codePointBefore(j)))
                        && (j + w.length() == s.length() || !isWordChar(s.codePointAt(j + w.length())))) {
                    k = j + w.length();
                    break;
                }
            }
        }
        return k < 0 ? -1 : skipSpace(s, k);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static final String[] BY_WORDS = {"by", "von", "par", "por", "di", "door", "av", "af"};

    /**
     * {@code _BY.sub("", s)}: drops a leading {@code (?:by|von|par|por|di|door|av|af)\s+}, matched case-insensitively
     * as Python's re does (which also lets the dotless ı stand for i).
     */
    public static String dropBy(String s) {
        for (String w : BY_WORDS) {
            if (s.length() > w.length() && regionMatchesIgnoreCase(s, w)) {
                int end = skipSpace(s, w.length());
                if (end > w.length()) {
                    return s.substring(end);
                }
            }
        }
        return s;
    }

    private static boolean regionMatchesIgnoreCase(String s, String lowerWord) {
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = s.charAt(i);
            char w = lowerWord.charAt(i);
            if (Character.toLowerCase(c) != w && !(w == 'i' && c == '\u0131')) {
                return false;
            }
        }
        return true;
    }

    /** {@code name_set} of one string (a gold author field). */
    public static Set<String> nameSet(String value) {
        return value == null ? new LinkedHashSet<>() : nameSet(List.of(value));
    }

    /**
     * {@code name_set}: the normalised names in author strings, split on ; , &amp; and/und/et, a leading by/von/par/...
     * dropped, stripped of " .:-|". Null items are skipped.
     */
    public static Set<String> nameSet(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        if (values == null) {
            return names;
        }
        for (String item : values) {
            if (item == null) {
                continue;
            }
            for (String part : splitNames(textNorm(item))) {
                String p = stripChars(dropBy(strip(part)), " .:-|");
                if (!p.isEmpty()) {
                    names.add(p);
                }
            }
        }
        return names;
    }

    /** Python's {@code s.strip(chars)} for BMP chars. */
    static String stripChars(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static Map<Integer, String> loadCaseFolding() {
        Map<Integer, String> fold = new HashMap<>();
        for (String line : ResourceLines.of(Metrics.class, "casefold.tsv")) {
            String[] cols = line.split("\t");
            StringBuilder b = new StringBuilder();
            for (String hex : cols[1].split(" ")) {
                b.appendCodePoint(Integer.parseInt(hex, 16));
            }
            fold.put(Integer.parseInt(cols[0], 16), b.toString());
        }
        return Map.copyOf(fold);
    }
}
