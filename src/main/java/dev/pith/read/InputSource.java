package dev.pith.read;

import java.io.ByteArrayInputStream;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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

    /**
     * The whole input, gunzipped when it is gzip (by its magic bytes, whatever its name), refused with a
     * one-line reason when it is missing, a directory, over the limit (after decompression) or broken.
     */
    public byte[] readAll(InputStream stdin, long maxBytes) throws InputException {
        if (path == null) {
            return gunzipIfGzip(readLimited(stdin, maxBytes), maxBytes);
        }
        if (Files.isDirectory(path)) {
            throw new InputException("is a directory (use --recursive to read the files in it)");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return gunzipIfGzip(readLimited(in, maxBytes), maxBytes);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            throw new InputException("cannot read: " + IoErrors.reason(e));
        }
    }

    private static byte[] gunzipIfGzip(byte[] bytes, long maxBytes) throws InputException {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return readLimited(in, maxBytes);
        } catch (IOException e) {
            throw new InputException("broken gzip data: " + IoErrors.reason(e));
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
