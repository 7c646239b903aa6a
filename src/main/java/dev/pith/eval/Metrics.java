package dev.pith.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scores' definitions, as the corpus README and its reference scorer give them: body shingle counts,
 * snippet matching, headline normalisation and author name sets.
 */
public final class Metrics {
    /** Python's Unicode \w: letters, numbers and the underscore (marks excluded). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern WHITE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:;|,|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BY = Pattern.compile("^(?:by|von|par|por|di|door|av|af)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private Metrics() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    /** Per-page tp, fp, fn of body shingles, divided by their sum. */
    public static double[] shingleCounts(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(tokens(gold));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<List<String>> keys = new LinkedHashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (List<String> k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    static double precision(double[] t) {
        if (t[1] == 0 && t[2] == 0) {
            return 1;
        }
        return t[0] == 0 && t[1] == 0 ? 0 : t[0] / (t[0] + t[1]);
    }

    static double recall(double[] t) {
        if (t[1] == 0 && t[2] == 0) {
            return 1;
        }
        return t[0] == 0 && t[2] == 0 ? 0 : t[0] / (t[0] + t[2]);
    }

    /** Runs of white space to one space, trimmed. */
    public static String wsNorm(String text) {
        return text == null ? "" : WHITE.matcher(text).replaceAll(" ").strip();
    }

    /** NFKC, case-folded, quotes and dashes unified, white space collapsed. */
    public static String textNorm(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u2039\u203a".indexOf(c) >= 0) {
                b.append('\'');
            } else if ("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e".indexOf(c) >= 0) {
                b.append('"');
            } else if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d".indexOf(c) >= 0) {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return wsNorm(b.toString());
    }

    /** The set of normalised names in author strings. */
    public static Set<String> nameSet(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        for (String item : values) {
            if (item == null) {
                continue;
            }
            for (String part : NAME_SPLIT.split(textNorm(item), -1)) {
                String p = stripChars(BY.matcher(part.strip()).replaceFirst(""), " .:-|");
                if (!p.isEmpty()) {
                    names.add(p);
                }
            }
        }
        return names;
    }

    private static String stripChars(String s, String chars) {
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
}
