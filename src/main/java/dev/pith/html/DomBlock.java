package dev.pith.html;

import dev.pith.classify.Label;
import dev.pith.segment.Block;

/**
 * A block of a page with what the markup says about it.
 *
 * @param block      the block, as the text pipeline sees it
 * @param hint       the label the markup gives it (navigation inside nav, caption for figcaption, ...), or null
 * @param hintReason why, readable by a person
 * @param heading    1 to 6 for h1..h6, else 0
 * @param inRoot     inside the element the page's article lives in
 */
record DomBlock(Block block, Label hint, String hintReason, int heading, boolean inRoot) {
}
