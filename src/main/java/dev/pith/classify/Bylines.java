package dev.pith.classify;

import dev.pith.byline.Byline;
import dev.pith.byline.BylineParser;
import dev.pith.byline.GivenNames;
import dev.pith.segment.DumpStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * A short line that states a byline ("By X", "Von X", "Autor: X", "Posted on ... by X") is the byline,
 * near the article; a line that is only a name is the byline when it stands where bylines stand: right
 * beside the headline or a dateline, between the headline and the first paragraph, or in the author box
 * just after the article. Bylines far from the article (in comments, in teasers) are left to the other
 * steps. Rule source: byline conventions of news and blog templates.
 */
final class Bylines implements Step {
    private static final int MAX_WORDS = 22;
    /** How many blocks around the headline and the first paragraph a byline may stand. */
    private static final int NEAR = 4;
    /** How far from the article a stated byline may stand when none stands near it (mastheads, author boxes). */
    private static final int WIDE = 12;
    /**
     * How far below the article a stated byline may stand in a scraper's dump, where every text node of the
     * post's footer ("Posted by X at 18:52", "X Autor") and of its share row is a block of its own.
     */
    private static final int WIDE_SCRAPED = 16;
    /** A copyright line is short: the sign, the years, the owner, a few rights words and links. */
    private static final int OWNER_WORDS = 30;
    /** A name in an author box is followed by the author's bio: a line of at least this many words. */
    private static final int BIO_WORDS = 8;

