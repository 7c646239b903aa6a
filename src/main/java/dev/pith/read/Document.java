package dev.pith.read;

import dev.pith.article.Origin;

/**
 * One document of a batch: a file, a JSON Lines record, a WARC record.
 *
 * @param name    how records and error lines name it: the path, "FILE:LINE", the record's id, "FILE:OFFSET"
 * @param content reads the content; may run on another thread than the one that made the document
 * @param origin  what the container says about the document
 */
public record Document(String name, Loader content, Origin origin) {

    /** Reads a document's content, or says in one line why it cannot. */
    @FunctionalInterface
    public interface Loader {
        Content load() throws InputException;
    }

    /** A document that could not be read: loading it gives the reason. */
    static Document failed(String name, String reason) {
        return new Document(name, () -> {
            throw new InputException(reason);
        }, Origin.NONE);
    }
}
