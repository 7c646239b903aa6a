package dev.pith.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input document: a file, or standard input ("-"). Reads its bytes up to a size limit.
 *
 * @param name how errors and records name it: the path as given, or "-"
 * @param path the file, or null for standard input
 */
public record InputSource(String name, Path path) {
    public static final String STDIN = "-";

    public static InputSource of(String arg) {
        return STDIN.equals(arg) ? new InputSource(STDIN, null) : new InputSource(arg, Path.of(arg));
    }

    /** The whole input, refused with a one-line reason when it is missing, a directory or over the limit. */
    public byte[] readAll(InputStream stdin, long maxBytes) throws InputException {
        if (path == null) {
            return readLimited(stdin, maxBytes);
        }
        if (Files.isDirectory(path)) {
            throw new InputException("is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readLimited(in, maxBytes);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
    }

    private static byte[] readLimited(InputStream in, long maxBytes) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException("larger than the input size limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
    }
}
