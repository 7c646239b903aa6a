package dev.pith.cli;

import dev.pith.Extraction;

/**
 * One document's result: the extraction, or the document's name and the one-line reason it failed.
 *
 * @param extraction the record and its explanation, or null when the document failed
 * @param source     the failed document's name (its path, FILE:LINE or record id), or null
 * @param error      why it failed, or null
 */
record Outcome(Extraction extraction, String source, String error) {
    static Outcome of(Extraction x) {
        return new Outcome(x, null, null);
    }

    static Outcome failed(String source, String reason) {
        return new Outcome(null, source, reason);
    }
}
