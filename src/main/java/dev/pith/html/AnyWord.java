package dev.pith.html;

import java.util.regex.Pattern;

/**
 * {@code pattern.matcher(s).find()} for a pattern that is an alternation of plain words ("comment|share|..."),
 * done as one {@link String#indexOf} per word: the regex tries every alternative at every position, which made
 * the class-name checks a tenth of the HTML path (JFR, dev pages). A pattern that is more than plain words is
 * matched as a regex.
 */
final class AnyWord {
    private final Pattern pattern;
    private final String[] words;

    private AnyWord(Pattern pattern, String[] words) {
        this.pattern = pattern;
        this.words = words;
    }

    static AnyWord of(Pattern pattern) {
        String[] words = pattern.pattern().split("\\|", -1);
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return new AnyWord(pattern, null);
            }
        }
        return new AnyWord(pattern, words);
    }

    /** True when one of the words occurs in {@code s}. */
    boolean in(String s) {
        if (words == null) {
            return pattern.matcher(s).find();
        }
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