    @Override
    public Classification apply(Classification in) {
        int headline = in.first(Label.HEADLINE);
        int start = in.first(Role.CONTENT);
        int end = in.last(Role.CONTENT);
        Classification out = in;
        Parses parses = new Parses(in);
        boolean marked = anyMarked(in, parses, headline, start, end);
        boolean found = false;
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            if (!claimable(b) || !near(in, i, headline, start, end)) {
                continue;
            }
            if (parses.stated(i) && (!marked || parses.marked(i))) {
                out = out.relabel(i, Label.BYLINE, "states a byline");
                found = true;
            } else if (parses.markerAbove(i + 1)) {
                out = out.relabel(i, Label.BYLINE, "a byline's marker alone, the name on the next line")
                        .relabel(i + 1, Label.BYLINE, "the name under a byline's marker");
                found = true;
                i++;
                out = coAuthors(out, parses, i);
                while (i + 2 < out.size() && out.label(i + 1) == Label.BYLINE && out.label(i + 2) == Label.BYLINE) {
                    i += 2;
                }
            } else if (parses.roleBelow(i)) {
                out = out.relabel(i, Label.BYLINE, "a name, its role on the next line");
                found = true;
            }
        }
        if (found) {
            return out;
        }
        int top = headline >= 0 && start >= 0 ? Math.min(headline, start) : Math.max(headline, start);
        int bottom = Math.max(end, headline);
        if (top < 0) {
            return out;
        }
        // a stated byline a little farther out, or under a list's label (a masthead run into a link list)
        int wide = first(in, wordBlocks(in, top, -WIDE), wordBlocks(in, bottom, in.style() == DumpStyle.SCRAPER ? WIDE_SCRAPED : WIDE),
                i -> listed(in.get(i)) && (parses.stated(i) || parses.markerAbove(i + 1)));
        if (wide >= 0 && !parses.stated(wide)) {
            return coAuthors(out.relabel(wide, Label.BYLINE,
                            "a byline's marker alone, the name on the next line, beside the article")
                    .relabel(wide + 1, Label.BYLINE, "the name under a byline's marker"), parses, wide + 1);
        }
        if (wide >= 0) {
            return out.relabel(wide, Label.BYLINE, "states a byline, beside the article");
        }
        // a marked byline beside a dateline anywhere: a post's meta block ("Author: X" / "Published: 3 May 2019") is
        // the article's, though far below what was taken for its end (a body cut short by figures and code)
        // the labels first: the strict reading of every claimable block of the document was 6% of the text core (JFR)
        int meta = first(in, 0, in.size() - 1, i -> claimable(in.get(i))
                && (isDateline(in, i - 1) || isDateline(in, i + 1)) && parses.marked(i));
        if (meta >= 0) {
            return out.relabel(meta, Label.BYLINE, "states a byline beside a dateline, far from the article");
        }
        // the same meta block in a scraper's dump, the label on a line of its own: "Datum:" / "19.11.2021" /
        // "Autor:" / "Jane Doe"
        int metaSplit = first(in, 0, in.size() - 2, i -> claimable(in.get(i)) && parses.markerAbove(i + 1)
                && (isDateline(in, i - 1) || isDateline(in, i + 2)));
        if (metaSplit >= 0) {
            return coAuthors(out.relabel(metaSplit, Label.BYLINE,
                            "a byline's marker alone beside a dateline, the name on the next line, far from the article")
                    .relabel(metaSplit + 1, Label.BYLINE, "the name under a byline's marker"), parses, metaSplit + 1);
        }
        // names under their initials (an author row's avatars), each a byline: the co-authors
        Classification initialled = initialled(in, out, parses, headline, start, end);
        if (initialled != null) {
            return initialled;
        }
        // a bare name: first one that starts with a common given name, then the site's owner, then a line only
        // shaped like a name
        Classification given = bareName(in, out, parses, NameTest.GIVEN_NAME, headline, start, end, top, bottom);
        if (given != null) {
            return given;
        }
        int owner = siteOwner(in, bottom);
        if (owner >= 0) {
            return out.relabel(owner, Label.BYLINE, "the person the site's copyright line names (a personal site)");
        }
        Classification shaped = bareName(in, out, parses, NameTest.NAME_SHAPE, headline, start, end, top, bottom);
        return shaped != null ? shaped : out;
    }

    /**
     * Some line near the article states a byline with a marker ("By X", "Text: X", "About the Author - X"). Then a
     * line that is a byline only by a date or a role beside a name ("October 30, 2020 Kate May", "HWK Dortmund |
     * Januar 2022") is not taken: such lines are the meta lines of teaser cards and related posts, while the
     * article's own byline is marked. Rule source: news and blog templates mark the article's byline; the dev
     * corpus's pages with both kinds near the article.
     */
    private static boolean anyMarked(Classification in, Parses parses, int headline, int start, int end) {
        for (int i = 0; i < in.size(); i++) {
            if (claimable(in.get(i)) && near(in, i, headline, start, end) && parses.marked(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the name under a byline's marker (block {@code name}), each conjunction and name on lines of their own
     * ("By" / "Jane Doe" / "and" / "John Roe") is the byline's too.
     */
    private static Classification coAuthors(Classification out, Parses parses, int name) {
        Classification c = out;
        for (int i = name; parses.conjunctionThenName(i + 1); i += 2) {
            c = c.relabel(i + 1, Label.BYLINE, "the conjunction between a byline's names")
                    .relabel(i + 2, Label.BYLINE, "the next name of a byline after its conjunction");
        }
        return c;
    }

    /**
     * The names near the article that stand right under their initials ("LP" / "Luana Patriolino" / "RF" / "Raphael
     * Felice"): an author row whose avatars show the initials when there is no photo; every such name is a byline,
     * and the record takes them all as co-authors. Null when none. Rule source: author rows of news templates.
     */
    private static Classification initialled(Classification in, Classification out, Parses parses, int headline,
                                             int start, int end) {
        Classification c = null;
        for (int i = 1; i < in.size(); i++) {
            if (claimable(in.get(i)) && near(in, i, headline, start, end) && BylineParser.mayBeInitials(in.get(i - 1).text())
                    && (parses.givenName(i) || parses.nameShaped(i))
                    && parses.names(i).size() == 1 && BylineParser.isInitialsOf(in.get(i - 1).text(), parses.names(i).get(0))) {
                c = (c == null ? out : c).relabel(i, Label.BYLINE, "a name under its initials (an author's avatar)");
            }
        }
        return c;
    }

    /**
     * The last line below the article whose copyright names a person ({@link BylineParser#copyrightHolder}), -1
     * when none: a personal site or blog that names no author above its posts is written by its owner. Captions are
     * left out: their copyright is a picture's.
     */
    private static int siteOwner(Classification c, int bottom) {
        for (int i = c.size() - 1; i > bottom; i--) {
            LabeledBlock b = c.get(i);
            if (b.features().words() <= OWNER_WORDS && b.label() != Label.CAPTION
                    && BylineParser.copyrightHolder(b.text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** How sure a bare line must be that it is a person's name. */
    private enum NameTest {
        /** Its words are shaped as names and each name's first word is a common given name ({@link GivenNames}). */
        GIVEN_NAME,
        /** Its words are shaped as names ("Mira Kovač", but also "Últimas Noticias"): only where bylines stand. */
        NAME_SHAPE
    }

    /**
     * The bare-name byline that {@code test} accepts: right under the headline, then beside a dateline (near the
     * article; a given name anywhere above the article's end, since a name and a date side by side are the
     * article's meta line even where a table of contents or a teaser stands between it and the body), between the
     * headline and the first paragraph, in the author box at the article's end (its bio may have been taken for the
     * last paragraph), and for a given name also the nearest one to the headline within {@value #WIDE} blocks of the
     * article (a masthead above the headline, an author box below the article); null when none.
     */
    private static Classification bareName(Classification in, Classification out, Parses parses, NameTest test,
                                           int headline, int start, int end, int top, int bottom) {
        IntPredicate name = i -> test == NameTest.GIVEN_NAME ? parses.givenName(i) : parses.nameShaped(i);
        if (headline >= 0) {
            int under = first(in, headline + 1, headline + 2, i -> claimable(in.get(i)) && name.test(i));
            if (under >= 0) {
                return out.relabel(under, Label.BYLINE, "a name right under the headline");
            }
        }
        int dated = first(in, 0, in.size() - 1, i -> claimable(in.get(i)) && (isDateline(in, i - 1) || isDateline(in, i + 1))
                && (near(in, i, headline, start, end) || test == NameTest.GIVEN_NAME && i < bottom)
                && name.test(i));
        if (dated >= 0) {
            return out.relabel(dated, Label.BYLINE, "a name beside a dateline");
        }
        int lead = first(in, top - 2, Math.max(headline, start) + 1, i -> standalone(in.get(i)) && name.test(i));
        if (lead >= 0) {
            return out.relabel(lead, Label.BYLINE, "a name on its own line before the article");
        }
        int box = first(in, end - 2, end + WIDE, i -> claimable(in.get(i)) && !inMenu(in, i)
                && i + 1 < in.size() && in.get(i + 1).features().words() >= BIO_WORDS && name.test(i));
        if (box >= 0) {
            return out.relabel(box, Label.BYLINE, "a name on its own line after the article (author box)");
        }
        if (test == NameTest.GIVEN_NAME) {
            IntPredicate candidate = i -> claimable(in.get(i)) && !inMenu(in, i) && name.test(i);
            int at = headline >= 0 ? headline : top;
            int nearest = nearest(in, top - WIDE, bottom + WIDE, at, i -> candidate.test(i) && !hasTail(in.get(i).text()));
            if (nearest < 0) {
                nearest = nearest(in, top - WIDE, bottom + WIDE, at, candidate);
            }
            if (nearest >= 0) {
                return out.relabel(nearest, Label.BYLINE, "a given name and surname on their own line near the article");
            }
        }
        return null;
    }

    /**
     * The line goes on after the name, behind a separator ("Hanna Berg / Lehtikuva", "Jane Doe | Photos"): a photo's
     * credit or a card's label as often as a byline, so a line that is the name alone is preferred. Rule source:
     * photo credits set under pictures as "photographer / agency"; the dev corpus.
     */
    private static boolean hasTail(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("/|•·(–—".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return text.contains(" - ");
    }

    /**
     * Between two short lines of furniture: a menu or a tag list, where capitalised words are labels, not names.
     */
    private static boolean inMenu(Classification c, int i) {
        return shortBoilerplate(c, i - 1) && shortBoilerplate(c, i + 1);
    }

    private static boolean shortBoilerplate(Classification c, int i) {
        return i >= 0 && i < c.size() && c.label(i).isBoilerplate() && c.get(i).features().words() <= 4;
    }

    /** The first index in [from, to] (clamped to the document) that passes, -1 when none. */
    /**
     * The index {@code n} blocks that hold a word away from {@code from} (before it when {@code n} is negative):
     * a comment form's empty fields, one block each in a text browser's dump, do not push a byline out of reach.
     */
    private static int wordBlocks(Classification c, int from, int n) {
        int step = n < 0 ? -1 : 1;
        int i = from;
        for (int left = Math.abs(n); left > 0 && i + step >= 0 && i + step < c.size(); ) {
            i += step;
            if (c.get(i).features().words() > 0) {
                left--;
            }
        }
        return i;
    }

    private static int first(Classification c, int from, int to, IntPredicate test) {
        for (int i = Math.max(0, from); i <= Math.min(c.size() - 1, to); i++) {
            if (test.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index in [from, to] nearest to {@code at} that passes (below it on a tie), -1 when none. */
    private static int nearest(Classification c, int from, int to, int at, IntPredicate test) {
        int lo = Math.max(0, from);
        int hi = Math.min(c.size() - 1, to);
        for (int d = 0; at - d >= lo || at + d <= hi; d++) {
            if (at + d >= lo && at + d <= hi && test.test(at + d)) {
                return at + d;
            }
            if (d > 0 && at - d >= lo && at - d <= hi && test.test(at - d)) {
                return at - d;
            }
        }
        return -1;
    }

    /**
     * The byline parser's readings of one document's blocks, each made once: the rules above ask for the same
     * blocks again and again (every name rule, for both name tests; that was 8% of the text core, JFR). Lives
     * for one {@link #apply} call.
     */
    private static final class Parses {
        /** What the lenient reading of a block found. */
        private enum Lenient { NONE, NAME_SHAPED, GIVEN_NAMES }

        private final Classification c;
        /** Per block, its strict reading ({@link BylineParser#parse}); null until parsed. */
        private final Optional<Byline>[] strict;
        /** Per block, the lenient reading; null until parsed. */
        private final Lenient[] lenient;
        /** Per block, the names of its lenient reading (empty when none); null until parsed. */
        private final List<String>[] names;
        /** The document's lower-case words; null until a bare name needs them. */
        private LowerCaseWords lowerCase;

        Parses(Classification c) {
            this.c = c;
            @SuppressWarnings("unchecked")
            Optional<Byline>[] read = new Optional[c.size()];
            this.strict = read;
            this.lenient = new Lenient[c.size()];
            @SuppressWarnings("unchecked")
            List<String>[] parsed = new List[c.size()];
            this.names = parsed;
        }

        /** The block states a byline ("By X", "Von X"). */
        boolean stated(int i) {
            return strictReading(i).isPresent();
        }

        /** The block states a byline with a marker, at its start or after a lead-in ("By X", "Posted on ... by X"). */
        boolean marked(int i) {
            return strictReading(i).map(Byline::marked).orElse(false);
        }

        private Optional<Byline> strictReading(int i) {
            if (strict[i] == null) {
                strict[i] = BylineParser.parse(c.get(i).text());
            }
            return strict[i];
        }

        /**
         * Block i is a name (or a desk) and the block above it only a byline's marker ("By" / "Jane Doe"): the
         * two read as a byline together.
         */
        boolean markerAbove(int i) {
            if (i <= 0 || i >= c.size() || !claimable(c.get(i)) || !BylineParser.isMarkerOnly(c.get(i - 1).text())) {
                return false;
            }
            return BylineParser.parse(c.get(i - 1).text() + " " + c.get(i).text()).isPresent();
        }

        /**
         * A line shaped like a byline or a bare name; a bare name that is not a known given name must not be made
         * of words the document also writes in lower case ({@link LowerCaseWords}).
         */
        boolean nameShaped(int i) {
            Lenient l = lenient(i);
            if (l != Lenient.NAME_SHAPED || stated(i)) {
                return l != Lenient.NONE;
            }
            if (lowerCase == null) {
                lowerCase = LowerCaseWords.of(c);
            }
            return !lowerCase.anyCommon(names[i]);
        }

        /**
         * Block i is a person's name (a common given name first, or name-shaped and not common words) and the block
         * under it only a role ({@link BylineParser#isRoleOnly}), not a byline of its own ("By Evan Halper, Staff
         * Writer" under a photo's credit): an author's or a contact's box.
         */
        boolean roleBelow(int i) {
            // the role line first: it is rare, and the name tests' lenient parse and the document's lower-case
            // words were most of this test's time (JFR, dev dumps)
            return i + 1 < c.size() && BylineParser.isRoleOnly(c.get(i + 1).text()) && (givenName(i) || nameShaped(i))
                    && !stated(i) && !stated(i + 1);
        }

        /**
         * Block i is only a conjunction ("and", "und", "&amp;") and block i + 1 a name: the next author of a byline
         * whose names a dump put on lines of their own.
         */
        boolean conjunctionThenName(int i) {
            return i + 1 < c.size() && BylineParser.isConjunctionOnly(c.get(i).text()) && claimable(c.get(i + 1))
                    && !stated(i + 1) && (givenName(i + 1) || nameShaped(i + 1));
        }

        /** The names of the block's lenient reading, empty when none. */
        List<String> names(int i) {
            lenient(i);
            return names[i];
        }

        /** A line that is only a person's name: its words shaped as names, the first of each a common given name. */
        boolean givenName(int i) {
            return lenient(i) == Lenient.GIVEN_NAMES;
        }

        private Lenient lenient(int i) {
            if (lenient[i] == null) {
                // parseLenient's reading, from the strict one this keeps
                Byline b = stated(i) ? strict[i].get() : BylineParser.parseBare(c.get(i).text()).orElse(null);
                names[i] = b == null ? List.of() : b.authors();
                lenient[i] = b == null ? Lenient.NONE
                        : GivenNames.allStartWithGivenName(names[i]) ? Lenient.GIVEN_NAMES : Lenient.NAME_SHAPED;
            }
            return lenient[i];
        }
    }

    private static boolean isDateline(Classification c, int i) {
        return i >= 0 && i < c.size() && c.label(i) == Label.DATELINE;
    }

    private static boolean claimable(LabeledBlock b) {
        Label l = b.label();
        return b.features().words() <= MAX_WORDS && b.features().furniture() == null
                && (l == Label.FURNITURE || l == Label.PARAGRAPH || l == Label.SUBHEADING || l == Label.DATELINE);
    }

    /** A short line outside the body text: furniture, a subheading-shaped line or a dateline. */
    private static boolean standalone(LabeledBlock b) {
        Label l = b.label();
        return b.features().words() <= MAX_WORDS && b.features().furniture() == null
                && (l == Label.FURNITURE || l == Label.SUBHEADING || l == Label.DATELINE);
    }

    /** Claimable, or labelled as part of a list or a comments section by an earlier step. */
    private static boolean listed(LabeledBlock b) {
        Label l = b.label();
        return claimable(b) || (b.features().words() <= MAX_WORDS && (l == Label.MOST_READ || l == Label.RELATED
                || l == Label.COMMENTS || l == Label.CAPTION || l == Label.OTHER_TEXT));
    }

    /**
     * Around the headline, or inside or just around the article. Share and follow buttons and other lines the
     * furniture lexicon knows do not count in the distance: templates put a row of them between the byline and
     * the first paragraph; nor do blocks without a word (a comment form's empty fields).
     */
    private static boolean near(Classification c, int i, int headline, int start, int end) {
        if (headline >= 0 && i >= headline - 1 && i <= headline + 3 * NEAR) {
            return true;
        }
        if (start < 0) {
            return false;
        }
        if (i >= start && i <= end) {
            return true;
        }
        return i < start ? blocksBetween(c, i, start) < NEAR : blocksBetween(c, end, i) < NEAR;
    }

    /**
     * The blocks strictly between {@code from} and {@code to} that are not lexicon furniture and hold a word: a
     * form's empty fields ("[ ]", one block each in a text browser's dump) do not count either.
     */
    private static int blocksBetween(Classification c, int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to && n < NEAR; k++) {
            Features f = c.get(k).features();
            n += f.furniture() == null && f.words() > 0 ? 1 : 0;
        }
        return n;
    }
}
