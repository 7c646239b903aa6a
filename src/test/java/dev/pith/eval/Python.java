package dev.pith.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** python3 for tests that compare with the reference scorer: found on the PATH, run with a time limit. */
final class Python {
    private Python() {
    }

    /** python3 on the PATH, or null. */
    static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of("python3", "python3.exe")) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** python3; skips the calling test, saying why, when there is none. */
    static Path require() {
        Path p = find();
        assumeTrue(p != null, "python3 not found on the PATH: comparison with the reference scorer skipped");
        return p;
    }

    /** Runs python3 with these arguments and returns its standard output; fails on a non-zero exit or a time-out. */
    static String run(Path python, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python.toString());
        cmd.addAll(args);
        Process proc = new ProcessBuilder(cmd).start();
        proc.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(proc.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(proc.getErrorStream()));
        if (!proc.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new IOException("python3 took over " + timeoutSeconds + " s: " + cmd);
        }
        String stderr = new String(err.join(), StandardCharsets.UTF_8);
        if (proc.exitValue() != 0) {
            throw new IOException("python3 exited with " + proc.exitValue() + ": " + cmd + "\n" + stderr);
        }
        return new String(out.join(), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
