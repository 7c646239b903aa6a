package dev.pith.segment;

import java.util.List;

/**
 * Scraper dumps: a text node split off by a link or an emphasis keeps the white space that surrounded
 * it, so a line that ends or starts with a space, a line of a single space, a line that starts with
 * closing punctuation or a closing quote, and a line after one that ends with an opening quote continue
 * the block before them. An empty line always ends a block, and so does a line of a single space after the dump's
 * first line: a scraper writes the document's title element first, then the white space of the page's head, and
 * what follows is the page's body. Two or more lines of a single space in a row end a block too: inline elements
 * are separated by one white-space text node, but the indentation between nested block elements
 * ({@code </li> </ul> </div>}) gives one per element boundary, so a run of them stands between blocks (a menu's
 * items and the article after it were read as one block of 400 words, dev corpus).
 */
final class InlineJoinedBlocks extends BlockBuilder {
    private static final String CLOSING = ".,;:!?)]}»”’…%";
    /** Opening quotes and brackets: a line ending with one goes on in the next line. */
    private static final String OPENING = "“„«‘‚([{\"";
    /** Quotes that close a quotation when punctuation or a space follows them. */
    private static final String QUOTES = "”“»’\"";

    InlineJoinedBlocks(String[] lines) {
        super(lines);
    }

    @Override
    List<Block> build() {
        String previous = null;
        boolean spaceJoiner = false;
        boolean first = true;
        int firstText = firstText();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || (Text.isBlank(line) && !isSingleSpace(line))) {
                blankLine();
                previous = null;
                spaceJoiner = false;
                continue;
            }
            if (isSingleSpace(line)) {
                if (i > 0 && isSingleSpace(lines[i - 1])) {
                    blankLine(); // a run of them: the white space between block elements, see the class comment
                    previous = null;
                }
                spaceJoiner = previous != null;
                continue;
            }
            String trimmed = line.strip();
            boolean joins = previous != null && !(first && spaceJoiner) && (spaceJoiner
                    || Text.isSpace(previous.charAt(previous.length() - 1))
                    || Text.isSpace(line.charAt(0))
                    || CLOSING.indexOf(trimmed.charAt(0)) >= 0
                    || OPENING.indexOf(previous.charAt(previous.length() - 1)) >= 0
                    || closesQuotation(trimmed));
            if (joins) {
                boolean space = spaceJoiner || Text.isSpace(previous.charAt(previous.length() - 1))
                        || Text.isSpace(line.charAt(0));
                append(i, space ? " " : "", trimmed);
            } else {
                int bullet = bulletLength(trimmed, false);
                start(i, afterBullet(trimmed, bullet), bullet > 0 && bullet < trimmed.length());
            }
            first = previous == null && i == firstText;
            previous = line;
            spaceJoiner = false;
        }
        return finish();
    }

    /** The index of the dump's first line that holds text. */
    private int firstText() {
        for (int i = 0; i < lines.length; i++) {
            if (!Text.isBlank(lines[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A closing quote followed by punctuation or a space: the end of a quotation split off by a link. */
    private static boolean closesQuotation(String trimmed) {
        return trimmed.length() >= 2 && QUOTES.indexOf(trimmed.charAt(0)) >= 0
                && (CLOSING.indexOf(trimmed.charAt(1)) >= 0 || Text.isSpace(trimmed.charAt(1)));
    }

    private static boolean isSingleSpace(String line) {
        return line.length() == 1 && Text.isSpace(line.charAt(0));
    }
}
