package dev.pith.classify;

import java.util.regex.Pattern;

/**
 * Once the article has been read (a good amount of prose above), a comments heading ("12 Comments",
 * "Leave a Reply", "3 thoughts on ...") or a second "Name says:" line opens the comments section, and
 * everything below it that no phrase claims is comments. Rule source: the comment templates of blog
 * engines and news sites, which always follow the article.
 */
final class CommentsSection implements Step {
    private static final int PROSE_WORDS_BEFORE = 120;
    private static final Pattern HEADING = Pattern.compile(
            "^(?:\\d{1,6}\\s+)?(?:comments?|responses?|replies|kommentare|commentaires?|comentarios?|commenti|komentarz[ey]?"
                    + "|reacties|réactions?)(?:\\s*\\(\\d{1,6}\\))?\\s*:?$"
                    + "|^\\d{1,6}\\s+(?:thoughts? on|responses? to|comments? on|replies to)\\b.{0,200}$"
                    + "|^(?:leave a (?:reply|comment)|add (?:a|your) comment|join the (?:discussion|conversation)"
                    + "|discussion|diskussion|schreibe einen kommentar|kommentar schreiben|laisser un commentaire"
                    + "|deja un comentario|lascia un commento|dodaj komentarz|vos réactions(?:\\s*\\(\\d{1,6}\\))?)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The verbs of {@link #SAYS}, one of which ends (maybe before a colon) every text it matches. */
    private static final String[] SAYS_VERBS = {"says", "sagt", "dit", "dice", "wrote", "schreibt"};
    private static final Pattern SAYS = Pattern.compile("^.{1,60}\\s(?:" + String.join("|", SAYS_VERBS) + "):?$");

    @Override
    public Classification apply(Classification in) {
        int prose = 0;
        int saysSeen = 0;
        int start = -1;
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            String t = b.text();
            if (prose >= PROSE_WORDS_BEFORE && b.features().words() <= 12) {
                if (HEADING.matcher(t).matches()) {
                    start = i;
                    break;
                }
                if (endsWithSaysVerb(t) && SAYS.matcher(t).matches() && ++saysSeen == 2) {
                    start = firstSays(in, i);
                    break;
                }
            }
            if (b.features().isProse()) {
                prose += b.features().words();
            }
        }
        if (start < 0) {
            return in;
        }
        final int from = start;
        final String heading = in.get(start).text();
        return in.map(b -> b.index() >= from && (b.label() == Label.UNDECIDED || b.index() == from)
                ? b.with(Label.COMMENTS, b.index() == from ? "comments heading after the article"
                        : "in the comments section opened by \"" + heading + "\"")
                : b);
    }

    /**
     * True when the text ends with one of {@link #SAYS_VERBS}, maybe before a colon: the pattern's backtracking
     * match, tried on every short block after the article's first prose, is spared on the rest.
     */
    static boolean endsWithSaysVerb(String t) {
        int end = t.endsWith(":") ? t.length() - 1 : t.length();
        for (String v : SAYS_VERBS) {
            if (t.startsWith(v, end - v.length())) {
                return true;
            }
        }
        return false;
    }

    private static int firstSays(Classification in, int second) {
        for (int j = second - 1; j >= 0; j--) {
            if (endsWithSaysVerb(in.get(j).text()) && SAYS.matcher(in.get(j).text()).matches()) {
                return j;
            }
        }
        return second;
    }
}
