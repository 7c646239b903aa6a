package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PlainInvocationTest {
    private static final String SEED = "seeds/000_7cf434835259646a.txt";

    @Test
    void appliesToInputPathsAndStandardInputOnly() {
        assertTrue(PlainInvocation.applies(new String[0]));
        assertTrue(PlainInvocation.applies(new String[] {SEED}));
        assertTrue(PlainInvocation.applies(new String[] {"a.txt", "-", "dir/b.html"}));
        assertTrue(PlainInvocation.applies(new String[] {"x-y.txt", "a@b.txt"}), "'-' and '@' inside a name");
    }

    @Test
    void leavesOptionsSubcommandsArgumentFilesAndTwoStdinsToPicocli() {
        assertFalse(PlainInvocation.applies(new String[] {"-f", "text", SEED}));
        assertFalse(PlainInvocation.applies(new String[] {SEED, "--keep-removed"}), "an option after a path");
        assertFalse(PlainInvocation.applies(new String[] {"--", SEED}));
        assertFalse(PlainInvocation.applies(new String[] {"--help"}));
        assertFalse(PlainInvocation.applies(new String[] {"eval", "corpus"}));
        assertFalse(PlainInvocation.applies(new String[] {"@args.txt"}));
        assertFalse(PlainInvocation.applies(new String[] {"-", "-"}), "picocli reports stdin twice");
        assertFalse(PlainInvocation.applies(new String[] {""}));
    }

    @Test
    void commandHasTheOptionValuesPicocliWouldParse() throws Exception {
        String[] args = {"a.txt", "-", "b.txt"};
        CommandLine cl = Main.commandLine();
        cl.parseArgs(args);
        List<String> differences = new ArrayList<>();
        compare("", cl.getCommand(), PlainInvocation.command(args), differences);
        assertEquals(List.of(), differences);
    }

    @Test
    void writesWhatThePicocliRunWrites() {
        for (String[] args : List.of(new String[] {SEED}, new String[] {SEED, "missing.txt"}, new String[] {"-"})) {
            Run picocli = Run.of("Headline of a piped dump\n\nA paragraph of prose, long enough to be a body.\n", args);
            PithCommand command = PlainInvocation.command(args);
            command.stdin = new ByteArrayInputStream(
                    "Headline of a piped dump\n\nA paragraph of prose, long enough to be a body.\n"
                            .getBytes(StandardCharsets.UTF_8));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = command.execute(new PrintWriter(out), new PrintWriter(err), IllegalArgumentException::new);
            assertEquals(picocli.exit(), exit, String.join(" ", args));
            assertEquals(picocli.out(), out.toString(), String.join(" ", args));
            assertEquals(picocli.err(), err.toString(), String.join(" ", args));
        }
    }

    /** Every option, parameter, mixin and group field of the two commands, recursively; differences listed. */
    private static void compare(String path, Object parsed, Object plain, List<String> differences)
            throws IllegalAccessException {
        for (Field f : parsed.getClass().getDeclaredFields()) {
            boolean value = f.isAnnotationPresent(CommandLine.Option.class)
                    || f.isAnnotationPresent(CommandLine.Parameters.class);
            boolean nested = f.isAnnotationPresent(CommandLine.Mixin.class)
                    || f.isAnnotationPresent(CommandLine.ArgGroup.class);
            if (!value && !nested) {
                continue;
            }
            f.setAccessible(true);
            Object a = f.get(parsed);
            Object b = f.get(plain);
            if (value || a == null || b == null) {
                if (!java.util.Objects.equals(a, b)) {
                    differences.add(path + f.getName() + ": picocli " + a + ", plain " + b);
                }
            } else {
                compare(path + f.getName() + ".", a, b, differences);
            }
        }
    }
}
