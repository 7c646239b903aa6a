package dev.pith.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The segment stage: splits a decoded dump into blocks. Browser copies give one block per line; text
 * browser dumps have their hard-wrapped lines joined back into paragraphs; scraper dumps have the
 * fragments that inline elements split off joined back into their sentence. Stateless and thread-safe.
 */
public final class Segmenter {
    private Segmenter() {
    }

    /** Guesses how the dump was made from its line statistics. */
    public static DumpStyle detectStyle(String text) {
        return DumpStyleDetector.detect(splitLines(text));
    }

    /** Blocks of the text, segmented for the given style. */
    public static List<Block> segment(String text, DumpStyle style) {
        String[] lines = splitLines(text);
        return switch (style) {
            case BROWSER_COPY -> new LineBlocks(lines).build();
            case TEXT_BROWSER -> new UnwrappedBlocks(lines).build();
            case SCRAPER -> new InlineJoinedBlocks(lines).build();
        };
    }

    /** Splits on \n, \r\n and \r. */
    static String[] splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out.toArray(new String[0]);
    }
}
