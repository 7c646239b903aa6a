package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.segment.DumpStyle;
import dev.pith.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityListsTest {
    private static final String METHOD = "Den Backofen auf 180 Grad vorheizen und eine Springform mit Backpapier "
            + "auslegen, dann Mehl, Zucker und Butter mit den Händen zu einem glatten Teig verkneten.";

    /** A recipe as a browser copies it (shape of a real dump): menu, headline, ingredients, then the method. */
    private static Classification recipe(List<String> list) {
        List<String> lines = new java.util.ArrayList<>(List.of("Rezepte", "Backen", "Kontakt",
                "Mandarinen-Schmand-Kuchen", "Zutaten für 12 Stück"));
        lines.addAll(list);
        lines.addAll(List.of("Zubereitung", METHOD, METHOD + " Danach backen.", METHOD + " Zuletzt abkühlen lassen."));
        String dump = String.join("\n", lines);
        return Classifier.classify(Segmenter.segment(dump, DumpStyle.BROWSER_COPY), DumpStyle.BROWSER_COPY, "de");
    }

    private static Label label(Classification c, String line) {
        return c.blocks().stream().filter(b -> b.text().equals(line)).findFirst().orElseThrow().label();
    }

    @Test
    void aRunOfAmountsWithUnitsIsAListOfIngredientsInTheArticle() {
        Classification c = recipe(List.of("125 g Mehl", "65 g Zucker", "65 g Margarine oder Butter", "1 Ei(er)",
                "Für die Füllung:", "500 ml Milch", "2 Pck. Vanillepuddingpulver"));
        for (String line : List.of("125 g Mehl", "1 Ei(er)", "Für die Füllung:", "2 Pck. Vanillepuddingpulver")) {
            assertEquals(Label.LIST_ITEM, label(c, line), line);
        }
        assertNotEquals(Label.LIST_ITEM, label(c, "Kontakt"), "the menu before the list stays out");
    }

    @Test
    void amountsWithoutUnitsStartNoList() {
        Classification c = recipe(List.of("3 Jahre Garantie", "52 cm breit", "12 Kommentare", "4 Warum das wichtig ist"));
        assertFalse(c.blocks().stream().anyMatch(b -> b.reason().startsWith("in a list of")));
    }

    @Test
    void theAmountIsDigitsAFractionOrARangeBeforeAWordAndNotADate() {
        assertTrue(QuantityLists.startsWithQuantity("1 1/2 cups flour"));
        assertTrue(QuantityLists.startsWithQuantity("½ lemon"));
        assertTrue(QuantityLists.startsWithQuantity("2-3 EL Öl"));
        assertTrue(QuantityLists.startsWithQuantity("200g Zucker"));
        assertFalse(QuantityLists.startsWithQuantity("10.10.2006 Rezept"));
        assertFalse(QuantityLists.startsWithQuantity("2019 war ein Rekordjahr"), "a year");
        assertFalse(QuantityLists.startsWithQuantity("4512"));
        assertTrue(QuantityLists.hasUnit("2 Pck. Vanillepuddingpulver"));
        assertTrue(QuantityLists.hasUnit("3 tablespoons oil"));
        assertFalse(QuantityLists.hasUnit("5 Eier (Gr. M)"));
    }
}
