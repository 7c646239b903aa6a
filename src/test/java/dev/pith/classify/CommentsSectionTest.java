package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommentsSectionTest {
    @Test
    void onlyALineEndingWithASayingVerbCanBeACommentersLine() {
        assertTrue(CommentsSection.endsWithSaysVerb("Jane Doe says:"));
        assertTrue(CommentsSection.endsWithSaysVerb("Max Muster sagt"));
        assertFalse(CommentsSection.endsWithSaysVerb("What the council says about the budget"));
        assertFalse(CommentsSection.endsWithSaysVerb(":"));
    }
}
