package dev.pith.assemble;

import dev.pith.article.Article;
import dev.pith.article.DateValue;
import dev.pith.article.Paragraph;
import dev.pith.article.ParagraphKind;
import dev.pith.article.RemovedBlock;
import dev.pith.byline.Byline;
import dev.pith.dates.DateContext;
import dev.pith.dates.DateMention;
import dev.pith.lang.LanguageDetector;
import java.time.LocalDate;
import dev.pith.byline.BylineParser;
import dev.pith.classify.Classification;
import dev.pith.classify.Label;
import dev.pith.classify.LabeledBlock;
import dev.pith.classify.PageTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assemble stage: turns labelled blocks into the immutable {@link Article}. Every block ends up in
 * exactly one place: a field of the record, a paragraph, a caption, or the removed list.
 */
public final class Assembler {
    private Assembler() {
    }

    public static Article assemble(String source, Classification c, List<String> warnings, LocalDate referenceDate) {
        return assemble(source, c, warnings, referenceDate, StatedMetadata.NONE);
    }

    /**
     * Like {@link #assemble(String, Classification, List, LocalDate)}, with what the page states about itself
     * (HTML metadata), which wins over what the text shows.
     */
    public static Article assemble(String source, Classification c, List<String> warnings, LocalDate referenceDate,
                                   StatedMetadata stated) {
        YearHint hint = YearHint.of(c);
        DateContext dates = new DateContext(referenceDate, hint.year());
        Datelines datelines = Datelines.of(c, dates);
        String headline = null;
        Byline byline = null;
        int bylineAt = -1;
        List<String> coAuthors = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            LabeledBlock b = c.get(i);
            Label l = b.label();
            switch (l.role()) {
                case CONTENT -> paragraphs.add(new Paragraph(kindOf(l), b.text(), b.block().lines()));
                case CAPTION -> captions.add(b.text());
                case METADATA -> {
                    if (l == Label.HEADLINE && headline == null) {
                        headline = PageTitle.headlineText(c, b);
                        if (!headline.equals(b.text())) {
                            removed.add(new RemovedBlock(l.id(), b.text(), b.block().lines(),
                                    "the headline line: the headline is its part without the site's name, the date or"
                                            + " the marks run into it"));
                        }
                    } else if (l == Label.BYLINE && byline == null) {
                        int last = bylineEnd(c, i);
                        String written = bylineText(c, i, last);
                        byline = parseByline(written);
                        i = last; // the name's lines under the marker are in the byline: not removed as well
                        bylineAt = i;
                    } else if (l == Label.BYLINE && i - bylineAt <= CO_AUTHOR_GAP && !byline.authors().isEmpty()
                            && initialled(c, i)) {
                        coAuthors.addAll(parseByline(b.text()).authors());
                        bylineAt = i;
                        removed.add(removedBlock(b));
                    } else if (!datelines.isUsed(b)) {
                        removed.add(removedBlock(b));
                    }
                }
                default -> removed.add(removedBlock(b));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(p.text());
        }
        String body = text.toString();
        List<String> allWarnings = new ArrayList<>(warnings);
        if (paragraphs.isEmpty()) {
            allWarnings.add("no article body found");
        }
        List<String> authors = !stated.authors().isEmpty() ? stated.authors()
                : byline == null ? List.of() : withCoAuthors(byline.authors(), coAuthors);
        return new Article(source, stated.headline() != null ? stated.headline() : headline,
                byline == null ? null : byline.asWritten(), authors,
                stated.published() != null ? stated.published() : datelines.published(),
                stated.updated() != null ? stated.updated() : datelines.updated(),
                mentioned(paragraphs, dates, hint),
                stated.language() != null ? stated.language() : LanguageDetector.detect(body.isEmpty() ? allText(c) : body),
                paragraphs, captions, body, WordCount.of(body), removed, allWarnings, stated.page());
    }

    /**
     * How many blocks after a byline's line the next co-author's byline line may stand: an author's avatar (the
     * initials, a photo's placeholder) between two names of a row of authors.
     */
    private static final int CO_AUTHOR_GAP = 2;

    /**
     * The byline's names, then those of the byline lines right after it that stand under their initials, each once:
     * a row of authors that the page writes as avatar and name per author ("LP / Luana Patriolino / RF / Raphael
     * Felice"), one block each in a dump.
     */
    private static List<String> withCoAuthors(List<String> authors, List<String> coAuthors) {
        if (coAuthors.isEmpty()) {
            return authors;
        }
        List<String> all = new ArrayList<>(authors);
        for (String a : coAuthors) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return List.copyOf(all);
    }

    /** The block above block i is the initials of block i's one name (an author's avatar over the name). */
    private static boolean initialled(Classification c, int i) {
        List<String> names = parseByline(c.get(i).text()).authors();
        return i > 0 && names.size() == 1 && BylineParser.isInitialsOf(c.get(i - 1).text(), names.get(0));
    }

    private static String allText(Classification c) {
        StringBuilder b = new StringBuilder();
        for (LabeledBlock lb : c.blocks()) {
            b.append(lb.text()).append('\n');
        }
        return b.toString();
    }

    /** The dates the paragraphs mention, in order. */
    public static List<DateValue> mentioned(List<Paragraph> paragraphs, DateContext context) {
        return mentioned(paragraphs, context, new YearHint(context.yearHint(), Map.of()));
    }

    private static List<DateValue> mentioned(List<Paragraph> paragraphs, DateContext context, YearHint hint) {
        List<DateValue> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (DateMention d : hint.mentions(p.text(), context)) {
                out.add(Datelines.value(d));
            }
        }
        return out;
    }

    /**
     * The last block of the byline that starts at block i: i itself, or the name on the next line when the block is
     * only a byline's marker ("By" / "Jane Doe": scrapers put a linked name on its own line), and after it each
     * conjunction and name that follow as byline blocks ("and" / "John Roe").
     */
    private static int bylineEnd(Classification c, int i) {
        if (i + 1 >= c.size() || c.label(i + 1) != Label.BYLINE || !BylineParser.isMarkerOnly(c.get(i).text())) {
            return i;
        }
        int last = i + 1;
        while (last + 2 < c.size() && c.label(last + 1) == Label.BYLINE && c.label(last + 2) == Label.BYLINE
                && BylineParser.isConjunctionOnly(c.get(last + 1).text())) {
            last += 2;
        }
        return last;
    }

    /** The text of blocks i to last, one space between. */
    private static String bylineText(Classification c, int i, int last) {
        StringBuilder b = new StringBuilder(c.get(i).text());
        for (int k = i + 1; k <= last; k++) {
            b.append(' ').append(c.get(k).text());
        }
        return b.toString();
    }

    private static Byline parseByline(String text) {
        return BylineParser.readLabelled(text).orElse(new Byline(text, List.of(), 0.0));
    }

    private static RemovedBlock removedBlock(LabeledBlock b) {
        return new RemovedBlock(b.label().id(), b.text(), b.block().lines(), b.reason());
    }

    private static ParagraphKind kindOf(Label l) {
        return switch (l) {
            case SUBHEADING -> ParagraphKind.SUBHEADING;
            case QUOTE -> ParagraphKind.QUOTE;
            case LIST_ITEM -> ParagraphKind.LIST_ITEM;
            default -> ParagraphKind.PARAGRAPH;
        };
    }
}
