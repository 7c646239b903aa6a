package dev.pith;

import dev.pith.article.Article;
import dev.pith.classify.Classification;
import dev.pith.classify.LabeledBlock;
import java.util.List;

/**
 * An article together with the labels that made it: what {@code --explain} prints.
 *
 * @param article the record
 * @param labels  every block of the input with its label, features and reason
 * @param notes   where each metadata value came from and how the body was found (HTML input), one line each
 */
public record Extraction(Article article, Classification labels, List<String> notes) {
    public Extraction {
        notes = List.copyOf(notes);
    }

    /** An extraction with no notes: text input, whose metadata comes from the labelled blocks themselves. */
    public Extraction(Article article, Classification labels) {
        this(article, labels, List.of());
    }

    /**
     * A header naming the document (with the URL and fetch date its container gave), its dump style, the record's
     * language and the number of blocks; then the notes; then one line per block: lines, label, reason, features and
     * the start of its text.
     */
    public String explanation() {
        StringBuilder b = new StringBuilder();
        b.append("# source: ").append(article.source());
        if (article.origin().url() != null) {
            b.append(", url: ").append(article.origin().url());
        }
        if (article.origin().fetched() != null) {
            b.append(", fetched: ").append(article.origin().fetched());
        }
        b.append('\n');
        b.append("# style: ").append(labels.style().id()).append(", language: ").append(article.language())
                .append(", blocks: ").append(labels.size()).append('\n');
        for (String note : notes) {
            b.append("# ").append(note).append('\n');
        }
        for (LabeledBlock lb : labels.blocks()) {
            String text = lb.text();
            if (text.length() > 70) {
                text = text.substring(0, 67) + "...";
            }
            b.append(String.format("%-9s %-11s %-48s w=%-4d %s | %s%n", lb.block().lines(), lb.label().id(),
                    lb.reason().length() > 48 ? lb.reason().substring(0, 45) + "..." : lb.reason(),
                    lb.features().words(), lb.features().sentenceEnd() ? "." : " ", text));
        }
        return b.toString();
    }
}
