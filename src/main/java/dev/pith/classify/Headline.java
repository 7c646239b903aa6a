package dev.pith.classify;

import dev.pith.lang.Ascii;
import dev.pith.segment.DumpStyle;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the headline among the title-shaped lines around the article's start (a few words, no final full
 * stop, not furniture): the one the headline model ranks first. The model weighs where the line stands
 * relative to the first paragraph, what stands around it and whether the page repeats it (the page title
 * above, a share text); it is trained by {@code TrainHeadlineModel} on the dev corpus's gold titles.
 * Without a model, the nearest candidate above the article wins. Other copies of the headline are
 * labelled duplicates. Rule source: news page layout (title, then dek, byline and body).
 */
final class Headline implements Step {
    private static final int WINDOW = 60;
    /** How far into the article the headline may stand (pages that put a teaser above it). */
    private static final int INSIDE = 6;

    private final LogisticModel model;

    Headline(LogisticModel model) {
        this.model = model;
    }

    @Override
    public Classification apply(Classification in) {
        int start = start(in);
        BlockKeys keys = new BlockKeys(in);
        List<Integer> candidates = candidates(in, start, keys);
        if (candidates.isEmpty()) {
            return in;
        }
        int best = model == null ? nearestAbove(candidates, start) : ranked(in, candidates, start, keys);
        String why = model == null ? "nearest title-shaped line above the article"
                : "title-shaped line ranked first of " + candidates.size() + " by the headline model";
        int quoted = quotedByComments(in, keys);
        if (quoted >= 0) {
            best = quoted;
            why = "the title the comments heading quotes (\"2 thoughts on “...”\")";
        }
        String key = keys.get(best);
        Classification.Edit out = in.edit().relabel(best, Label.HEADLINE, why);
        for (int i = 0; i < in.size(); i++) {
            if (i == best || in.label(i).role() == Role.CONTENT) {
                continue;
            }
            String other = keys.get(i);
            if (other.equals(key) || (i == 0 && other.length() > key.length() && other.contains(key))) {
                out.relabel(i, Label.DUPLICATE, "repeats the headline");
            }
        }
        return out.done();
    }

    /** A blog's comments heading that quotes the post's title: "2 thoughts on “Title”", "3 Gedanken zu „Title“". */
    private static final java.util.regex.Pattern COMMENTS_ON = java.util.regex.Pattern.compile(
            "(?iu)(?:\\d{1,5}|one|ein|eine|un|une|uno|una)\\s+(?:thoughts?|comments?|responses?|replies|reply"
                    + "|gedanken|kommentare?|antworten|antwort|réflexions?|commentaires?|comentarios?|respuestas?"
                    + "|commenti|risposte|komentarze?|odpowiedzi)\\s+(?:on|to|zu|auf|sur|à|a|en|para|su|do|na)\\s+"
                    + "[„“\"«‘‚»]\\s?(.{3,200}?)\\s?[“”\"»’‘«]");

    /**
     * The title-shaped block, above the comments, that a WordPress-style comments heading quotes ("5 thoughts on
     * “JSON parsing: simdjson vs. JSON for Modern C++”"): the blog states its post's title there word for word,
     * surer than any ranking; -1 when there is no such heading or no block that is its quote. Rule source: the
     * comment templates of WordPress and of the themes built on it, in their translations.
     */
    static int quotedByComments(Classification in, BlockKeys keys) {
        for (int i = 0; i < in.size(); i++) {
            String t = in.get(i).text();
            if (t.length() > 260 || !Character.isLetterOrDigit(t.codePointAt(0)) || !endsWithClosingQuote(t)) {
                continue;
            }
            java.util.regex.Matcher m = COMMENTS_ON.matcher(t);
            if (!m.matches()) {
                continue;
            }
            String quoted = key(m.group(1));
            for (int k = 0; k < i; k++) {
                if (keys.get(k).equals(quoted) && eligible(in.get(k), in.style())) {
                    return k;
                }
            }
            return -1;
        }
        return -1;
    }

    /** The closing quotes of {@link #COMMENTS_ON}, one of which ends every text the pattern matches whole. */
    private static final String CLOSING_QUOTES = "“”\"»’‘«";

