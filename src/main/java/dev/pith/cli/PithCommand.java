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
import dev.pith.write.ArticleWriter;
import dev.pith.write.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pith [OPTIONS] [FILE...]}: one clean record per input dump. */
@Command(name = "pith", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {EvalCommand.class},
        description = "Turns raw scraped article dumps (browser copies, text-browser dumps, scraper text) into "
                + "clean records: headline, byline and authors, dates, body paragraphs, captions, language.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  pith article.txt                      one JSON record per line (jsonl)",
            "  pith -f json a.txt b.txt              a pretty JSON array",
            "  pith -f text article.txt              the clean article as plain text",
            "  pith -f csv -o articles.csv dumps/*.txt",
            "  cat article.txt | pith -              read standard input",
            "  pith --explain article.txt            every block with its label and the reason",
            "  pith --keep-removed article.txt | jq '.removed[] | [.kind, .text]'",
            "  pith eval ../shared/corpus/dev        accuracy against a corpus with ground truth",
            "",
            "Exit codes:",
            "  0  every input was processed",
            "  1  some input failed (one line on stderr each; the others were processed)",
            "  2  usage error"})
public final class PithCommand implements Callable<Integer> {
    /** Inputs over this size are refused (bytes). */
    static final long DEFAULT_MAX_INPUT = 256L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Dump files to read; none or - reads standard input.")
    List<String> files = new ArrayList<>();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--explain", description = "Print every block of each input with its label, features and "
            + "the reason for the decision, instead of the records.")
    boolean explain;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "auto",
            description = "How the dumps were made: auto (detect, default), browser-copy, text-browser, scraper.")
    String style;

    @Option(names = "--input-type", paramLabel = "TYPE", defaultValue = "auto",
            description = "auto (decide from the content, default), text or html.")
    String inputType;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative dates (\"3 hours ago\") against this date; without it they stay relative.")
    LocalDate referenceDate;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + DEFAULT_MAX_INPUT,
            description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxInputSize;

    /** Standard input; replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        ExtractOptions options = extractOptions();
        List<String> inputs = files.isEmpty() ? List.of(InputSource.STDIN) : files;
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        if (output.output != null) {
            try (AtomicFileWriter file = new AtomicFileWriter(output.output)) {
                failed = run(inputs, options, file.writer(), err);
                file.commit();
            }
        } else {
            failed = run(inputs, options, spec.commandLine().getOut(), err);
        }
        return (failed ? ExitCode.INPUT_FAILED : ExitCode.OK).code();
    }

    /** Processes every input; true when some failed. Stops quietly when the output is closed. */
    private boolean run(List<String> inputs, ExtractOptions options, Writer out, PrintWriter err) throws IOException {
        boolean failed = false;
        ArticleWriter writer = explain ? null : ArticleWriter.create(output.format, output.writeOptions(), out);
        for (String arg : inputs) {
            InputSource in = InputSource.of(arg);
            Extraction x;
            try {
                byte[] bytes = in.readAll(stdin, maxInputSize);
                DecodedText text = Decoder.decode(bytes, HtmlInput.declaredCharset(bytes));
                x = Pith.explain(text.text(), in.name(), options, text.warnings());
            } catch (InputException | UndecodableInputException e) {
                err.println("pith: " + in.name() + ": " + e.getMessage());
                failed = true;
                continue;
            } catch (RuntimeException e) {
                err.println("pith: " + in.name() + ": extraction failed: " + e);
                failed = true;
                continue;
            }
            if (writer == null) {
                out.write(x.explanation());
            } else {
                writer.write(x.article());
            }
            out.flush();
            if (out instanceof PrintWriter pw && pw.checkError()) {
                return failed; // the reader went away (pith ... | head): stop quietly
            }
        }
        if (writer != null) {
            writer.close();
        }
        return failed;
    }

    private ExtractOptions extractOptions() {
        ExtractOptions.StyleChoice choice;
        try {
            choice = ExtractOptions.StyleChoice.valueOf(style.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown style '" + style + "' (auto, browser-copy, text-browser, scraper)");
        }
        ExtractOptions.InputType type;
        try {
            type = ExtractOptions.InputType.valueOf(inputType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown input type '" + inputType + "' (auto, text, html)");
        }
        return ExtractOptions.builder().style(choice).referenceDate(referenceDate).input(type).build();
    }
}
