package dev.pith.classify;

import dev.pith.lang.LanguageDetector;
import dev.pith.lang.Stopwords;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature vector the learned content model reads for one block: the block's own shape (with its share of
 * function words in the document's language), the rules' label for it, its place in the document and
 * relative to the headline, and the shape of its neighbours. Names are stable: the model
 * file stores weights by name.
 */
final class BlockFeatures {
    private static final Label[] LABELS = Label.values();
    private static final List<String> NAMES = names();
    /** How many blocks after the headline count as its neighbourhood, where the standfirst and lead sit. */
    private static final int NEAR_HEADLINE = 3;

    private BlockFeatures() {
    }

    static List<String> names() {
        if (NAMES != null) {
            return NAMES;
        }
        List<String> n = new ArrayList<>();
        n.add("bias");
        n.add("log_words");
        n.add("words_ge_10");
        n.add("words_ge_25");
        n.add("words_le_3");
        n.add("sentence_end");
        n.add("digit_share");
        n.add("capital_share");
        n.add("bulleted");
        n.add("furniture_phrase");
        for (Label l : LABELS) {
            n.add("label_" + l.id());
        }
        n.add("inside_region");
        n.add("relative_position");
        n.add("log_blocks_to_region_start");
        n.add("log_blocks_to_region_end");
        n.add("share_of_prose_before");
        n.add("words_over_max");
        n.add("comma_per_word");
        n.add("ends_with_colon");
        n.add("starts_lower_case");
        n.add("has_pipe");
        n.add("has_url_or_handle");
        n.add("all_caps");
        n.add("stopword_share");
        n.add("before_headline");
        n.add("near_after_headline");
        n.add("prose_near_after_headline");
        n.add("log_blocks_after_headline");
        for (String side : new String[] {"prev", "next", "prev2", "next2"}) {
            n.add(side + "_log_words");
            n.add(side + "_sentence_end");
            n.add(side + "_content");
            n.add(side + "_boilerplate");
            n.add(side + "_missing");
        }
        n.add("style_browser_copy");
        n.add("style_text_browser");
        n.add("style_scraper");
        return List.copyOf(n);
    }

    /** The neighbours whose shape and label are features, by offset: the one before, after, two before, two after. */
    private static final int[] NEIGHBOURS = {-1, 1, -2, 2};

    /** Values for block {@code i}, in the order of {@link #names()}. */
    static double[] of(Classification c, int i, DocumentStats stats) {
        double[] v = new double[NAMES.size()];
        int k = 0;
        LabeledBlock b = c.get(i);
        Features f = b.features();
        String t = b.text();
        v[k++] = 1;
        v[k++] = Log1p.of(f.words());
        v[k++] = f.words() >= 10 ? 1 : 0;
        v[k++] = f.words() >= 25 ? 1 : 0;
        v[k++] = f.words() <= 3 ? 1 : 0;
        v[k++] = f.sentenceEnd() ? 1 : 0;
        v[k++] = f.digitShare();
        v[k++] = f.capitalShare();
        v[k++] = b.block().bulleted() ? 1 : 0;
        v[k++] = f.furniture() != null ? 1 : 0;
        for (Label l : LABELS) {
            v[k++] = b.label() == l ? 1 : 0;
        }
        boolean inside = stats.regionStart >= 0 && i >= stats.regionStart && i <= stats.regionEnd;
        v[k++] = inside ? 1 : 0;
        v[k++] = c.size() <= 1 ? 0 : (double) i / (c.size() - 1);
        v[k++] = stats.regionStart < 0 ? 0 : Log1p.of(Math.abs(i - stats.regionStart));
        v[k++] = stats.regionStart < 0 ? 0 : Log1p.of(Math.abs(stats.regionEnd - i));
        v[k++] = stats.proseWords == 0 ? 0 : (double) stats.proseBefore[i] / stats.proseWords;
        v[k++] = stats.maxWords == 0 ? 0 : (double) f.words() / stats.maxWords;
        v[k++] = f.words() == 0 ? 0 : Math.min(1, (double) count(t, ',') / f.words());
        v[k++] = t.endsWith(":") ? 1 : 0;
        v[k++] = !t.isEmpty() && Character.isLowerCase(t.charAt(0)) ? 1 : 0;
        v[k++] = t.indexOf('|') >= 0 ? 1 : 0;
        v[k++] = t.contains("http") || t.contains("www.") || t.contains("@") ? 1 : 0;
        v[k++] = f.words() >= 2 && allCaps(t) ? 1 : 0;
        v[k++] = Stopwords.ratio(t, stats.language);
        int h = stats.headline;
        boolean near = h >= 0 && i > h && i - h <= NEAR_HEADLINE;
        v[k++] = h >= 0 && i < h ? 1 : 0;
        v[k++] = near ? 1 : 0;
        v[k++] = near && f.isProse() ? 1 : 0;
        v[k++] = h >= 0 && i > h ? Log1p.of(i - h) : 0;
        for (int d : NEIGHBOURS) {
            int j = i + d;
            if (j < 0 || j >= c.size()) {
                v[k++] = 0;
                v[k++] = 0;
                v[k++] = 0;
                v[k++] = 0;
                v[k++] = 1;
            } else {
                LabeledBlock n = c.get(j);
                v[k++] = Log1p.of(n.features().words());
                v[k++] = n.features().sentenceEnd() ? 1 : 0;
                v[k++] = n.label().isContent() ? 1 : 0;
                v[k++] = n.label().isBoilerplate() ? 1 : 0;
                v[k++] = 0;
            }
        }
        v[k++] = c.style() == dev.pith.segment.DumpStyle.BROWSER_COPY ? 1 : 0;
        v[k++] = c.style() == dev.pith.segment.DumpStyle.TEXT_BROWSER ? 1 : 0;
        v[k++] = c.style() == dev.pith.segment.DumpStyle.SCRAPER ? 1 : 0;
        return v;
    }