    /**
     * True when the text ends with one of {@link #CLOSING_QUOTES}: the pattern's matcher and match, made for every
     * short block, are spared on the rest (1.2% of the text core, JFR, dev dumps).
     */
    static boolean endsWithClosingQuote(String t) {
        return !t.isEmpty() && CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private int ranked(Classification in, List<Integer> candidates, int start, BlockKeys keys) {
        HeadlineFeatures.Context ctx = new HeadlineFeatures.Context(in, candidates, start, keys);
        int best = candidates.get(0);
        double bestP = -1;
        for (int i : candidates) {
            double p = model.probability(HeadlineFeatures.of(in, i, start, ctx));
            if (p > bestP) {
                bestP = p;
                best = i;
            }
        }
        return best;
    }

    private static int nearestAbove(List<Integer> candidates, int start) {
        int best = candidates.get(0);
        for (int i : candidates) {
            if (i < start) {
                best = i;
            }
        }
        return best;
    }

    /** The article's first paragraph, or a guess near the top when there is none. */
    static int start(Classification in) {
        int start = in.first(Role.CONTENT);
        return start < 0 ? Math.min(in.size(), 3) : start;
    }

    /**
     * Title-shaped lines within reach of the article's start, and wherever above it the page title (a
     * scraper's first line, the document's title element) and the lines that repeat it or one of its parts.
     * Rule source: pages state their title twice, in the title element ("Title | Site") and as the heading.
     */
    static List<Integer> candidates(Classification in, int start) {
        return candidates(in, start, new BlockKeys(in));
    }

    private static List<Integer> candidates(Classification in, int start, BlockKeys keys) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int end = Math.min(in.size(), start + INSIDE);
        for (int i = Math.max(0, start - WINDOW); i < end; i++) {
            if (eligible(in.get(i), in.style())) {
                out.add(i);
            }
        }
        if (in.size() > 0) {
            if (eligible(in.get(0), in.style())) {
                out.add(0);
            }
            java.util.Set<String> title = titleParts(keys.get(0));
            for (int i = 1; i < end; i++) {
                if (title.contains(keys.get(i)) && eligible(in.get(i), in.style())) {
                    out.add(i);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Separators between a page title's parts ("Title | Section | Site", "Site - Title"). */
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " // ", " :: ", " · ", " » ", "|"};

    /** A page title's key and the keys of its parts around the separators, each three characters or more. */
    static java.util.Set<String> titleParts(String key) {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.add(key);
        for (String sep : SEPARATORS) {
            // the parts between the separator's occurrences, as key.split(Pattern.quote(sep)) gives them but for
            // empty ones (too short to count): split compiled a pattern per separator and call
            int from = 0;
            while (true) {
                int at = key.indexOf(sep, from);
                String p = key.substring(from, at < 0 ? key.length() : at).strip();
                if (p.length() >= 3 && p.length() < key.length()) {
                    out.add(p);
                }
                if (at < 0) {
                    break;
                }
                from = at + sep.length();
            }
        }
        return out;
    }

    private static boolean eligible(LabeledBlock b, DumpStyle style) {
        Features f = b.features();
        Label l = b.label();
        if (f.furniture() != null || !(l == Label.FURNITURE || l == Label.UNDECIDED || l == Label.PARAGRAPH
                || l == Label.OTHER_TEXT)) {
            return false;
        }
        if (l == Label.PARAGRAPH && (f.words() > 20 || b.text().endsWith("."))) {
            return false;
        }
        String t = b.text();
        return f.words() >= 1 && f.words() <= 35 && f.digitShare() < 0.4 && !t.endsWith(",") && !t.endsWith(";")
                && !t.endsWith(":") && (!b.block().bulleted() || bulletedTitle(b, style));
    }

    /**
     * A bulleted line of three words or more in a text-browser dump: w3m draws the entries of a breadcrumb or of a
     * list of posts with bullets, and a blog's post title often stands there and nowhere else.
     */
    private static boolean bulletedTitle(LabeledBlock b, DumpStyle style) {
        return style == DumpStyle.TEXT_BROWSER && b.features().words() >= 3;
    }

    /**
     * The text as compared for repetition: NFKC (when not plain ASCII), lower case, quotes and dashes unified,
     * white space collapsed. (A page title often writes straight quotes where the heading has curly ones.)
     */
    static String key(String text) {
        String t = Ascii.isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        // into an array, never longer than t (one space for a run of white space), ASCII answered here: every
        // block's key is made for each document's headline, and the builder's appends were most of it (JFR)
        char[] out = new char[t.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                if (Ascii.isWhitespace(c)) {
                    space = n > 0;
                    continue;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isWhitespace(c)) {
                space = n > 0;
                continue;
            } else {
                c = unify(Character.toLowerCase(c));
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    private static char unify(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

}
