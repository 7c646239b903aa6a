package dev.pith.cli;

import dev.pith.read.JsonLinesRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
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
            "  pith -r --glob '*.txt' dumps/ > all.jsonl   a directory tree, all cores, input order",
            "  find dumps -name '*.gz' | pith --files-from -   gzip is read transparently",
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

    @Option(names = {"-r", "--recursive"}, description = "Read every file under the directories given.")
    boolean recursive;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*",
            description = "With --recursive, only files whose name matches (default: all), e.g. '*.{txt,html}'.")
    String glob;

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Read the input paths from FILE, one per line (- for standard input).")
    Path filesFrom;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents extracted at once (default: all cores). Output keeps the input order.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--input", paramLabel = "KIND", defaultValue = "files",
            description = "files (each input is one document, default) or jsonl (each line of each input is a "
                    + "JSON record holding a document).")
    String inputKind;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "With --input jsonl: the field holding the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--html-field", paramLabel = "NAME",
            description = "With --input jsonl: a field holding the page's HTML, used when present.")
    String htmlField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "With --input jsonl: the field that names the record (default: ${DEFAULT-VALUE}; "
                    + "else FILE:LINE).")
    String idField;

    @Option(names = "--errors", paramLabel = "FORMAT", defaultValue = "text",
            description = "How failed inputs are reported on stderr: text (pith: INPUT: reason, default) or jsonl "
                    + "({\"source\": ..., \"error\": ...} per line).")
    ErrorFormat errors;

    @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit 1).")
    boolean failFast;

    /** How failures are reported. */
    enum ErrorFormat { TEXT, JSONL }

    /** The mapper of {@code --errors jsonl}, set up on first use: a run without it does not pay for it. */
    private static final class ErrorJson {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper().configure(
                        com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @Option(names = {"-q", "--quiet"}, description = "No summary line at the end (it is only shown on a terminal).")
    boolean quiet;

    /** Standard input; replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        if (files.stream().filter(InputSource.STDIN::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (!"files".equalsIgnoreCase(inputKind) && !"jsonl".equalsIgnoreCase(inputKind)) {
            throw new ParameterException(spec.commandLine(), "unknown --input '" + inputKind + "' (files, jsonl)");
        }
        ExtractOptions options = extraction.extractOptions();
        PrintWriter err = spec.commandLine().getErr();
        List<InputSource> inputs;
        try {
            inputs = inputs();
        } catch (InputException e) {
            err.println("pith: " + e.getMessage());
            return ExitCode.INPUT_FAILED.code();
        }
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

    /** The inputs the arguments and --files-from name, directories expanded with --recursive. */
    private List<InputSource> inputs() throws InputException {
        List<String> args = new ArrayList<>(files);
        if (filesFrom != null) {
            try {
                List<String> lines = InputSource.STDIN.equals(filesFrom.toString())
                        ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                        : Files.readAllLines(filesFrom, StandardCharsets.UTF_8);
                lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(args::add);
            } catch (IOException e) {
                throw new InputException(filesFrom + ": cannot read: " + IoErrors.reason(e));
            }
        } else if (args.isEmpty()) {
            args.add(InputSource.STDIN);
        }
        List<InputSource> out = new ArrayList<>();
        for (String a : args) {
            out.addAll(InputSource.expand(a, recursive, glob));
        }
        return out;
    }

    /** Processes every input to stdout; true when some failed. Stops quietly when stdout is closed. */
    private boolean run(List<InputSource> inputs, ExtractOptions options, PrintWriter out, PrintWriter err) {
        try {
            return run(inputs, options, (Writer) out, err);
        } catch (IOException e) {
            throw new IllegalStateException("a PrintWriter does not throw", e);
        }
    }

    /**
     * Processes every input; true when some failed. Output errors end the batch with an IOException.
     * With several jobs, documents are extracted in parallel, at most a few per job ahead of the writer,
     * and written (records and error lines alike) in input order.
     */
    private boolean run(List<InputSource> inputs, ExtractOptions options, Writer out, PrintWriter err)
            throws IOException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        ArticleWriter writer = explain ? null : ArticleWriter.create(output.format, output.writeOptions(), out);
        ExecutorService pool = jobs > 1 && inputs.size() > 1 ? Executors.newFixedThreadPool(jobs, daemon()) : null;
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            boolean jsonl = "jsonl".equalsIgnoreCase(inputKind);
            JsonLinesRecords.Fields fields = new JsonLinesRecords.Fields(textField, htmlField, idField);
            for (InputSource in : inputs) {
                if (!jsonl) {
                    window.add(pool == null ? CompletableFuture.completedFuture(extract(in, options))
                            : pool.submit(() -> extract(in, options)));
                } else {
                    try (JsonLinesRecords records = JsonLinesRecords.open(in, stdin, fields, maxInputSize)) {
                        for (JsonLinesRecords.Record r : records) {
                            window.add(pool == null ? CompletableFuture.completedFuture(extract(r, options))
                                    : pool.submit(() -> extract(r, options)));
                            if (!drain(window, pool == null ? 0 : 4 * jobs, writer, out, err, tally)) {
                                return tally.failed > 0;
                            }
                        }
                    } catch (InputException e) {
                        window.add(CompletableFuture.completedFuture(
                                Outcome.failed(in.name(), OneLine.of(e.getMessage()))));
                    }
                }
                if (!drain(window, pool == null ? 0 : 4 * jobs, writer, out, err, tally)) {
                    return tally.failed > 0;
                }
            }
            while (!window.isEmpty()) {
                if (!emit(window.poll(), writer, out, err, tally)) {
                    return tally.failed > 0;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            // a JSON array or CSV stays well formed when the batch stops early (--fail-fast), unless the
            // reader of stdout is gone
            if (writer != null && !(out instanceof PrintWriter stdout && stdout.checkError())) {
                writer.close();
            }
        }
        if (!quiet && System.console() != null && inputs.size() > 1) {
            err.printf("pith: %d documents, %d articles, %d empty, %d failed in %.1f s%n", tally.documents,
                    tally.articles, tally.empty, tally.failed, (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        return tally.failed > 0;
    }

    /** Writes outcomes from the head of the window until at most {@code keep} wait; false when stdout closed. */
    private boolean drain(Deque<Future<Outcome>> window, int keep, ArticleWriter writer, Writer out, PrintWriter err,
                          Tally tally) throws IOException {
        while (window.size() > keep) {
            if (!emit(window.poll(), writer, out, err, tally)) {
                return false;
            }
        }
        return true;
    }

    /** Counts for the summary line. */
    private static final class Tally {
        int documents;
        int articles;
        int empty;
        int failed;
    }

    /** One input's result: the extraction, or the input's name and the one-line reason it failed. */
    private record Outcome(Extraction extraction, String source, String error) {
        static Outcome of(Extraction x) {
            return new Outcome(x, null, null);
        }

        static Outcome failed(String source, String reason) {
            return new Outcome(null, source, reason);
        }
    }

    /** Writes one outcome; false when the reader of stdout went away (pith ... | head): stop quietly. */
    private boolean emit(Future<Outcome> future, ArticleWriter writer, Writer out, PrintWriter err, Tally tally)
            throws IOException {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            o = Outcome.failed("-", "extraction failed: " + OneLine.of(e.getCause()));
        }
        tally.documents++;
        if (o.error() != null) {
            err.println(errors == ErrorFormat.JSONL
                    ? ErrorJson.MAPPER.writeValueAsString(java.util.Map.of("source", o.source(), "error", o.error()))
                    : "pith: " + o.source() + ": " + o.error());
            err.flush();
            tally.failed++;
            return !failFast;
        }
        Extraction x = o.extraction();
        if (x.article().paragraphs().isEmpty()) {
            tally.empty++;
        } else {
            tally.articles++;
        }
        if (writer == null) {
            out.write(x.explanation());
        } else {
            writer.write(x.article());
        }
        if (out instanceof PrintWriter stdout) {
            stdout.flush();
            return !stdout.checkError();
        }
        return true;
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "pith-worker");
            t.setDaemon(true);
            return t;
        };
    }

    /** Extracts one JSON Lines record, or gives the one-line reason why not. Thread-safe. */
    private static Outcome extract(JsonLinesRecords.Record r, ExtractOptions options) {
        if (r.error() != null) {
            return Outcome.failed(r.name(), r.error());
        }
        try {
            ExtractOptions o = r.html() ? options.toBuilder().input(ExtractOptions.InputType.HTML).build() : options;
            return Outcome.of(Pith.explain(r.text(), r.name(), o, List.of()));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(r.name(), "extraction failed: " + OneLine.of(e));
        }
    }

    /** Reads, decodes and extracts one input, or gives the one-line reason why not. Thread-safe. */
    private Outcome extract(InputSource in, ExtractOptions options) {
        try {
            byte[] bytes = in.readAll(stdin, maxInputSize);
            DecodedText text = Decoder.decode(bytes, HtmlInput.declaredCharset(bytes));
            return Outcome.of(Pith.explain(text.text(), in.name(), options, text.warnings()));
        } catch (InputException | UndecodableInputException e) {
            return Outcome.failed(in.name(), OneLine.of(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(in.name(), "extraction failed: " + OneLine.of(e));
        }
    }
}
