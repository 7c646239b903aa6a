package dev.pith.html;

import org.jsoup.nodes.Element;

/**
 * The name on the comments the post's own author wrote under it, when the page names no author elsewhere.
 * Rule source: WordPress's {@code comment_class()} marks a comment by the post's author with {@code bypostauthor}
 * (themes and forks keep the class), and its templates print the commenter's name in {@code .fn} (inside
 * {@code cite} or {@code .comment-author}) or in an element classed {@code comment-author}; blogs and deal
 * forums that show no byline name their author there (dev corpus: two pages whose gold author was only there).
 */
final class PostAuthor {
    /** Where a comment's author name stands, most specific first. */
    private static final String[] NAME_SELECTORS = {".fn", ".comment-author-name", "p.comment-author",
            "span.comment-author", "strong.comment-author", "cite"};
    private static final int MAX_CHARS = 40;

    private PostAuthor() {
    }

    /** The name of the first comment marked as the post author's, or null. */
    static String of(Element body) {
        for (Element comment : body.getElementsByClass("bypostauthor")) {
            for (String selector : NAME_SELECTORS) {
                Element name = comment.selectFirst(selector);
                if (name == null) {
                    continue;
                }
                String text = name.text().strip();
                if (!text.isEmpty() && text.length() <= MAX_CHARS && Character.isLetter(text.charAt(0))) {
                    return text;
                }
                break; // the name's element is there but holds something else: no guess from a wider one
            }
        }
        return null;
    }
}
