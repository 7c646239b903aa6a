package dev.pith.segment;

import java.util.List;

/**
 * Text-browser dumps: a line continues the previous one when the previous line was wrapped, that is
 * when this line's first word would not have fitted at the end of it (the classic unwrapping rule of
 * format=flowed readers). List markers always start a new block.
 */
final class UnwrappedBlocks extends BlockBuilder {
    private static final int MAX_WIDTH = 80;

    UnwrappedBlocks(String[] lines) {
        super(lines);
    }

    @Override
    List<Block> build() {
        int width = wrapWidth();
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
            if (previous != null && bullet == 0 && wasWrapped(previous, trimmed, width)) {
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
