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
        String title = firstText < 0 ? "" : lines[firstText].strip();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || (Text.isBlank(line) && !Text.isSingleSpace(line))) {
                blankLine();
                previous = null;
                spaceJoiner = false;
                continue;
            }
            if (Text.isSingleSpace(line)) {
                if (i > 0 && Text.isSingleSpace(lines[i - 1])) {
                    blankLine(); // a run of them: the white space between block elements, see the class comment
                    previous = null;
                }
                spaceJoiner = previous != null;
                continue;
            }
            String trimmed = line.strip();
            boolean repeat = i > firstText && repeatsTitle(trimmed, title);
            boolean joins = !repeat && previous != null && !(first && spaceJoiner) && (spaceJoiner
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
            previous = repeat ? null : line; // nothing joins the title's repeat either
            spaceJoiner = false;
        }
        return finish();
    }

    /** Separators between a page title's headline and the site's name ("Headline – Site", "Site | Headline"). */
    private static final String TITLE_SEPARATORS = "–—-|:·•»/";

    /**
     * The line repeats the page's title, the dump's first line, whole or without the site's name beside a
     * separator: the page's headline ({@code <h1>}), a block of its own whatever white space a scraper leaves
     * around it (" Shelter asks for a quiet New Year" after a menu's last item, dev corpus). At least two words,
     * so that a one-word menu item that happens to be the site's name is not taken.
     */
    static boolean repeatsTitle(String line, String title) {
        if (line.length() >= title.length() || line.indexOf(' ') < 0) {
            return line.equals(title) && line.indexOf(' ') >= 0;
        }
        if (title.startsWith(line)) {
            String rest = title.substring(line.length()).strip();
            return !rest.isEmpty() && TITLE_SEPARATORS.indexOf(rest.charAt(0)) >= 0;
        }
        if (title.endsWith(line)) {
            String rest = title.substring(0, title.length() - line.length()).strip();
            return !rest.isEmpty() && TITLE_SEPARATORS.indexOf(rest.charAt(rest.length() - 1)) >= 0;
        }
        return false;
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
}
