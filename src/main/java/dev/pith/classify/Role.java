package dev.pith.classify;

/** What a label means for the record: part of the body, metadata, a caption, or furniture to remove. */
public enum Role {
    CONTENT, METADATA, CAPTION, BOILERPLATE, UNDECIDED
}
