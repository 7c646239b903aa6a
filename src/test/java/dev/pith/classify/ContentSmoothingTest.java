package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSmoothingTest {
    /** A model that is unsure of every block (p = 0.5), so only the labels so far and the sequence decide. */
    private static final LogisticModel UNSURE = new LogisticModel(BlockFeatures.names(),
            new double[BlockFeatures.names().size()], 0.5);
    private static final int HALF = SmoothingModel.BINS / 2;

    /** An article rarely starts or ends between two blocks; inside it, blocks are mostly in the body already. */
    private static SmoothingModel sticky() {
        long[][] symbols = new long[2][SmoothingModel.SYMBOLS];
        symbols[SmoothingModel.OUT][HALF] = 90;
        symbols[SmoothingModel.OUT][SmoothingModel.BINS + HALF] = 10;
        symbols[SmoothingModel.IN][HALF] = 10;
        symbols[SmoothingModel.IN][SmoothingModel.BINS + HALF] = 90;
        return SmoothingModel.fromCounts(new long[] {50, 50}, new long[][] {{99, 1}, {1, 99}}, symbols);
    }

    private static Classification labelled(Label... labels) {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            dump.append("Block number ").append(i).append(" of the page.\n");
        }
        Classification c = Classifier.initialFor(Segmenter.segment(dump.toString(), DumpStyle.BROWSER_COPY),
                DumpStyle.BROWSER_COPY, "en");
        for (int i = 0; i < labels.length; i++) {
            c = c.relabel(i, labels[i], "given");
        }
        return c;
    }

    private static List<Label> labels(Classification c) {
        return c.blocks().stream().map(LabeledBlock::label).toList();
    }

    @Test
    void oneBlockLeftOutBetweenBodyBlocksGoesIntoTheBody() {
        Classification c = new ContentSmoothing(UNSURE, sticky()).apply(labelled(Label.FURNITURE, Label.PARAGRAPH,
                Label.PARAGRAPH, Label.FURNITURE, Label.PARAGRAPH, Label.PARAGRAPH, Label.FURNITURE, Label.FURNITURE));
        assertEquals(List.of(Label.FURNITURE, Label.PARAGRAPH, Label.PARAGRAPH, Label.PARAGRAPH, Label.PARAGRAPH,
                Label.PARAGRAPH, Label.FURNITURE, Label.FURNITURE), labels(c));
        assertTrue(c.get(3).reason().contains("sequence smoothing"), c.get(3).reason());
    }

    @Test
    void aBodyBlockAmongFurnitureStaysInTheBody() {
        Classification in = labelled(Label.FURNITURE, Label.FURNITURE, Label.PARAGRAPH, Label.FURNITURE,
                Label.FURNITURE);
        assertEquals(labels(in), labels(new ContentSmoothing(UNSURE, sticky()).apply(in)));
    }

    @Test
    void metadataIsNotPartOfTheSequenceAndKeepsItsLabel() {
        Classification c = new ContentSmoothing(UNSURE, sticky()).apply(labelled(Label.PARAGRAPH, Label.HEADLINE,
                Label.PARAGRAPH, Label.CAPTION, Label.PARAGRAPH));
        assertEquals(List.of(Label.PARAGRAPH, Label.HEADLINE, Label.PARAGRAPH, Label.CAPTION, Label.PARAGRAPH),
                labels(c));
    }

    @Test
    void withoutAModelNothingChanges() {
        Classification in = labelled(Label.PARAGRAPH, Label.FURNITURE, Label.PARAGRAPH);
        assertEquals(labels(in), labels(new ContentSmoothing(UNSURE, null).apply(in)));
    }

    @Test
    void theShippedSmoothingReadsBackWhatTrainingWrites() {
        SmoothingModel shipped = SmoothingModel.shipped();
        assertTrue(shipped != null, "content-smoothing.tsv is in the jar");
        SmoothingModel m = sticky();
        assertEquals(m.serialize(), SmoothingModel.parse(m.serialize()).serialize());
    }
}
