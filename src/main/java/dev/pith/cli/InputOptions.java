package dev.pith.cli;

import dev.pith.read.InputKind;
import dev.pith.read.JsonFields;
import dev.pith.read.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What the inputs hold and which of their fields to read (a picocli mixin). */
final class InputOptions {
    @Option(names = "--input", paramLabel = "KIND", defaultValue = "files", converter = KindConverter.class,
            description = "files (each input is one document; WARC and WET files, found by content, give one per "
                    + "record; default), jsonl (each line of each input is a JSON record holding a document) or "
                    + "warc (each input must be a WARC or WET file).")
    InputKind kind = InputKind.FILES;

    @Option(names = "--text-field", paramLabel = "NAME",
            description = "With --input jsonl: the field holding the text (default: text, then content; naming "
                    + "one turns off the default html field).")
    String textField;

    @Option(names = "--html-field", paramLabel = "NAME",
            description = "With --input jsonl: the field holding the page's HTML, used before the text when "
                    + "present (default: html).")
    String htmlField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "With --input jsonl: the field that names the record (default: ${DEFAULT-VALUE}; "
                    + "else FILE:LINE).")
    String idField = "id";

    @Option(names = "--url-field", paramLabel = "NAME", defaultValue = "url",
            description = "With --input jsonl: the field holding the record's URL, written as url "
                    + "(default: ${DEFAULT-VALUE}).")
    String urlField = "url";

    @Option(names = "--keep-fields", paramLabel = "NAME", split = ",",
            description = "Fields of each JSON Lines record (or headers of each WARC record) to carry into the "
                    + "output record, under fields, e.g. --keep-fields lang,crawl_id.")
    List<String> keepFields = new ArrayList<>();

    ReadOptions readOptions(long maxBytes) {
        JsonFields defaults = JsonFields.DEFAULT;
        List<String> text = textField != null ? List.of(textField) : defaults.text();
        List<String> html = htmlField != null ? List.of(htmlField) : textField != null ? List.of() : defaults.html();
        return ReadOptions.builder().kind(kind).json(new JsonFields(text, html, idField, urlField))
                .keepFields(keepFields.stream().map(String::strip).filter(f -> !f.isEmpty()).toList())
                .maxBytes(maxBytes).build();
    }

    /** Reads an input kind in any case. */
    static final class KindConverter implements ITypeConverter<InputKind> {
        @Override
        public InputKind convert(String value) {
            try {
                return InputKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown input kind '" + value + "' (files, jsonl, warc)");
            }
        }
    }
}
