package dev.pith.cli;

import dev.pith.ExtractOptions;
import dev.pith.ExtractOptions.InputType;
import dev.pith.ExtractOptions.MojibakeRepair;
import dev.pith.ExtractOptions.StyleChoice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How to extract: the options shared by the commands that run the pipeline (a picocli mixin). */
final class ExtractionOptions {
    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "auto", converter = StyleConverter.class,
            completionCandidates = StyleNames.class,
            description = "How the dumps were made: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: detect per input).")
    StyleChoice style = StyleChoice.AUTO;

    @Option(names = "--input-type", paramLabel = "TYPE", defaultValue = "auto", converter = InputTypeConverter.class,
            description = "auto (decide from the content, default), text or html.")
    InputType inputType = InputType.AUTO;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Resolve relative dates (\"3 hours ago\") against this date; without it they stay relative.")
    LocalDate referenceDate;

    @Option(names = "--mojibake", paramLabel = "WHAT", defaultValue = "repair",
            description = "repair (default: UTF-8 read as windows-1252, \"BachÃ©\", becomes \"Baché\" where that is "
                    + "unambiguous, with a warning) or keep.")
    MojibakeRepair mojibake = MojibakeRepair.REPAIR;

    ExtractOptions extractOptions() {
        return ExtractOptions.builder().style(style).referenceDate(referenceDate).input(inputType).mojibake(mojibake)
                .build();
    }

    /** The name of a style on the command line: "browser-copy" for BROWSER_COPY. */
    static String name(StyleChoice s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The style names, for --help and shell completion. */
    static final class StyleNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(StyleChoice.values()).map(ExtractionOptions::name).iterator();
        }
    }

    /** Reads an input type in any case. */
    static final class InputTypeConverter implements ITypeConverter<InputType> {
        @Override
        public InputType convert(String value) {
            for (InputType t : InputType.values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
            throw new TypeConversionException("unknown input type '" + value + "' (auto, text, html)");
        }
    }

    /** Reads an ISO date, with a short message when it is not one. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }

    /** Reads a style name in any case, with hyphens or underscores. */
    static final class StyleConverter implements ITypeConverter<StyleChoice> {
        @Override
        public StyleChoice convert(String value) {
            for (StyleChoice s : StyleChoice.values()) {
                if (name(s).equalsIgnoreCase(value.replace('_', '-'))) {
                    return s;
                }
            }
            throw new TypeConversionException("unknown style '" + value + "' (" + String.join(", ", new StyleNames()) + ")");
        }
    }
}
