package dev.pith.cli;

/** pith's exit codes: the one mapping used everywhere and listed in --help. */
public enum ExitCode {
    OK(0, "every input was processed"),
    INPUT_FAILED(1, "some input failed (one line on stderr each; the others were processed), "
            + "or the output file could not be written (then none is left behind)"),
    USAGE(2, "usage error: unknown option, bad value; nothing was processed");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    /** What the code means, for --help. */
    public String description() {
        return description;
    }
}
