package dev.pith.read;

import java.util.List;
import java.util.Objects;

/**
 * How inputs are read into documents: immutable, built with {@link #builder()}.
 *
 * @param kind       what the inputs hold
 * @param json       with {@link InputKind#JSONL}: which fields hold what
 * @param keepFields fields of each JSON Lines record (or headers of each WARC record) carried into the record
 * @param maxBytes   the size limit of one document, after decompression
 */
public record ReadOptions(InputKind kind, JsonFields json, List<String> keepFields, long maxBytes) {
    /** Files (WARC by content), the usual field names, nothing kept, 256 MiB. */
    public static final ReadOptions DEFAULT = new ReadOptions(InputKind.FILES, JsonFields.DEFAULT, List.of(),
            256L * 1024 * 1024);

    public ReadOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(json, "json");
        keepFields = List.copyOf(keepFields);
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** Builds a {@link ReadOptions}. */
    public static final class Builder {
        private InputKind kind;
        private JsonFields json;
        private List<String> keepFields;
        private long maxBytes;

        private Builder(ReadOptions from) {
            kind = from.kind;
            json = from.json;
            keepFields = from.keepFields;
            maxBytes = from.maxBytes;
        }

        public Builder kind(InputKind value) {
            kind = value;
            return this;
        }

        public Builder json(JsonFields value) {
            json = value;
            return this;
        }

        public Builder keepFields(List<String> value) {
            keepFields = value;
            return this;
        }

        public Builder maxBytes(long value) {
            maxBytes = value;
            return this;
        }

        public ReadOptions build() {
            return new ReadOptions(kind, json, keepFields, maxBytes);
        }
    }
}
