package dev.pith.cli;

import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How and where records are written: shared by the commands that write records. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            converter = FormatConverter.class,
            description = "Output format: jsonl (one record per line, default), json (an array), csv, text.")
    Format format = Format.JSONL;

    /** One stream (-o) or one file per input (--output-dir), not both. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Destination destination;

    @Option(names = "--keep-removed", description = "Add the removed blocks, with their kinds and reasons, to each record.")
    boolean keepRemoved;

    @Option(names = "--csv-rows", paramLabel = "ROWS", defaultValue = "article",
            description = "With -f csv: one row per article (default) or per paragraph (source, paragraph index "
                    + "from 1, kind, text).")
    WriteOptions.CsvRows csvRows = WriteOptions.CsvRows.ARTICLE;

    @Option(names = "--fields", paramLabel = "NAME", split = ",",
            description = "With csv, json or jsonl: only these fields, in this order, e.g. source,headline,text.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--csv-raw", description = "Write CSV cells as they are (by default, cells starting with "
            + "=, +, -, @, tab or CR get a leading ' so spreadsheets do not run them).")
    boolean csvRaw;

    /** Where the records go: -o FILE, or --output-dir DIR with its --skip-existing. */
    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write to FILE instead of standard output (- is standard output); the file appears "
                        + "whole or not at all.")
        Path output;

        @ArgGroup(exclusive = false, multiplicity = "1")
        Tree tree;
    }

    /** --output-dir and the option that only makes sense with it. */
    static final class Tree {
        @Option(names = "--output-dir", paramLabel = "DIR", required = true,
                description = "Write one file per input under DIR, mirroring the input tree, with the format's "
                        + "extension; each file appears whole or not at all.")
        Path dir;

        @Option(names = "--skip-existing",
                description = "With --output-dir: skip the inputs whose output file exists (resumes a run).")
        boolean skipExisting;
    }

    /** The output file, or null for standard output or an output directory. */
    Path file() {
        Path output = destination == null ? null : destination.output;
        return output == null || output.toString().equals("-") ? null : output;
    }

    /** The output directory, or null. */
    Path dir() {
        return destination == null || destination.tree == null ? null : destination.tree.dir;
    }

    boolean skipExisting() {
        return destination != null && destination.tree != null && destination.tree.skipExisting;
    }

    /** The write options; selecting the removed field keeps the removed blocks. */
    WriteOptions writeOptions() {
        return WriteOptions.builder()
                .removed(keepRemoved || fields.contains("removed")
                        ? WriteOptions.RemovedBlocks.KEEP : WriteOptions.RemovedBlocks.OMIT)
                .csvSafety(csvRaw ? WriteOptions.CsvSafety.RAW : WriteOptions.CsvSafety.NEUTRALISE_FORMULAS)
                .csvRows(csvRows)
                .fields(fields.stream().map(String::strip).filter(f -> !f.isEmpty()).toList())
                .build();
    }

    /** Accepts format names in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.id().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "' (jsonl, json, csv, text)");
        }
    }
}
