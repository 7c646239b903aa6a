package dev.pith.write;

import java.util.Objects;

/**
 * How records are written: immutable, from a preset or {@link #builder()}.
 *
 * @param removed   whether the removed blocks go into the record
 * @param csvSafety whether CSV cells that a spreadsheet would run as formulas are neutralised
 */
public record WriteOptions(RemovedBlocks removed, CsvSafety csvSafety) {

    /** Records without the removed list; CSV safe for spreadsheets. */
    public static final WriteOptions DEFAULT = new WriteOptions(RemovedBlocks.OMIT, CsvSafety.NEUTRALISE_FORMULAS);

    public WriteOptions {
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(csvSafety, "csvSafety");
    }

    /** Whether the record lists the blocks pith removed. */
    public enum RemovedBlocks { OMIT, KEEP }

    /** Whether CSV cells starting with =, +, -, @, tab or CR get a leading apostrophe. */
    public enum CsvSafety { NEUTRALISE_FORMULAS, RAW }

    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** Builds {@link WriteOptions}. */
    public static final class Builder {
        private RemovedBlocks removed;
        private CsvSafety csvSafety;

        private Builder(WriteOptions from) {
            removed = from.removed;
            csvSafety = from.csvSafety;
        }

        public Builder removed(RemovedBlocks value) {
            removed = Objects.requireNonNull(value);
            return this;
        }

        public Builder csvSafety(CsvSafety value) {
            csvSafety = Objects.requireNonNull(value);
            return this;
        }

        public WriteOptions build() {
            return new WriteOptions(removed, csvSafety);
        }
    }
}
