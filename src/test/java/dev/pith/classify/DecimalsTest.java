package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.2f", v), Decimals.format(v, 2, false), "%.2f of " + v);
        assertEquals(String.format(Locale.ROOT, "%+.2f", v), Decimals.format(v, 2, true), "%+.2f of " + v);
    }

    @Test
    void writesWhatFormatterWritesOnTheEdgeCases() {
        for (double v : new double[] {0, -0.0, 1.005, 0.125, 0.135, -0.004, -0.005, 0.995, 2.675, 1e-9, -1e-9, 123456.789,
                1e21, -1e21, 0.5, 1, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}) {
            same(v);
        }
    }

    @Test
    void writesWhatFormatterWritesForManyValuesOfTheSizesModelsGive() {
        Random r = new Random(20261202);
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, r.nextInt(7) - 3);
            same((r.nextDouble() * 2 - 1) * scale);
            same(Math.round(r.nextDouble() * 100_000) / 1000.0 + (r.nextBoolean() ? 0.005 : 0)); // halves at the third decimal
        }
    }
}
