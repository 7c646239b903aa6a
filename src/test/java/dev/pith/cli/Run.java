package dev.pith.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One run of the pith command line in the test's JVM: its exit code and what it wrote.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record Run(int exit, String out, String err) {

    /** Runs pith with {@code args}, {@code stdin} as standard input. */
    static Run of(String stdin, String... args) {
        return of(c -> { }, stdin, args);
    }

    /** Runs pith with {@code args} after {@code setup} has set the command's seams (terminal, progress, files). */
    static Run of(java.util.function.Consumer<PithCommand> setup, String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        setup.accept((PithCommand) cl.getCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        ((PithCommand) cl.getCommand()).stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
