package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.Pith;
import dev.pith.article.Article;
import dev.pith.html.HtmlInput;
import dev.pith.decode.Decoder;
import dev.pith.decode.UndecodableInputException;
import dev.pith.eval.Corpus;
import dev.pith.eval.Evaluator;
import dev.pith.eval.PerDocumentSink;
import dev.pith.eval.Prediction;
import dev.pith.eval.Report;
import dev.pith.eval.Variant;
import dev.pith.eval.VariantScores;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pith eval CORPUS_DIR}: runs pith on every dump of a corpus with ground truth and prints the scores. */
@Command(name = EvalCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure accuracy and speed on a corpus with ground truth (gold.jsonl and its dumps, in the "
                + "format of shared/corpus/README.md): body shingle F1, snippet F1, headline, author and date accuracy, "
                + "per input variant, and documents per second on one thread.",
        footerHeading = "%nExample:%n",
        footer = "  pith eval ../shared/corpus/dev")
public final class EvalCommand implements Callable<Integer> {
    /** The subcommand's name. */
    static final String NAME = "eval";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS_DIR", description = "Directory holding gold.jsonl.")
    Path corpusDir;

    @Option(names = "--variant", paramLabel = "VARIANT", split = ",",
            description = "Only these variants: innertext, w3m, soup, html (default: all).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Corpus corpus;
        try {
            corpus = Corpus.load(corpusDir);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("pith: " + corpusDir + ": no gold.jsonl here: not an evaluation corpus");
            return ExitCode.USAGE.code();
        }
        List<VariantScores> rows = new ArrayList<>();
        for (Variant v : selected()) {
            rows.add(v == Variant.HTML
                    ? Evaluator.evaluateHtml(corpus, EvalCommand::predictHtml, PerDocumentSink.NONE)
                    : Evaluator.evaluate(corpus, v, text -> predict(Pith.extract(text, "-", ExtractOptions.DEFAULT)),
                            PerDocumentSink.NONE));
        }
        spec.commandLine().getOut().print(json ? Report.json(rows) : Report.table(rows));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** A page as pith reads it: decoded with its declared charset, then extracted as HTML. */
    public static Prediction predictHtml(byte[] bytes) {
        try {
            String html = Decoder.decode(bytes, HtmlInput.declaredCharset(bytes)).text();
            return predict(Pith.extract(html, "-", HTML));
        } catch (UndecodableInputException e) {
            return Prediction.empty();
        }
    }

    private static final ExtractOptions HTML = ExtractOptions.builder().input(ExtractOptions.InputType.HTML).build();

    private List<Variant> selected() {
        if (variants.isEmpty()) {
            return List.of(Variant.INNERTEXT, Variant.W3M, Variant.SOUP, Variant.HTML);
        }
        List<Variant> out = new ArrayList<>();
        for (String v : variants) {
            try {
                out.add(Variant.of(v));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown variant '" + v + "'");
            }
        }
        return out;
    }

    static Prediction predict(Article a) {
        return new Prediction(a.headline(), a.authors(), a.published() == null ? null : a.published().iso(), a.text());
    }
}
