package dev.pith.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects lines into blocks; subclasses decide, line by line, whether a line continues the open
 * block. Holds state only for the one segmentation it performs.
 */
abstract class BlockBuilder {
    private static final String BULLETS = "•·◦▪‣●■□○➢►▸";

    final String[] lines;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder open = new StringBuilder();
    private int openFirst = -1;
    private int openLast = -1;
    private boolean openBulleted;
    private boolean openBlankBefore;
    private boolean blankSeen = true;

    BlockBuilder(String[] lines) {
        this.lines = lines;
    }

    abstract List<Block> build();

    boolean hasOpen() {
        return openFirst >= 0;
    }

    /** Starts a new block with line {@code i} (0-based), whose text is {@code text}. */
    void start(int i, String text, boolean bulleted) {
        close();
        open.append(text);
        openFirst = i;
        openLast = i;
        openBulleted = bulleted;
        openBlankBefore = blankSeen;
        blankSeen = false;
    }

    /** Adds line {@code i}'s text to the open block, with {@code separator} in between. */
    void append(int i, String separator, String text) {
        open.append(separator).append(text);
        openLast = i;
    }

    void blankLine() {
        close();
        blankSeen = true;
    }

    void close() {
        if (openFirst < 0) {
            return;
        }
        String text = Text.normalizeSpace(open);
        if (!text.isEmpty()) {
            blocks.add(new Block(blocks.size(), openFirst + 1, openLast + 1, text, openBulleted, openBlankBefore));
        }
        open.setLength(0);
        openFirst = -1;
    }

    List<Block> finish() {
        close();
        return List.copyOf(blocks);
    }

    /** Length of a list marker at the start of a trimmed line ("• ", "- ", "1. "), 0 when none. */
    static int bulletLength(String trimmed, boolean dashesAndNumbers) {
        if (trimmed.isEmpty()) {
            return 0;
        }
        char c = trimmed.charAt(0);
        if (BULLETS.indexOf(c) >= 0) {
            return 1;
        }
        if (!dashesAndNumbers || trimmed.length() < 3) {
            return 0;
        }
        if ((c == '-' || c == '*' || c == '+') && trimmed.charAt(1) == ' ') {
            return 2;
        }
        int d = 0;
        while (d < trimmed.length() && d < 3 && Character.isDigit(trimmed.charAt(d))) {
            d++;
        }
        if (d > 0 && d + 1 < trimmed.length() && (trimmed.charAt(d) == '.' || trimmed.charAt(d) == ')')
                && trimmed.charAt(d + 1) == ' ' && !DAY_OF_DATE.matcher(trimmed).lookingAt()) {
            return d + 2;
        }
        return 0;
    }

    /** "14. November 2019": a day before a month and a year, not a numbered list item. */
    private static final java.util.regex.Pattern DAY_OF_DATE =
            java.util.regex.Pattern.compile("\\d{1,2}\\. \\p{L}{3,12}\\.? \\d{4}");

    /** The text after the list marker, or the whole trimmed text when the marker stands alone. */
    static String afterBullet(String trimmed, int bulletLength) {
        String rest = trimmed.substring(bulletLength).strip();
        return rest.isEmpty() ? trimmed : rest;
    }
}
