package dev.pith.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the pith command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = standardOutput();
        PrintWriter err = new PrintWriter(System.err, true);
        int exit;
        if (PlainInvocation.applies(args)) {
            exit = PlainInvocation.run(args, out, err);
        } else {
            CommandLine cl = commandLine();
            cl.setOut(out);
            cl.setErr(err);
            exit = cl.execute(args);
        }
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /**
     * The configured command line: usage errors exit 2 with one line and a hint, unexpected errors print one
     * line, not a trace; the exit codes of {@link ExitCode} are listed in --help.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PithCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        cl.setParameterExceptionHandler((e, a) -> usageFailure(e.getMessage(), e.getCommandLine().getErr()));
        cl.setExecutionExceptionHandler((e, command, parsed) -> executionFailure(e, command.getErr()));
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            codes.put(String.valueOf(c.code()), c.description());
        }
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        return cl;
    }

    /** Reports a usage error in one line with a hint; the exit code. */
    static int usageFailure(String message, PrintWriter err) {
        err.println("pith: " + OneLine.of(message));
        err.println("Try 'pith --help' for more information.");
        return ExitCode.USAGE.code();
    }

    /** Reports an unexpected failure of a command in one line, not a trace; the exit code. */
    static int executionFailure(Exception e, PrintWriter err) {
        err.println("pith: " + OneLine.of(e));
        return ExitCode.INPUT_FAILED.code();
    }

    /**
     * Standard output for records: always UTF-8 whatever the locale (under LANG=C the JVM's default would turn
     * every non-ASCII letter into '?'), and written straight to the file descriptor so that a closed pipe
     * ({@code pith ... | head -1}) shows up as {@link PrintWriter#checkError()} instead of being swallowed.
     */
    static PrintWriter standardOutput() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
    }
}
