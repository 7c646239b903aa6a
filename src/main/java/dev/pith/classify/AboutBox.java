package dev.pith.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At the end of the article, a short heading "About ..." ("About Jane Doe", "Über uns", "Sobre Carlos Nadalim",
 * "À propos de l'auteur") over the last paragraphs opens the page's box about the author, the blog or the firm:
 * the heading and the paragraphs under it (up to the next heading) are no part of the article. Rule source: blogs,
 * company news and press releases close with a box of who wrote or who publishes, which a text dump runs into the
 * article's last paragraphs (dev corpus: such boxes were kept as the body's last paragraphs, and their text is a
 * must-not snippet). What follows the word "about" must name someone: a capitalised name or a pronoun such as
 * "us" or "the author" ("About this" or "Über das und vieles mehr!" do not open a box); the box must come after
 * some of the article and be among its last paragraphs, so that a section heading in the middle of an article
 * about a person ("About Jupiter's moons") does not count.
 */
final class AboutBox implements Step {
    /** A heading is at most this long. */
    private static final int MAX_HEADING_WORDS = 6;
    /** Paragraphs of the article before the box. */
    private static final int MIN_BEFORE = 3;
    /** Paragraphs a box holds under its heading. */
    private static final int MAX_BOX = 3;
    /** Content blocks the page may still have after the box, under a heading of their own (a second box, a note). */
    private static final int MAX_AFTER = 1;
    /** Blocks from one paragraph of a box to the next at most (a link or a share button between). */
    private static final int MAX_GAP = 3;
    /** A box's paragraph is at most this long. */
    private static final int MAX_WORDS = 150;

    private static final Pattern HEADING = Pattern.compile(
            "(?iu)(about|über|sobre|acerca de|à propos de|à propos du|a propos de|informazioni su|o)\\s+(\\S.*)");
    /** Who an "about" heading names when it names no one by name. */
    private static final Set<String> PRONOUNS = Set.of(
            "us", "me", "the author", "the authors", "the writer", "uns", "mich", "den autor", "die autorin",
            "dem autor", "die autoren", "nosotros", "mí", "el autor", "la autora", "o autor", "a autora", "nós",
            "nous", "moi", "l'auteur", "l’auteur", "l'autrice", "l’autrice", "noi", "me stesso", "l'autore",
            "l’autore", "autorze", "autorce", "nas", "mnie");

    @Override
    public Classification apply(Classification in) {
        int content = 0;
        for (int i = 0; i < in.size(); i++) {
            if (content < MIN_BEFORE || !isHeading(in.get(i))) {
                content += in.label(i).isContent() ? 1 : 0;
                continue;
            }
            int end = boxEnd(in, i);
            if (end > i && in.countAfter(Role.CONTENT, end) <= MAX_AFTER) {
                Classification.Edit out = in.edit();
                out.relabel(i, Label.FURNITURE, "the heading of an about box after the article");
                for (int k = i + 1; k <= end; k++) {
                    if (in.label(k).isContent()) {
                        out.relabel(k, Label.OTHER_TEXT, "in the about box under \"" + in.get(i).text() + "\"");
                    }
                }
                return out.done();
            }
            content += in.label(i).isContent() ? 1 : 0;
        }
        return in;
    }

    /**
     * The last block of the box under heading {@code h}: its paragraphs up to the next heading, kept or already
     * taken out as prose by the content model, at most {@link #MAX_GAP} blocks apart (further on is the footer); {@code h} when there are none or more than a box holds.
     */
    private static int boxEnd(Classification in, int h) {
        int end = h;
        int paragraphs = 0;
        for (int k = h + 1; k < in.size() && k - end <= MAX_GAP; k++) {
            Label l = in.label(k);
            if (l == Label.SUBHEADING) {
                break;
            }
            if (l.isContent() || l == Label.OTHER_TEXT) {
                if (in.get(k).features().words() > MAX_WORDS || ++paragraphs > MAX_BOX) {
                    return h;
                }
                end = k;
            }
        }
        return end;
    }

    /**
     * A short line "About" + someone, not a sentence, kept or guessed furniture by position (a heading the lexicon
     * names, "About us" in a footer's menu, is not over the article's last paragraphs).
     */
    static boolean isHeading(LabeledBlock b) {
        Features f = b.features();
        Label l = b.label();
        boolean movable = l.isContent() || (l == Label.FURNITURE || l == Label.OTHER_TEXT) && f.furniture() == null;
        return movable && f.words() <= MAX_HEADING_WORDS && !f.sentenceEnd() && namesSomeone(b.text().strip());
    }

    static boolean namesSomeone(String text) {
        Matcher m = HEADING.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2).strip();
        if (PRONOUNS.contains(rest.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // Polish "O" and Portuguese "o" also open ordinary lines: only with a pronoun
        return !word.equals("o") && Character.isUpperCase(rest.codePointAt(0));
    }
}
