package dev.pith.cli;

import dev.pith.Extraction;
import dev.pith.read.InputSource;
import dev.pith.read.IoErrors;
import dev.pith.write.ArticleWriter;
import dev.pith.write.AtomicFileWriter;
import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One file per input (--output-dir): opened at the input's first record as a temporary file beside its
 * target, renamed into place when the input is complete. An input whose every document failed gets no
 * file; a file that cannot be written is removed and reported, and the other inputs go on.
 */
final class TreeSink implements Sink {
    private final Map<InputSource, Path> targets;
    private final Format format;
    private final WriteOptions options;
    private final UnaryOperator<Writer> wrap;
    private final Map<InputSource, Open> open = new HashMap<>();

    /** One output file being written. */
    private record Open(AtomicFileWriter file, ArticleWriter writer) {
    }

    /**
     * @param targets the output file of each input ({@link dev.pith.write.OutputTree})
     * @param wrap    applied to each file's writer (tests make it fail)
     */
    TreeSink(Map<InputSource, Path> targets, Format format, WriteOptions options, UnaryOperator<Writer> wrap) {
        this.targets = targets;
        this.format = format;
        this.options = options;
        this.wrap = wrap;
    }

    @Override
    public boolean exists(InputSource input) {
        return Files.exists(targets.get(input));
    }

    @Override
    public void write(InputSource input, Extraction x) throws IOException {
        Path target = targets.get(input);
        Open o = open.get(input);
        try {
            if (o == null) {
                if (open.containsKey(input)) {
                    return; // this input's file already failed
                }
                Files.createDirectories(target.getParent());
                AtomicFileWriter file = new AtomicFileWriter(target);
                o = new Open(file, ArticleWriter.create(format, options, wrap.apply(file.writer())));
                open.put(input, o);
            }
            o.writer().write(x.article());
        } catch (IOException e) {
            discard(input);
            throw new UnitFailure(target.toString(), "cannot write: " + IoErrors.reason(e));
        }
    }

    @Override
    public void end(InputSource input) throws IOException {
        Open o = open.remove(input);
        if (o == null) {
            return;
        }
        try (AtomicFileWriter file = o.file()) {
            o.writer().close();
            file.commit();
        } catch (IOException e) {
            throw new UnitFailure(targets.get(input).toString(), "cannot write: " + IoErrors.reason(e));
        }
    }

    /** Deletes the input's temporary file and remembers that its output failed. */
    private void discard(InputSource input) {
        Open o = open.put(input, null);
        if (o != null) {
            try {
                o.file().close();
            } catch (IOException e) {
                // the file is gone or cannot be removed: nothing more to do
            }
        }
    }

    @Override
    public boolean gone() {
        return false;
    }

    @Override
    public void close(boolean complete) {
        for (InputSource input : open.keySet().toArray(InputSource[]::new)) {
            discard(input);
        }
        open.clear();
    }
}
