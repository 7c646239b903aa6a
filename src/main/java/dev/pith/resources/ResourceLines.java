package dev.pith.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data files shipped in the jar beside the classes that read them (stopword lists, the furniture lexicon,
 * given names, the learned models, case folding), and the same format held in a string, read as lines in one format: UTF-8, one entry a line, blank
 * lines and lines starting with {@code #} left out. Each reader used to open, check and skip on its own.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /**
     * The content lines of the resource {@code name} beside {@code owner}'s class file.
     *
     * @throws IllegalStateException when the resource is not on the class path (a broken build)
     */
    public static List<String> of(Class<?> owner, String name) {
        return optional(owner, name).orElseThrow(() -> new IllegalStateException(
                "resource " + owner.getPackageName().replace('.', '/') + "/" + name + " is missing from the classpath"));
    }

    /** Like {@link #of}, empty when there is no such resource (a model that was not trained). */
    public static Optional<List<String>> optional(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(contentLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content lines of a text in the same format (a model serialised in memory, read back by a test). */
    public static List<String> of(String text) {
        try {
            return contentLines(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private static List<String> contentLines(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
