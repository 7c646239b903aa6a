package dev.pith.read;

/** What the inputs hold. */
public enum InputKind {
    /** Each input is one document, except WARC and WET files (recognised by content): one document per record. */
    FILES,
    /** Each line of each input is a JSON record holding one document. */
    JSONL,
    /** Each input is a WARC or WET file (a file that is not is an error): one document per record. */
    WARC
}
