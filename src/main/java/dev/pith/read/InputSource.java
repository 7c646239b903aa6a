package dev.pith.read;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input: a file, or standard input ("-"). Reads its bytes up to a size limit, decompressed.
 *
 * @param name how errors and records name it: the path as given, or "-"
 * @param path the file, or null for standard input
 */
public record InputSource(String name, Path path) {
    public static final String STDIN = "-";

    public static InputSource of(String arg) {
        return STDIN.equals(arg) ? new InputSource(STDIN, null) : new InputSource(arg, Path.of(arg));
    }

    /**
     * The whole input, decompressed when it is gzip, bzip2, xz or zstd (by its magic bytes, whatever its name),
     * refused with a one-line reason when it is missing, a directory, over the limit (after decompression)
     * or broken.
     */
    public byte[] readAll(InputStream stdin, long maxBytes) throws InputException {
        try (OpenInput in = open(stdin)) {
            return in.readAll(maxBytes);
        }
    }

    /** Opens the input for reading, its compression detected; standard input is never closed. */
    OpenInput open(InputStream stdin) throws InputException {
        if (path == null) {
            return OpenInput.of(stdin, true);
        }
        if (Files.isDirectory(path)) {
            throw new InputException("is a directory (use --recursive to read the files in it)");
        }
        try {
            return OpenInput.of(Files.newInputStream(path), false);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
    }

    /**
     * The inputs an argument names: the argument itself, or with {@code recursive}, every regular file under
     * a directory whose name matches {@code glob}, in path order.
     */
    public static List<InputSource> expand(String arg, boolean recursive, String glob) throws InputException {
        if (STDIN.equals(arg) || !recursive || !Files.isDirectory(Path.of(arg))) {
            return List.of(of(arg));
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(Path.of(arg))) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted()
                    .map(p -> new InputSource(p.toString(), p)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException("cannot list: " + e.getMessage());
        }
    }
}
