package dev.pith.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, which decides the progress bar and the summary line. */
final class Terminal {
    private Terminal() {
    }

    /**
     * On Linux, file descriptor 2 links to a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere,
     * the JVM's console (standard input and output both terminals) is the closest Java offers.
     */
    static boolean stderr() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
