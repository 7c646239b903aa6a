package dev.pith;

import dev.pith.article.Article;
import dev.pith.assemble.Assembler;
import dev.pith.classify.Classification;
import dev.pith.classify.Classifier;
import dev.pith.decode.Mojibake;
import dev.pith.html.HtmlExtractor;
import dev.pith.html.HtmlInput;
import dev.pith.segment.Block;
import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.List;

/**
 * pith's front door: one raw dump in, one clean {@link Article} out.
 *
 * <pre>{@code
 * Article a = Pith.extract(text);
 * System.out.println(a.headline() + "\n\n" + a.text());
 * }</pre>
 *
 * The pipeline behind it: mojibake repair (unless the options keep it) -> segment (blocks) -> classify (a label for every block) -> assemble (the record).
 * HTML (detected from the content, or forced by the options) goes through {@link HtmlExtractor} instead of
 * the text segmenter, into the same classifier and record.
 * Pure and thread-safe: no I/O, no global mutable state; call it from any number of threads.
 */
public final class Pith {
    private Pith() {
    }

    /** Extracts the article from a plain-text dump, with default options. */
    public static Article extract(String text) {
        return extract(text, "-", ExtractOptions.DEFAULT);
    }

    /** Extracts the article from a plain-text dump; {@code source} names it in the record. */
    public static Article extract(String text, String source, ExtractOptions options) {
        return explain(text, source, options).article();
    }

    /** Extracts the article and keeps every block's label and reason, for {@code --explain}. */
    public static Extraction explain(String text, String source, ExtractOptions options) {
        return explain(text, source, options, List.of());
    }

    /** Like {@link #explain(String, String, ExtractOptions)}, with warnings from decoding to carry into the record. */
    public static Extraction explain(String raw, String source, ExtractOptions options, List<String> decodeWarnings) {
        String text = raw;
        List<String> warnings = decodeWarnings;
        if (options.mojibake() == ExtractOptions.MojibakeRepair.REPAIR) {
            Mojibake.Repair repair = Mojibake.repair(raw);
            text = repair.text();
            warnings = Mojibake.withWarning(decodeWarnings, repair);
        }
        if (options.input() == ExtractOptions.InputType.HTML
                || (options.input() == ExtractOptions.InputType.AUTO && HtmlInput.looksLikeHtml(text))) {
            return HtmlExtractor.extract(text, source, options, warnings);
        }
        DumpStyle style = options.style().fixed() != null ? options.style().fixed() : Segmenter.detectStyle(text);
        List<Block> blocks = Segmenter.segment(text, style);
        Classification labels = Classifier.classify(blocks, style, "und");
        Article article = Assembler.assemble(source, labels, warnings, options.referenceDate());
        return new Extraction(article, labels);
    }
}
