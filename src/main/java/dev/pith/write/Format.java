package dev.pith.write;

import java.util.Locale;

/** Output formats. */
public enum Format {
    /** One compact JSON record per line (the default: for jq, databases, pipelines). */
    JSONL,
    /** A pretty-printed JSON array of records. */
    JSON,
    /** RFC 4180 CSV: a header, then one row per article with the scalar fields and the body. */
    CSV,
    /** The clean article as plain text: headline, blank line, body; articles separated by a form feed line. */
    TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name extension of an output file in this format, without the dot. */
    public String extension() {
        return this == TEXT ? "txt" : id();
    }
}
