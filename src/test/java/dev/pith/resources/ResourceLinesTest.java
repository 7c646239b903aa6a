package dev.pith.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
    @Test
    void keepsTheContentLinesInOrderAndLeavesOutBlankAndCommentLines() {
        assertEquals(List.of("first\tline", "  indented", "ünïcode # not a comment"),
                ResourceLines.of(ResourceLinesTest.class, "sample-resource.txt"));
    }

    @Test
    void aMissingResourceIsABrokenBuildNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceLines.of(ResourceLinesTest.class, "no-such.txt"));
        assertTrue(e.getMessage().contains("dev/pith/resources/no-such.txt"), e.getMessage());
        assertTrue(ResourceLines.optional(ResourceLinesTest.class, "no-such.txt").isEmpty());
    }

    @Test
    void aTextInTheSameFormatGivesTheSameContentLines() {
        assertEquals(List.of("first\tline", "  indented", "ünïcode # not a comment"),
                ResourceLines.of("# a comment\nfirst\tline\n\n   \n  indented\n#another\nünïcode # not a comment\n"));
    }
}
