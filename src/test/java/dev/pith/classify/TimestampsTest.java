package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void aLineWithoutADigitOrAgoCannotBeATimestamp() {
        assertTrue(Timestamps.mayStateTime("Nov. 19, 2019 8:03 am ET"));
        assertTrue(Timestamps.mayStateTime("Updated an hour ago"));
        assertFalse(Timestamps.mayStateTime("Share this article"));
        assertFalse(Timestamps.mayStateTime("Vor einer Stunde aktualisiert"));
    }
}
