package dev.pith.classify;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A double written with a fixed number of decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} (or
 * {@code "%+.2f"}) writes it, without a Formatter per call (the content model's reasons made four for each block it
 * relabels: 2% of the text core, JFR). Formatter rounds the shortest decimal form of the double half up
 * ({@link Double#toString} digits, not the binary value: 1.005 gives "1.01") and keeps the sign of a negative
 * value that rounds to zero ("-0.00"); so does this.
 */
final class Decimals {
    private Decimals() {
    }

    /** {@code v} with {@code places} decimals; with a leading '+' for values that are not negative when {@code plus}. */
    static String format(double v, int places, boolean plus) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.format(java.util.Locale.ROOT, plus ? "%+." + places + "f" : "%." + places + "f", v);
        }
        boolean negative = v < 0 || v == 0 && 1 / v < 0;
        String digits = new BigDecimal(Double.toString(Math.abs(v))).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + digits : plus ? "+" + digits : digits;
    }
}
