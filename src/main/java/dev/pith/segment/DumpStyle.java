package dev.pith.segment;

/** How a plain-text dump was made; it decides how its lines become blocks. */
public enum DumpStyle {
    /** Select-all and copy in a browser: one line per block, inline elements run together. */
    BROWSER_COPY,
    /** A text browser's dump (w3m, lynx): lines hard-wrapped near 80 columns, bullets, indentation. */
    TEXT_BROWSER,
    /** A scraper's get_text(): every text node on its own line, so links split sentences. */
    SCRAPER;

    /** Lower-case name as used on the command line and in explanations. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
