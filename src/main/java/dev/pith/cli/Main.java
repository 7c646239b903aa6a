package dev.pith.cli;

import picocli.CommandLine;

/** Entry point of the pith command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: usage errors exit 2, unexpected errors print one line, not a trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PithCommand());
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("pith: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'pith --help' for more information.");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("pith: " + e);
            return ExitCode.INPUT_FAILED.code();
        });
        return cl;
    }
}
