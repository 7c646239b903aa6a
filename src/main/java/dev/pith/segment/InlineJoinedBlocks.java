package dev.pith.segment;

import java.util.List;

/**
 * Scraper dumps: a text node split off by a link or an emphasis keeps the white space that surrounded
 * it, so a line that ends or starts with a space, a line of a single space, or a line that starts with
 * closing punctuation continues the block before it. An empty line always ends a block.
 */
final class InlineJoinedBlocks extends BlockBuilder {
    private static final String CLOSING = ".,;:!?)]}»”’…%";

    InlineJoinedBlocks(String[] lines) {
        super(lines);
    }

    @Override
    List<Block> build() {
        String previous = null;
        boolean spaceJoiner = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || (Text.isBlank(line) && !isSingleSpace(line))) {
                blankLine();
                previous = null;
                spaceJoiner = false;
                continue;
            }
            if (isSingleSpace(line)) {
                spaceJoiner = previous != null;
                continue;
            }
            String trimmed = line.strip();
            boolean joins = previous != null && (spaceJoiner
                    || Text.isSpace(previous.charAt(previous.length() - 1))
                    || Text.isSpace(line.charAt(0))
                    || CLOSING.indexOf(trimmed.charAt(0)) >= 0);
            if (joins) {
                boolean space = spaceJoiner || Text.isSpace(previous.charAt(previous.length() - 1))
                        || Text.isSpace(line.charAt(0));
                append(i, space ? " " : "", trimmed);
            } else {
                int bullet = bulletLength(trimmed, false);
                start(i, afterBullet(trimmed, bullet), bullet > 0 && bullet < trimmed.length());
            }
            previous = line;
            spaceJoiner = false;
        }
        return finish();
    }

    private static boolean isSingleSpace(String line) {
        return line.length() == 1 && Text.isSpace(line.charAt(0));
    }
}
