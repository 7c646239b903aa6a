package dev.pith.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The most common command, {@code pith FILE...} (or {@code pith}, or {@code pith -}): input paths and no option,
 * run without building picocli's model. Building it reads the annotations of every option by reflection, which
 * took about 55 ms of a 175 ms run on one file (measured on the seed with CDS; the rest is the JVM and the
 * extraction). Everything else, an option, a subcommand or an {@code @argument-file}, goes through picocli.
 *
 * <p>The command runs with its fields' initial values, which equal the options' {@code defaultValue}s (a test
 * compares every option of a command built here with the one picocli parses from the same arguments).
 */
final class PlainInvocation {
    private PlainInvocation() {
    }

    /**
     * Whether picocli would read {@code args} as input paths only: none starts with '-' (an option) except one
     * {@code -} (standard input), none starts with '@' (picocli's argument files), none is a subcommand's name
     * or empty.
     */
    static boolean applies(String[] args) {
        int stdin = 0;
        for (String a : args) {
            if (a.equals("-")) {
                stdin++;
            } else if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@' || a.equals(EvalCommand.NAME)) {
                return false;
            }
        }
        return stdin <= 1;
    }

    /** The command picocli would run for {@code args}, for which {@link #applies} holds. */
    static PithCommand command(String[] args) {
        PithCommand command = new PithCommand();
        command.files.addAll(List.of(args));
        return command;
    }

    /** Runs the command for {@code args}; its exit code, failures reported as {@link Main}'s handlers do. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return command(args).execute(out, err, UsageError::new);
        } catch (UsageError e) {
            return Main.usageFailure(e.getMessage(), err);
        } catch (RuntimeException e) {
            return Main.executionFailure(e, err);
        }
    }

    /** A usage error found by the command itself (picocli's ParameterException needs its model). */
    private static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}
