package dev.pith.segment;

import java.util.List;

/**
 * Text-browser dumps: a line continues the previous one when the previous line was wrapped, that is
 * when this line's first word would not have fitted at the end of it (the classic unwrapping rule of
 * format=flowed readers), at the page's wrap column or at a narrower box's (a text column, a quote). List
 * markers always start a new block.
 */
final class UnwrappedBlocks extends BlockBuilder {
    private static final int MAX_WIDTH = 80;
    /** A narrower wrapped box is seen in a run of this many lines or more. */
    private static final int MIN_RUN = 3;
    /** ... whose widest line reaches this column at least. */
    private static final int MIN_COLUMN = 40;
    /** Wrapped lines end within this many columns of the box's width. */
    private static final int RAGGED = 20;

    UnwrappedBlocks(String[] lines) {
        super(lines);
    }

    @Override
    List<Block> build() {
        int width = wrapWidth();
        int[] boxes = boxWidths();
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (Text.isBlank(line)) {
                blankLine();
                previous = null;
                continue;
            }
            String trimmed = line.strip();
            int bullet = bulletLength(trimmed, true);
            if (previous != null && bullet == 0 && wasWrapped(previous, trimmed, Math.min(width, boxes[i]))) {
                boolean wide = Text.isWide(trimmed.charAt(0)) && Text.isWide(lastChar(previous));
                append(i, wide ? "" : " ", trimmed);
            } else {
                start(i, afterBullet(trimmed, bullet), bullet > 0 && bullet < trimmed.length());
            }
            previous = line;
        }
        return finish();
    }

    private static char lastChar(String s) {
        String t = s.stripTrailing();
        return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }

    private static boolean wasWrapped(String previous, String trimmed, int width) {
        int prevWidth = Text.displayWidth(previous.stripTrailing());
        return prevWidth + 1 + Text.firstWordWidth(trimmed) > width;
    }

    /**
     * Per line, the column a narrower box (a blog's text column, a quote) wrapped its run of lines at: the widest
     * of the run's lines when the run holds {@value #MIN_RUN} lines or more that all but the last reach within
     * {@value #RAGGED} columns of it, as wrapped text does; {@value #MAX_WIDTH} otherwise (a menu's short lines are
     * not one paragraph, nor a form's empty fields, lines without a letter or digit, one text: a comment form's
     * seven fields run together hid the form from the comments rule, dev corpus). Runs are the lines between
     * blank lines.
     */
    private int[] boxWidths() {
        int[] out = new int[lines.length];
        int from = 0;
        while (from < lines.length) {
            if (Text.isBlank(lines[from])) {
                out[from++] = MAX_WIDTH;
                continue;
            }
            int to = from;
            while (to + 1 < lines.length && !Text.isBlank(lines[to + 1])) {
                to++;
            }
            int box = boxWidth(from, to);
            for (int k = from; k <= to; k++) {
                out[k] = box;
            }
            from = to + 1;
        }
        return out;
    }

    private int boxWidth(int from, int to) {
        if (to - from + 1 < MIN_RUN) {
            return MAX_WIDTH;
        }
        int max = 0;
        for (int k = from; k <= to; k++) {
            if (!hasLetterOrDigit(lines[k])) {
                return MAX_WIDTH; // a form's empty field ("[      ]") or a rule: no wrapped text
            }
            max = Math.max(max, Text.displayWidth(lines[k].stripTrailing()));
        }
        if (max < MIN_COLUMN || max > MAX_WIDTH) {
            return MAX_WIDTH;
        }
        for (int k = from; k < to; k++) {
            if (Text.displayWidth(lines[k].stripTrailing()) < max - RAGGED) {
                return MAX_WIDTH;
            }
        }
        return max;
    }

    private static boolean hasLetterOrDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The widest line up to 80 columns: the column the browser wrapped at. */
    private int wrapWidth() {
        int max = 0;
        for (String line : lines) {
            int w = Text.displayWidth(line.stripTrailing());
            if (w <= MAX_WIDTH && w > max) {
                max = w;
            }
        }
        return max == 0 ? MAX_WIDTH : max;
    }
}
