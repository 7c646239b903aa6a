package dev.pith.byline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
    @Test
    void givenNamesAreKnownWhateverTheirCaseAndAccents() {
        assertTrue(GivenNames.isGivenName("André"));
        assertTrue(GivenNames.isGivenName("ANDRE"));
        assertTrue(GivenNames.isGivenName("małgorzata"));
        assertTrue(GivenNames.isGivenName("Hans-Peter"));
    }

    @Test
    void ordinaryWordsAreNoGivenNames() {
        assertFalse(GivenNames.isGivenName("Neueste"));
        assertFalse(GivenNames.isGivenName("Últimas"));
        assertFalse(GivenNames.isGivenName("Breaking"));
    }

    @Test
    void aNameStartsWithAGivenNameAfterItsTitles() {
        assertTrue(GivenNames.startsWithGivenName("Dr. Tim Loppe"));
        assertTrue(GivenNames.startsWithGivenName("Prof. Dr. Ute Bauer"));
        assertFalse(GivenNames.startsWithGivenName("Effiziente Hybridbatterie"));
    }

    @Test
    void everyNameOfTheBylineMustStartWithAGivenName() {
        assertTrue(GivenNames.allStartWithGivenName(List.of("Jane Miller", "Klaus Weber")));
        assertFalse(GivenNames.allStartWithGivenName(List.of("Jane Miller", "Bremen Airport")));
        assertFalse(GivenNames.allStartWithGivenName(List.of()));
    }
}
