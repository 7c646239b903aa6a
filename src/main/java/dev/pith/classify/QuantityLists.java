package dev.pith.classify;

import java.util.List;

/**
 * Up to the end of the article, a run of short lines of which three or more start with an amount and a unit of
 * measure ("125 g Mehl", "2 Pck. Vanillepuddingpulver", "1 TL Backpulver", "1 1/2 cups flour", "2 tablespoons
 * oil") is a recipe's list of ingredients, and part of the article, with the short lines inside it ("5 Eier",
 * "Für die Füllung:"). Rule source: recipe pages put their ingredient list before the method's prose, where the
 * main-region and link-list rules take short lines for furniture (dev corpus: ingredient lines were a large share
 * of the article snippets missed before the main run of prose). The units of the corpus's major languages; an
 * amount alone ("3 Jahre", "1.3 Welche ...", "52 cm") does not start a list.
 */
final class QuantityLists implements Step {
    /** Quantity lines a run needs. */
    private static final int MIN_QUANTITIES = 3;
    /** Lines without a quantity (headings, an ingredient without an amount) a run may pass between two with one. */
    private static final int MAX_GAP = 2;
    private static final int MAX_WORDS = 10;
    /** Units of measure and kitchen units, lower case, without a final dot. */
    private static final java.util.Set<String> UNITS = java.util.Set.of(
            "g", "gr", "kg", "mg", "dkg", "ml", "l", "cl", "dl", "oz", "lb", "lbs",
            "el", "tl", "msp", "pck", "pkg", "pkt", "päckchen", "prise", "prisen", "becher", "dose", "dosen", "dose/n",
            "bund", "zehe", "zehen", "stück", "stk", "scheibe", "scheiben", "tasse", "tassen", "glas", "würfel",
            "cup", "cups", "tbsp", "tsp", "tablespoon", "tablespoons", "teaspoon", "teaspoons", "pinch", "clove",
            "cloves", "can", "cans", "slice", "slices", "pound", "pounds", "ounce", "ounces", "c",
            "cucharada", "cucharadas", "cucharadita", "cucharaditas", "taza", "tazas", "pizca", "diente", "dientes",
            "cuillère", "cuillères", "càs", "càc", "gousse", "gousses", "pincée", "sachet", "sachets", "verre",
            "cucchiaio", "cucchiai", "cucchiaino", "cucchiaini", "spicchio", "spicchi",
            "łyżka", "łyżki", "łyżeczka", "łyżeczki", "szklanka", "szklanki");
    private static final String FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞";

    @Override
    public Classification apply(Classification in) {
        int end = in.last(Role.CONTENT);
        if (end < 0) {
            return in;
        }
        Classification.Edit out = in.edit();
        List<ShortLineRuns.Run> runs =
                ShortLineRuns.find(in, 0, end, MAX_WORDS, MAX_GAP, QuantityLists::isQuantityLine);
        for (ShortLineRuns.Run run : runs) {
            // quantity lines with at most MAX_GAP short lines between two of them
            int count = run.members().size();
            long units = run.members().stream().filter(k -> hasUnit(in.get(k).text())).count();
            if (count >= MIN_QUANTITIES && units >= MIN_QUANTITIES) {
                ShortLineRuns.relabel(out, in, run, Label.LIST_ITEM,
                        "in a list of " + count + " quantities (ingredients, amounts)");
            }
        }
        return out.done();
    }

    /** A short line that starts with an amount (digits, a decimal, a fraction or a range) followed by a word. */
    static boolean isQuantityLine(LabeledBlock b) {
        return ShortLineRuns.isShort(b, MAX_WORDS) && startsWithQuantity(b.text());
    }

    static boolean startsWithQuantity(String t) {
        int i = 0;
        int n = t.length();
        int digits = 0;
        while (i < n && (Character.isDigit(t.charAt(i)) || FRACTIONS.indexOf(t.charAt(i)) >= 0)) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 4 || digits == 4 && (t.startsWith("19") || t.startsWith("20"))) {
            return false; // no amount, or a year, a postcode, a phone number
        }
        // a decimal, a fraction or a range: "1,5", "1/2", "2-3", "2 – 3", "1 1/2"
        while (i < n && (Character.isDigit(t.charAt(i)) || FRACTIONS.indexOf(t.charAt(i)) >= 0
                || ",./-–".indexOf(t.charAt(i)) >= 0 || t.charAt(i) == ' ' && i + 1 < n
                && (Character.isDigit(t.charAt(i + 1)) || "-–".indexOf(t.charAt(i + 1)) >= 0))) {
            if (t.charAt(i) == '.' && (i + 1 >= n || !Character.isDigit(t.charAt(i + 1)))) {
                break; // "1." of a numbered step or a date's day
            }
            i++;
        }
        if (t.indexOf('.') >= 0 && isDate(t)) {
            return false;
        }
        // then white space (or a unit glued on: "200g") and a word
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\u00a0')) {
            i++;
        }
        return i < n && Character.isLetter(t.charAt(i));
    }

    /** The word after the line's amount is a unit of measure ("g", "EL", "cups", "Pck."). */
    static boolean hasUnit(String t) {
        int i = 0;
        int n = t.length();
        while (i < n && !Character.isLetter(t.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < n && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '/')) {
            j++;
        }
        return j > i && UNITS.contains(t.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    /** "10.10.2006", "23.01.2022 - ...": a date, not an amount. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(\\d{2}|\\d{4})");

    private static boolean isDate(String t) {
        return DATE.matcher(t).lookingAt();
    }
}
