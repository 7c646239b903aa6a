package dev.pith.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A UTF-8 file that appears whole or not at all: written to a temporary file beside it (same directory, so
 * the move is a rename), moved into place by {@link #commit()}; {@link #close()} without commit deletes the
 * temporary file and leaves any earlier file untouched.
 *
 * <p>The temporary file is created like any new file (permissions from the umask, not the owner-only ones
 * of {@link Files#createTempFile}); when it replaces a file, it takes that file's permissions.
 */
public final class AtomicFileWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    public AtomicFileWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        if (Files.isDirectory(this.target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        this.temp = createTemp(this.target);
        try {
            keepPermissions(this.target, temp);
            this.writer = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new file keeps the umask's permissions
        }
    }

    public Writer writer() {
        return writer;
    }

    /** Flushes, then moves the temporary file onto the target. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
