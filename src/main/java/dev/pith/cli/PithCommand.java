package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.decode.DecodedText;
import dev.pith.decode.Decoder;
import dev.pith.decode.UndecodableInputException;
import dev.pith.html.HtmlInput;
import dev.pith.read.InputException;
import dev.pith.read.InputSource;
import dev.pith.read.IoErrors;
import dev.pith.write.ArticleWriter;
import dev.pith.write.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pith [OPTIONS] [FILE...]}: one clean record per input dump. Only wires options to the library:
 * read ({@link InputSource}), decode ({@link Decoder}), extract ({@link Pith}), write ({@link ArticleWriter}).
 */
@Command(name = "pith", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = {
            EvalCommand.class,
            // further subcommands: one line each here
        },
        description = "Turns raw scraped article dumps (browser copies, text-browser dumps, scraper text) into "
                + "clean records: headline, byline and authors, dates, body paragraphs, captions, language.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  pith article.txt                     one JSON record per line (jsonl)",
            "  pith -f json a.txt b.txt             a pretty JSON array (always an array)",
            "  pith -f text article.txt             the clean article as plain text",
            "  pith -f csv -o articles.csv dumps/*.txt",
            "  cat article.txt | pith               read standard input (or: pith -)",
            "  pith --explain article.txt | less    every block, its label and why",
            "  pith --keep-removed a.txt | jq '.removed[] | [.kind, .text]'",
            "  pith --reference-date 2023-11-25 a.txt   resolve \"3 hours ago\"",
            "  pith eval ../shared/corpus/dev       accuracy against ground truth"})
public final class PithCommand implements Callable<Integer> {
    /** Inputs over this size are refused (bytes). */
    static final long DEFAULT_MAX_INPUT = 256L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Dump files to read; none or - reads standard input.")
    List<String> files = new ArrayList<>();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    ExtractionOptions extraction = new ExtractionOptions();

    @Option(names = "--explain", description = "Print every block of each input with its label, features and "
            + "the reason for the decision, instead of the records.")
    boolean explain;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_INPUT,
            description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxInputSize;

    /** Standard input; replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        if (files.stream().filter(InputSource.STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        ExtractOptions options = extraction.extractOptions();
        List<InputSource> inputs = (files.isEmpty() ? List.of(InputSource.STDIN) : files).stream()
                .map(InputSource::of).toList();
        PrintWriter err = spec.commandLine().getErr();
        Path file = output.file();
        boolean failed;
        if (file == null) {
            failed = run(inputs, options, spec.commandLine().getOut(), err);
        } else {
            try (AtomicFileWriter out = new AtomicFileWriter(file)) {
                failed = run(inputs, options, out.writer(), err);
                out.commit();
            } catch (IOException e) {
                err.println("pith: " + file + ": cannot write: " + IoErrors.reason(e));
                return ExitCode.INPUT_FAILED.code();
            }
        }
        return (failed ? ExitCode.INPUT_FAILED : ExitCode.OK).code();
    }

    /** Processes every input to stdout; true when some failed. Stops quietly when stdout is closed. */
    private boolean run(List<InputSource> inputs, ExtractOptions options, PrintWriter out, PrintWriter err) {
        try {
            return run(inputs, options, (Writer) out, err);
        } catch (IOException e) {
            throw new IllegalStateException("a PrintWriter does not throw", e);
        }
    }

    /** Processes every input; true when some failed. Output errors end the batch with an IOException. */
    private boolean run(List<InputSource> inputs, ExtractOptions options, Writer out, PrintWriter err)
            throws IOException {
        boolean failed = false;
        ArticleWriter writer = explain ? null : ArticleWriter.create(output.format, output.writeOptions(), out);
        for (InputSource in : inputs) {
            Extraction x = extract(in, options, err);
            if (x == null) {
                failed = true;
                continue;
            }
            if (writer == null) {
                out.write(x.explanation());
            } else {
                writer.write(x.article());
            }
            if (out instanceof PrintWriter stdout) {
                stdout.flush();
                if (stdout.checkError()) {
                    return failed; // the reader went away (pith ... | head): stop quietly
                }
            }
        }
        if (writer != null) {
            writer.close();
        }
        return failed;
    }

    /** Reads, decodes and extracts one input, or reports in one line on stderr why not and returns null. */
    private Extraction extract(InputSource in, ExtractOptions options, PrintWriter err) {
        try {
            byte[] bytes = in.readAll(stdin, maxInputSize);
            DecodedText text = Decoder.decode(bytes, HtmlInput.declaredCharset(bytes));
            return Pith.explain(text.text(), in.name(), options, text.warnings());
        } catch (InputException | UndecodableInputException e) {
            err.println("pith: " + in.name() + ": " + OneLine.of(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            err.println("pith: " + in.name() + ": extraction failed: " + OneLine.of(e));
        }
        err.flush();
        return null;
    }
}
