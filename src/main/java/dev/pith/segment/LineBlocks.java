package dev.pith.segment;

import java.util.List;

/** Browser copies: every non-blank line is a block (the browser already put one block per line). */
final class LineBlocks extends BlockBuilder {
    LineBlocks(String[] lines) {
        super(lines);
    }

    @Override
    List<Block> build() {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (Text.isBlank(line)) {
                blankLine();
                continue;
            }
            String trimmed = line.strip();
            int bullet = bulletLength(trimmed, false);
            start(i, afterBullet(trimmed, bullet), bullet > 0 && bullet < trimmed.length());
        }
        return finish();
    }
}
