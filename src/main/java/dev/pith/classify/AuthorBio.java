package dev.pith.classify;

import dev.pith.byline.Byline;
import dev.pith.byline.BylineParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Near the end of the article, a paragraph that opens with the name its byline gave ("Jane Doe is a senior writer
 * for ...", "Matthias Weber ist ERP-Experte ...", "Jane writes about ...") is the author's bio from the page's
 * author box, not the article; so is a short heading over it that names the author ("About Jane Doe"). Rule source:
 * news sites and blogs close a post with a box of the writer's name, role and career, which a text dump runs into
 * the last paragraphs (dev corpus: such bios were kept as the body's last paragraph). Only with a byline, only
 * among the last few paragraphs of a longer article, and only when the name is the paragraph's subject (a verb or
 * a comma follows it), so that a closing quote of a person with the author's given name does not count.
 */
final class AuthorBio implements Step {
    /** Paragraphs from the end where a bio may stand (a bio, a contribution note, a second author's bio). */
    private static final int TAIL = 3;
    /** Paragraphs of the article before a bio. */
    private static final int MIN_BEFORE = 3;
    /** A bio is at most this long. */
    private static final int MAX_WORDS = 80;
    /** A heading over the bio is at most this long. */
    private static final int MAX_HEADING_WORDS = 6;

    @Override
    public Classification apply(Classification in) {
        List<String> names = bylineNames(in);
        if (names.isEmpty()) {
            return in;
        }
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.label(i).isContent()) {
                content.add(i);
            }
        }
        Classification.Edit out = in.edit();
        boolean changed = false;
        for (int k = Math.max(MIN_BEFORE, content.size() - TAIL); k < content.size(); k++) {
            int i = content.get(k);
            LabeledBlock b = in.get(i);
            String name = b.features().words() <= MAX_WORDS ? openingName(b.text(), names) : null;
            if (name == null) {
                continue;
            }
            out.relabel(i, Label.FURNITURE,
                    "the author's bio after the article: opens with the byline's \"" + name + "\"");
            changed = true;
            int above = content.get(k - 1);
            LabeledBlock h = in.get(above);
            if (h.label() == Label.SUBHEADING && h.features().words() <= MAX_HEADING_WORDS && h.text().contains(name)) {
                out.relabel(above, Label.FURNITURE, "the heading of the author's bio");
            }
        }
        return changed ? out.done() : in;
    }

    /**
     * The person names the document's bylines state, read as the record reads them, each as written and by its
     * given name.
     */
    private static List<String> bylineNames(Classification in) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.label(i) != Label.BYLINE) {
                continue;
            }
            for (String author : BylineParser.readLabelled(in.get(i).text()).map(Byline::authors).orElse(List.of())) {
                int space = author.indexOf(' ');
                if (space > 1) { // a person's given name and surname, not a desk's or a firm's one word
                    names.add(author);
                    names.add(author.substring(0, space));
                }
            }
        }
        return names;
    }

    /** The name the text opens with as its subject (a lower-case word or a comma after it), or null. */
    static String openingName(String text, List<String> names) {
        String best = null;
        for (String name : names) {
            int n = name.length();
            if (best != null && n <= best.length() || !text.startsWith(name) || text.length() <= n) {
                continue; // the longest name that opens the text wins
            }
            char after = text.charAt(n);
            if (after == ',' || after == ' ' && text.length() > n + 2 && Character.isLowerCase(text.charAt(n + 1))) {
                best = name;
            }
        }
        return best;
    }
}
