package dev.pith.decode;

/** The input is not text pith can read (binary content): the message says why, in a few words. */
public final class UndecodableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecodableInputException(String reason) {
        super(reason);
    }
}
