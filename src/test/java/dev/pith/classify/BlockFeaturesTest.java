package dev.pith.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BlockFeaturesTest {

    @Test
    void allCapsHoldsForUpperCaseTextWithALetterOnly() {
        assertTrue(BlockFeatures.allCaps("BREAKING NEWS: ÉTÉ 2024"));
        assertFalse(BlockFeatures.allCaps("Breaking news"));
        assertFalse(BlockFeatures.allCaps("STRASSE ß"));
        assertFalse(BlockFeatures.allCaps("2024 - 12 / 01"));
        assertFalse(BlockFeatures.allCaps("東京 ニュース"));
    }

    @Property(tries = 1000)
    void allCapsAnswersAsTheWholeStringCaseMappingsDo(@ForAll("mixedCase") String t) {
        boolean expected = t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT));
        assertEquals(expected, BlockFeatures.allCaps(t), t);
    }

    @Provide
    Arbitrary<String> mixedCase() {
        return Arbitraries.strings().withChars("ABCÉΣΑİIıiabcéσςßﬀǅ東 1:-").ofMaxLength(12);
    }
}
