package dev.pith.read;

/** An input that cannot be read; the message is the one-line reason shown to the user. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String reason) {
        super(reason);
    }
}
