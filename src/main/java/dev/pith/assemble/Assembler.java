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
                        String written = bylineText(c, i);
                        byline = parseByline(written);
                        if (!written.equals(b.text())) {
                            i++; // the name's line under the marker is in the byline: not removed as well
                        }
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
                : byline == null ? List.of() : byline.authors();
        return new Article(source, stated.headline() != null ? stated.headline() : headline,
                byline == null ? null : byline.asWritten(), authors,
                stated.published() != null ? stated.published() : datelines.published(),
                stated.updated() != null ? stated.updated() : datelines.updated(),
                mentioned(paragraphs, dates, hint),
                stated.language() != null ? stated.language() : LanguageDetector.detect(body.isEmpty() ? allText(c) : body),
                paragraphs, captions, body, WordCount.of(body), removed, allWarnings, stated.page());
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
     * The byline block's text, and the name on the next line when the block is only a byline's marker ("By" /
     * "Jane Doe": scrapers put a linked name on its own line).
     */
    private static String bylineText(Classification c, int i) {
        String text = c.get(i).text();
        if (i + 1 < c.size() && c.label(i + 1) == Label.BYLINE && BylineParser.isMarkerOnly(text)) {
            return text + " " + c.get(i + 1).text();
        }
        return text;
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
