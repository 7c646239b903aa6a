package dev.pith.classify;

import dev.pith.lang.Ascii;
import dev.pith.resources.ResourceLines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases site furniture is made of ("Advertisement", "Read also", "Most read", "© 2023 ..."), in the
 * corpus's languages, from {@code furniture.tsv}. Loaded once; immutable; thread-safe.
 */
final class FurnitureLexicon {
    /** What a phrase says about a block. */
    record Match(Label kind, String phrase) {
    }

    private record Entry(Label kind, String phrase) {
    }

    private static final int MAX_PREFIX_WORDS = 25;
    private static final int MAX_CONTAINS_WORDS = 30;
    private static final int MAX_COOKIE_WORDS = 90;
    private static final String EDGE = " \t:|»«›‹><→←•·-–—*/\\.…!?()[]\"'“”‘’„›▶►▸❯+=_~";

    private static final FurnitureLexicon INSTANCE = load();

    private final Map<String, Label> lines;
    /** Prefix phrases by their first character, longest first. */
    private final Map<Character, List<Entry>> prefixes;
    private final List<Entry> contains;

    private FurnitureLexicon(Map<String, Label> lines, List<Entry> prefixes, List<Entry> contains) {
        this.lines = Map.copyOf(lines);
        Map<Character, List<Entry>> byFirst = new HashMap<>();
        for (Entry e : prefixes) {
            byFirst.computeIfAbsent(e.phrase().charAt(0), k -> new ArrayList<>()).add(e);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.prefixes = Map.copyOf(byFirst);
        this.contains = List.copyOf(contains);
    }

    static FurnitureLexicon get() {
        return INSTANCE;
    }

    /** The furniture kind the block's text states, or null. {@code words} is the block's word count. */
    Match match(String text, int words) {
        if (words > MAX_COOKIE_WORDS || text.length() > 1200) {
            return null;
        }
        String norm = normalize(text);
        Label line = lines.get(norm);
        if (line != null) {
            return new Match(line, norm);
        }
        String stripped = stripEdges(text);
        if (words <= MAX_PREFIX_WORDS && !stripped.isEmpty()) {
            for (Entry e : prefixes.getOrDefault(Character.toLowerCase(stripped.charAt(0)), List.of())) {
                if (startsWithPhrase(stripped, e.phrase())) {
                    return new Match(e.kind(), e.phrase());
                }
            }
        }
        for (Entry e : contains) {
            int limit = e.kind() == Label.COOKIE ? MAX_COOKIE_WORDS : MAX_CONTAINS_WORDS;
            if (words <= limit && norm.contains(e.phrase())) {
                return new Match(e.kind(), e.phrase());
            }
        }
        return null;
    }

    /**
     * The block starts with the phrase, and the phrase ends there: the text ends, or goes on with a
     * non-letter, or with a capital letter glued on (browser copies run a link label into its text).
     */
    private static boolean startsWithPhrase(String text, String phrase) {
        if (!text.regionMatches(true, 0, phrase, 0, phrase.length())) {
            return false;
        }
        if (text.length() == phrase.length()) {
            return true;
        }
        char next = text.charAt(phrase.length());
        return !Character.isLetterOrDigit(next) || Character.isUpperCase(next)
                || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
    }

    /** NFKC, lower case, digit runs as '#', white space collapsed, edge punctuation off. */
    static String normalize(String text) {
        // ASCII text is lower-cased here, letter by letter (root-locale lower case of ASCII is that), instead of
        // in a copy first; other text is NFKC-normalised and lower-cased as a whole (final sigma needs context)
        boolean ascii = Ascii.isAscii(text);
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // into an array: the output is never longer than s (a '#' stands for one digit or more, a space for one
        // white-space char or more); the builder's checked appends were most of this method's time (JFR)
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ascii && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                if (n == 0 || out[n - 1] != '#') {
                    if (space && n > 0) {
                        out[n++] = ' ';
                    }
                    out[n++] = '#';
                }
                space = false;
                continue;
            }
            if (c < 0x80 ? Ascii.isWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && n > 0) {
                out[n++] = ' ';
            }
            space = false;
            out[n++] = c;
        }
        int start = 0;
        while (start < n && isEdge(out[start])) {
            start++;
        }
        while (n > start && isEdge(out[n - 1])) {
            n--;
        }
        return new String(out, start, n - start);
    }

    /** A char {@link #stripEdges} takes off. */
    private static boolean isEdge(char c) {
        return EDGE.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    private static String stripEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdge(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static FurnitureLexicon load() {
        Map<String, Label> lines = new HashMap<>();
        List<Entry> prefixes = new ArrayList<>();
        List<Entry> contains = new ArrayList<>();
        int n = 0;
        for (String line : ResourceLines.of(FurnitureLexicon.class, "furniture.tsv")) {
            n++;
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("furniture.tsv entry " + n + ": expected 3 tab-separated fields");
            }
            Label kind = Label.valueOf(f[0].toUpperCase(Locale.ROOT));
            String phrase = f[2];
            switch (f[1]) {
                case "line" -> lines.putIfAbsent(normalize(phrase), kind);
                case "prefix" -> prefixes.add(new Entry(kind, phrase));
                case "contains" -> contains.add(new Entry(kind, phrase));
                default -> throw new IllegalStateException("furniture.tsv entry " + n + ": unknown match " + f[1]);
            }
        }
        // longest prefixes first, so that "read also" wins over "read"
        prefixes.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
        return new FurnitureLexicon(lines, prefixes, contains);
    }
}
