package dev.pith;

import dev.pith.segment.DumpStyle;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to extract: immutable, built with {@link #builder()} or taken from a preset. Thread-safe.
 *
 * @param style         how the dump was made; {@link StyleChoice#AUTO} detects it per document
 * @param referenceDate the date relative dates ("3 hours ago") count from; null leaves them relative
 * @param input         whether the input is plain text or HTML; {@link InputType#AUTO} decides from the content
 * @param mojibake      whether UTF-8 read as windows-1252 ("BachÃ©") is repaired; {@link MojibakeRepair#REPAIR}
 *                      by default
 */
public record ExtractOptions(StyleChoice style, LocalDate referenceDate, InputType input, MojibakeRepair mojibake) {

    /** Detect everything, resolve nothing relative, repair mojibake. */
    public static final ExtractOptions DEFAULT = new ExtractOptions(StyleChoice.AUTO, null, InputType.AUTO,
            MojibakeRepair.REPAIR);

    public ExtractOptions {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(mojibake, "mojibake");
    }

    /** What to do with UTF-8 that was read as windows-1252 or Latin-1 once or twice ("BachÃ©", "BachÃƒÂ©"). */
    public enum MojibakeRepair {
        /** Repair it where the repair is unambiguous ({@link dev.pith.decode.Mojibake}), with a warning. */
        REPAIR,
        /** Keep the text as it is. */
        KEEP
    }

    /** What kind of input a document is. */
    public enum InputType { AUTO, TEXT, HTML }

    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The dump style to segment with: a fixed one, or detection. */
    public enum StyleChoice {
        AUTO(null), BROWSER_COPY(DumpStyle.BROWSER_COPY), TEXT_BROWSER(DumpStyle.TEXT_BROWSER), SCRAPER(DumpStyle.SCRAPER);

        private final DumpStyle style;

        StyleChoice(DumpStyle style) {
            this.style = style;
        }

        /** The fixed style, or null for detection. */
        public DumpStyle fixed() {
            return style;
        }
    }

    /** Builds an {@link ExtractOptions}. */
    public static final class Builder {
        private StyleChoice style;
        private LocalDate referenceDate;
        private InputType input;
        private MojibakeRepair mojibake;

        private Builder(ExtractOptions from) {
            this.style = from.style;
            this.referenceDate = from.referenceDate;
            this.input = from.input;
            this.mojibake = from.mojibake;
        }

        public Builder mojibake(MojibakeRepair value) {
            this.mojibake = Objects.requireNonNull(value, "mojibake");
            return this;
        }

        public Builder input(InputType value) {
            this.input = Objects.requireNonNull(value, "input");
            return this;
        }

        public Builder style(StyleChoice value) {
            this.style = Objects.requireNonNull(value, "style");
            return this;
        }

        public Builder referenceDate(LocalDate value) {
            this.referenceDate = value;
            return this;
        }

        public ExtractOptions build() {
            return new ExtractOptions(style, referenceDate, input, mojibake);
        }
    }
}
