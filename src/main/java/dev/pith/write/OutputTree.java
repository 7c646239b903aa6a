package dev.pith.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where {@code --output-dir} puts the output of each input: one file per input under the output directory,
 * mirroring the input tree, with the format's extension instead of the input's. Two inputs that would write
 * the same file, or an output that would overwrite its own input, are refused before anything is written.
 *
 * <p>An input found under a directory argument keeps its path relative to that directory; a file named
 * directly (or listed by {@code --files-from}) keeps its path as given when that path is relative and stays
 * inside the working directory, else only its file name; standard input is {@code stdin}. A compression
 * suffix goes with the extension: {@code 2023/a.txt.gz} becomes {@code DIR/2023/a.jsonl}.
 */
public final class OutputTree {
    private static final Pattern COMPRESSION = Pattern.compile("(?i)\\.(gz|bz2|xz|zst|zstd)$");
    private static final Pattern EXTENSION = Pattern.compile("(?<=.)\\.[^.]*$");

    private final Path dir;
    private final Format format;
    private final Map<Path, String> claimed = new HashMap<>();

    public OutputTree(Path dir, Format format) {
        this.dir = dir;
        this.format = format;
    }

    /**
     * The output file of an input, claimed for it.
     *
     * @param argument the command-line argument the input came from (a file, a directory, or "-")
     * @param name     the input's name, as records and error lines give it
     * @param input    the input file, or null for standard input
     * @throws IllegalArgumentException when another input already claimed the file or it is the input itself
     */
    public Path claim(String argument, String name, Path input) {
        Path target = dir.resolve(relative(argument, input)).normalize();
        String other = claimed.putIfAbsent(target, name);
        if (other != null) {
            throw new IllegalArgumentException(other + " and " + name + " would both write " + target);
        }
        if (input != null && sameFile(target, input)) {
            throw new IllegalArgumentException(name + " would be overwritten by its own output");
        }
        return target;
    }

    private Path relative(String argument, Path input) {
        if (input == null) {
            return Path.of(withExtension("stdin"));
        }
        Path arg = Path.of(argument);
        Path rel;
        if (!arg.equals(input) && Files.isDirectory(arg)) {
            rel = arg.relativize(input);
        } else {
            Path given = input.normalize();
            rel = given.isAbsolute() || given.startsWith("..") || given.getNameCount() == 0
                    ? input.getFileName() : given;
        }
        Path parent = rel.getParent();
        String file = withExtension(rel.getFileName().toString());
        return parent == null ? Path.of(file) : parent.resolve(file);
    }

    private String withExtension(String fileName) {
        String base = EXTENSION.matcher(COMPRESSION.matcher(fileName).replaceFirst("")).replaceFirst("");
        return base + "." + format.extension();
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }
}
