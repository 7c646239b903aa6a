package dev.pith.write;

import java.util.List;
import java.util.Objects;

/**
 * How records are written: immutable, from a preset or {@link #builder()}.
 *
 * @param removed   whether the removed blocks go into the record
 * @param csvSafety whether CSV cells that a spreadsheet would run as formulas are neutralised
 * @param csvRows   one CSV row per article or per paragraph
 * @param fields    the fields to write, in this order (csv, json, jsonl); empty: every field of the format
 */
public record WriteOptions(RemovedBlocks removed, CsvSafety csvSafety, CsvRows csvRows, List<String> fields) {

    /** Records without the removed list; CSV safe for spreadsheets, one row per article; every field. */
    public static final WriteOptions DEFAULT = new WriteOptions(RemovedBlocks.OMIT, CsvSafety.NEUTRALISE_FORMULAS,
            CsvRows.ARTICLE, List.of());

    public WriteOptions {
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(csvSafety, "csvSafety");
        Objects.requireNonNull(csvRows, "csvRows");
        fields = List.copyOf(fields);
    }

    /** Whether the record lists the blocks pith removed. */
    public enum RemovedBlocks { OMIT, KEEP }

    /** Whether CSV cells starting with =, +, -, @, tab or CR get a leading apostrophe. */
    public enum CsvSafety { NEUTRALISE_FORMULAS, RAW }

    /** What one CSV row holds: an article, or one paragraph of an article (with its source and index). */
    public enum CsvRows { ARTICLE, PARAGRAPH }

    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** Builds {@link WriteOptions}. */
    public static final class Builder {
        private RemovedBlocks removed;
        private CsvSafety csvSafety;
        private CsvRows csvRows;
        private List<String> fields;

        private Builder(WriteOptions from) {
            removed = from.removed;
            csvSafety = from.csvSafety;
            csvRows = from.csvRows;
            fields = from.fields;
        }

        public Builder removed(RemovedBlocks value) {
            removed = Objects.requireNonNull(value);
            return this;
        }

        public Builder csvSafety(CsvSafety value) {
            csvSafety = Objects.requireNonNull(value);
            return this;
        }

        public Builder csvRows(CsvRows value) {
            csvRows = Objects.requireNonNull(value);
            return this;
        }

        /** The fields to write, in order; see {@link RecordFields#check} for the names each format knows. */
        public Builder fields(List<String> value) {
            fields = List.copyOf(value);
            return this;
        }

        public WriteOptions build() {
            return new WriteOptions(removed, csvSafety, csvRows, fields);
        }
    }
}
