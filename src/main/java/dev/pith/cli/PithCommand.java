package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.Extraction;
import dev.pith.Pith;
import dev.pith.decode.DecodedText;
import dev.pith.decode.Decoder;
import dev.pith.decode.UndecodableInputException;
import dev.pith.html.HtmlInput;
import dev.pith.read.Content;
import dev.pith.read.Document;
import dev.pith.read.Documents;
import dev.pith.read.InputException;
import dev.pith.read.InputKind;
import dev.pith.read.InputSource;
import dev.pith.read.IoErrors;
import dev.pith.read.ReadOptions;
import dev.pith.write.ArticleWriter;
import dev.pith.write.AtomicFileWriter;
import dev.pith.write.OutputTree;
import dev.pith.write.RecordFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
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
        description = "Turns raw scraped article dumps (browser copies, text-browser dumps, scraper text, HTML, "
                + "JSON Lines exports, WARC and WET files) into "
                + "clean records: headline, byline and authors, dates, body paragraphs, captions, language.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  pith article.txt                     one JSON record per line (jsonl)",
            "  pith -f json a.txt b.txt             a pretty JSON array (always an array)",
            "  pith -f text article.txt             the clean article as plain text",
            "  cat article.txt | pith               read standard input (or: pith -)",
            "  pith -r --glob '*.txt' dumps/ > all.jsonl   a directory tree, all cores, input order",
            "  find dumps -name '*.zst' | pith --files-from -   gz, bz2, xz, zst by content",
            "  pith -r --output-dir clean/ dumps/   one file per input: dumps/2023/a.txt -> clean/2023/a.jsonl",
            "  pith -r --output-dir clean/ --skip-existing dumps/   resume an interrupted run",
            "  pith -f csv -o articles.csv dumps/*.txt   one row per article",
            "  pith -f csv --csv-rows paragraph --fields source,paragraph,text a.txt   one row per paragraph",
            "  pith --fields source,headline,authors -r dumps/ | jq -c .   only these fields",
            "  pith --unordered -j 8 -r dumps/      write each document as soon as it is done",
            "  pith --explain article.txt | less    every block, its label and why",
            "  pith --keep-removed a.txt | jq '.removed[] | [.kind, .text]'",
            "  pith --reference-date 2023-11-25 a.txt   resolve \"3 hours ago\"",
            "  pith --input jsonl export.jsonl.gz   one record per JSON line (html or text)",
            "  pith --input jsonl --text-field body --keep-fields lang,site export.jsonl",
            "  pith crawl.warc.gz                   WARC: a record per HTML response + url",
            "  pith CC-MAIN-0001.warc.wet.gz        WET: a record per text conversion",
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
            description = "Refuse documents larger than this after decompression; a JSON line or WARC record "
                    + "counts on its own (default: ${DEFAULT-VALUE} bytes).")
    long maxInputSize = DEFAULT_MAX_INPUT;

    @Option(names = {"-r", "--recursive"}, description = "Read every file under the directories given.")
    boolean recursive;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*",
            description = "With --recursive, only files whose name matches (default: all), e.g. '*.{txt,html}'.")
    String glob = "*";

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Read the input paths from FILE, one per line (- for standard input).")
    Path filesFrom;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Documents extracted at once (default: all cores). Output keeps the input order unless --unordered.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--errors", paramLabel = "FORMAT", defaultValue = "text",
            description = "How failed inputs are reported on stderr: text (pith: INPUT: reason, default) or jsonl "
                    + "({\"source\": ..., \"error\": ...} per line).")
    Batch.ErrorFormat errors = Batch.ErrorFormat.TEXT;

    @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit 1).")
    boolean failFast;

    @Mixin
    BatchOptions batch = new BatchOptions();

    /** Standard input; replaceable by tests. */
    InputStream stdin = System.in;

    /** Whether stderr is a terminal (progress bar, summary line); replaceable by tests. */
    BooleanSupplier stderrIsTerminal = Terminal::stderr;

    /** Makes the progress display; replaceable by tests. */
    Progress.Factory progress = ProgressBarDisplay::new;

    /** Wraps the writer of each file under --output-dir; tests make it fail. */
    UnaryOperator<Writer> outputFileWrap = UnaryOperator.identity();

    /** The argument each input came from (a file or a directory), for --output-dir's names. */
    private final Map<InputSource, String> arguments = new IdentityHashMap<>();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        return execute(cl.getOut(), cl.getErr(), message -> new ParameterException(cl, message));
    }

    /**
     * The command's work: records (or explanations) to {@code out}, messages to {@code err}, a usage error thrown
     * as the exception {@code usageError} makes of its message. Without picocli's model when
     * {@link PlainInvocation} runs the command.
     */
    int execute(PrintWriter out, PrintWriter err, Function<String, RuntimeException> usageError) {
        if (files.stream().filter(InputSource.STDIN::equals).count() > 1) {
            throw usageError.apply("standard input (-) can be read only once");
        }
        if (jobs < 1) {
            throw usageError.apply("--jobs must be at least 1");
        }
        if (explain && output.dir() != null) {
            throw usageError.apply("--explain writes to standard output or -o, not --output-dir");
        }
        try {
            RecordFields.check(output.format, output.csvRows, output.writeOptions().fields());
        } catch (IllegalArgumentException e) {
            throw usageError.apply(e.getMessage());
        }
        ExtractOptions options = extraction.extractOptions();
        List<InputSource> inputs;
        try {
            inputs = inputs();
        } catch (InputException e) {
            err.println("pith: " + e.getMessage());
            return ExitCode.INPUT_FAILED.code();
        }
        Path file = output.file();
        boolean failed;
        try {
            if (output.dir() != null) {
                failed = run(inputs, options, new TreeSink(targets(inputs, output.dir(), usageError), output.format,
                        output.writeOptions(), outputFileWrap), err);
            } else if (file == null) {
                failed = run(inputs, options, stream(out), err);
            } else {
                try (AtomicFileWriter atomic = new AtomicFileWriter(file)) {
                    failed = run(inputs, options, stream(atomic.writer()), err);
                    atomic.commit();
                }
            }
        } catch (IOException e) {
            err.println("pith: " + (file == null ? "-" : file) + ": cannot write: " + IoErrors.reason(e));
            return ExitCode.INPUT_FAILED.code();
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
            for (InputSource in : InputSource.expand(a, recursive, glob)) {
                out.add(in);
                arguments.put(in, a);
            }
        }
        return out;
    }

    /** A sink writing every record (or explanation) to {@code out}. */
    private Sink stream(Writer out) {
        return new StreamSink(explain ? null : ArticleWriter.create(output.format, output.writeOptions(), out), out);
    }

    /** The output file of each input under --output-dir; refuses two inputs writing one file. */
    private Map<InputSource, Path> targets(List<InputSource> inputs, Path dir,
            Function<String, RuntimeException> usageError) {
        OutputTree tree = new OutputTree(dir, output.format);
        Map<InputSource, Path> targets = new HashMap<>();
        try {
            for (InputSource in : inputs) {
                targets.put(in, tree.claim(arguments.getOrDefault(in, in.name()), in.name(), in.path()));
            }
        } catch (IllegalArgumentException e) {
            throw usageError.apply("--output-dir: " + e.getMessage());
        }
        return targets;
    }

    /**
     * Processes every input through a {@link Batch}; true when some failed. Output errors end the batch with
     * an IOException (a file under --output-dir that cannot be written is reported and the batch goes on).
     */
    private boolean run(List<InputSource> inputs, ExtractOptions options, Sink sink, PrintWriter err)
            throws IOException {
        ReadOptions reading = input.readOptions(maxInputSize);
        Batch.Settings settings = new Batch.Settings(jobs, batch.order(), failFast, errors,
                Batch.Feedback.of(batch.quiet, stderrIsTerminal.getAsBoolean()));
        try (Batch b = new Batch(settings, sink, err, input.kind == InputKind.FILES ? inputs.size() : -1, progress)) {
            for (InputSource in : inputs) {
                if (!b.begin(in, output.skipExisting())) {
                    continue;
                }
                try (Documents documents = Documents.open(in, stdin, reading)) {
                    for (Document d : documents) {
                        if (!b.submit(in, () -> extract(d, options))) {
                            break;
                        }
                    }
                    b.skippedRecords(documents.skipped());
                } catch (InputException e) {
                    b.fail(in, in.name(), OneLine.of(e.getMessage()));
                }
                if (!b.end(in)) {
                    break;
                }
            }
            return b.finish();
        }
    }

    /** Reads, decodes and extracts one document, or gives the one-line reason why not. Thread-safe. */
    private static Outcome extract(Document d, ExtractOptions options) {
        try {
            Content content = d.content().load();
            ExtractOptions o = options.input() == ExtractOptions.InputType.AUTO
                    && content.type() != ExtractOptions.InputType.AUTO
                    ? options.toBuilder().input(content.type()).build() : options;
            DecodedText text;
            if (content instanceof Content.Bytes b) {
                Charset declared = b.charset() != null ? b.charset() : HtmlInput.declaredCharset(b.bytes());
                text = Decoder.decode(b.bytes(), declared);
            } else {
                text = Decoder.clean(((Content.Text) content).text());
            }
            Extraction x = Pith.explain(text.text(), d.name(), o, text.warnings());
            return Outcome.of(d.origin().isEmpty() ? x
                    : new Extraction(x.article().withOrigin(d.origin()), x.labels(), x.notes()));
        } catch (InputException | UndecodableInputException e) {
            return Outcome.failed(d.name(), OneLine.of(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(d.name(), "extraction failed: " + OneLine.of(e));
        }
    }
}
