package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Log1pTest {
    @Test
    void theTableHoldsTheLibrarysValuesBitForBit() {
        for (int n = -3; n < 5000; n++) {
            assertEquals(Double.doubleToRawLongBits(Math.log1p(n)), Double.doubleToRawLongBits(Log1p.of(n)), "n = " + n);
        }
    }
}