    /**
     * Whether {@code t} equals its upper case and differs from its lower case (root locale), as
     * {@code t.equals(t.toUpperCase(ROOT)) && !t.equals(t.toLowerCase(ROOT))} says, but code point by code point
     * and stopping at the first lower-case one: the whole-string form copied a long block twice for each call
     * (two 100 MB copies per call on a 50 MB single line, which made G1 run a cycle per humongous copy).
     * Root-locale upper casing is context-free, and the one context-sensitive lower casing (final sigma) changes
     * the letter either way, so the answer is the same.
     */
    static boolean allCaps(String t) {
        boolean cased = false;
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 128) {
                if (cp >= 'a' && cp <= 'z') {
                    return false;
                }
                cased |= cp >= 'A' && cp <= 'Z';
            } else {
                String s = t.substring(i, i + n);
                if (!s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
                cased |= !s.equals(s.toLowerCase(java.util.Locale.ROOT));
            }
            i += n;
        }
        return cased;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Document-wide figures the features are relative to. */
    static final class DocumentStats {
        final int regionStart;
        final int regionEnd;
        final int[] proseBefore;
        final int proseWords;
        final int maxWords;
        /** The headline's block, -1 when none. */
        final int headline;
        /** The language of the document's prose, for stopwords. */
        final String language;

        DocumentStats(Classification c) {
            regionStart = c.first(Role.CONTENT);
            regionEnd = c.last(Role.CONTENT);
            proseBefore = new int[c.size()];
            int prose = 0;
            int max = 0;
            for (int i = 0; i < c.size(); i++) {
                proseBefore[i] = prose;
                Features f = c.get(i).features();
                if (f.isProse()) {
                    prose += f.words();
                }
                max = Math.max(max, f.words());
            }
            proseWords = prose;
            maxWords = max;
            headline = c.first(Label.HEADLINE);
            language = Classification.UNDECIDED.equals(c.language()) ? proseLanguage(c.blocks()) : c.language();
        }

        /**
         * The language of the prose blocks' first 4,000 characters. Features do not change with labels, so the
         * classifier detects it once, when it builds the first classification (it was detected each time these
         * statistics were built, twice a document: 4% of the text core, JFR).
         */
        static String proseLanguage(List<LabeledBlock> blocks) {
            StringBuilder text = new StringBuilder();
            for (LabeledBlock b : blocks) {
                if (b.features().isProse() && text.length() < 4000) {
                    text.append(b.text()).append('\n');
                }
            }
            return LanguageDetector.detect(text);
        }
    }
}
