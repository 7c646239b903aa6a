package dev.pith.cli;

/** pith's exit codes, the one mapping used everywhere and shown in --help. */
public enum ExitCode {
    /** Every input was read and written. */
    OK(0),
    /** At least one input could not be read or extracted; the others were processed. */
    INPUT_FAILED(1),
    /** The command line was wrong. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
