package dev.pith.cli;

import dev.pith.write.Format;
import dev.pith.write.WriteOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How and where records are written: shared by the commands that write records. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            converter = FormatConverter.class,
            description = "Output format: jsonl (one record per line, default), json (an array), csv, text.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (- is standard output); the file appears "
                    + "whole or not at all.")
    Path output;

    @Option(names = "--keep-removed", description = "Add the removed blocks, with their kinds and reasons, to each record.")
    boolean keepRemoved;

    @Option(names = "--csv-raw", description = "Write CSV cells as they are (by default, cells starting with "
            + "=, +, -, @, tab or CR get a leading ' so spreadsheets do not run them).")
    boolean csvRaw;

    /** The output file, or null for standard output. */
    Path file() {
        return output == null || output.toString().equals("-") ? null : output;
    }

    WriteOptions writeOptions() {
        return WriteOptions.builder()
                .removed(keepRemoved ? WriteOptions.RemovedBlocks.KEEP : WriteOptions.RemovedBlocks.OMIT)
                .csvSafety(csvRaw ? WriteOptions.CsvSafety.RAW : WriteOptions.CsvSafety.NEUTRALISE_FORMULAS)
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
