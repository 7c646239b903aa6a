package dev.pith.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each scoring function against values computed with score.py (shared/corpus) on the same inputs. */
class MetricsTest {
    private static final double EPS = 1e-12;

    @Nested
    class PythonCharacters {
        @Test
        void wordCharactersAreLettersNumbersAndTheUnderscoreButNotMarks() {
            assertTrue(Metrics.isWordChar('a'));
            assertTrue(Metrics.isWordChar('_'));
            assertTrue(Metrics.isWordChar('²')); // No: Python's isalnum() takes it, Java's \w does not
            assertTrue(Metrics.isWordChar('Ⅻ')); // Nl
            assertFalse(Metrics.isWordChar(0x094D)); // Devanagari virama, Mn: Java's \w would take it
            assertFalse(Metrics.isWordChar(0x0301)); // combining acute accent
            assertFalse(Metrics.isWordChar(0x203F)); // undertie, Pc
            assertFalse(Metrics.isWordChar(0x200D)); // zero-width joiner
        }

        @Test
        void whiteSpaceIncludesInformationSeparatorsAndNoBreakSpacesButNotZeroWidthSpace() {
            assertTrue(Metrics.isSpace(0x1C));
            assertTrue(Metrics.isSpace(0xA0));
            assertTrue(Metrics.isSpace(0x202F));
            assertTrue(Metrics.isSpace(0x85));
            assertFalse(Metrics.isSpace(0x200B));
            assertFalse(Metrics.isSpace(0xFEFF));
        }

        @Test
        void stripRemovesPythonWhiteSpaceAtBothEndsOnly() {
            assertEquals("a\u00a0b", Metrics.strip("\u00a0\u001c a\u00a0b\t\u3000"));
            assertEquals("\u200bx", Metrics.strip("\u200bx "));
            assertEquals("", Metrics.strip(null));
        }

        @Test
        void blankMeansNothingButPythonWhiteSpace() {
            assertTrue(Metrics.isBlank("\u00a0 \n"));
            assertTrue(Metrics.isBlank(null));
            assertFalse(Metrics.isBlank("\u200b"));
        }

        @Test
        void prefixCountsCodePointsNotUtf16Units() {
            assertEquals("😀😀", Metrics.prefix("😀😀x", 2));
            assertEquals("2021-03-04", Metrics.prefix("2021-03-04T10:00:00Z", 10));
            assertEquals("short", Metrics.prefix("short", 10));
        }
    }

    @Nested
    class BodyShingles {
        @Test
        void tokensAreRunsOfPythonWordCharactersSoCombiningMarksSplitWords() {
            assertEquals(List.of("नमस", "त", "x²y", "a", "b", "Baché", "x_1", "2019"),
                    Metrics.tokenize("नमस्ते x²y a‿b Baché, x_1 (2019)!"));
            assertEquals(List.of(), Metrics.tokenize(null));
        }

        @Test
        void textWithoutTokensHasNoShingles() {
            assertTrue(Metrics.shingles(Metrics.tokenize(" ... ")).isEmpty());
        }

        @Test
        void oneToThreeTokensMakeOneShorterShingle() {
            assertEquals(Map.of(List.of("a", "b"), 1), Metrics.shingles(List.of("a", "b")));
            assertEquals(Map.of(List.of("a", "b", "c"), 1), Metrics.shingles(List.of("a", "b", "c")));
        }

        @Test
        void fourOrMoreTokensMakeOverlappingFourTokenWindowsCountedWithMultiplicity() {
            Map<List<String>, Integer> s = Metrics.shingles(Metrics.tokenize("a b c d a b c d"));
            assertEquals(4, s.size());
            assertEquals(2, s.get(List.of("a", "b", "c", "d")));
            assertEquals(1, s.get(List.of("b", "c", "d", "a")));
        }

        @Test
        void identicalBodiesShareEveryShingle() {
            assertArrayEquals(new double[] {1, 0, 0}, Metrics.shingleCounts("a b c d e", "a b c d e"), EPS);
        }

        @Test
        void countsAreDividedByTheirSum() {
            assertArrayEquals(new double[] {1 / 3.0, 0, 2 / 3.0},
                    Metrics.shingleCounts("one two three four five six", "one two three four"), EPS);
            assertArrayEquals(new double[] {0, 0.5, 0.5}, Metrics.shingleCounts("a b", "a b c"), EPS);
        }

        @Test
        void twoTextsWithoutTokensCountNothing() {
            assertArrayEquals(new double[] {0, 0, 0}, Metrics.shingleCounts("", null), EPS);
        }

        @Test
        void precisionAndRecallAreOneWhenNothingIsExtraOrMissed() {
            assertEquals(1.0, Metrics.precision(new double[] {0, 0, 0}));
            assertEquals(1.0, Metrics.recall(new double[] {0, 0, 0}));
            assertEquals(1.0, Metrics.precision(new double[] {1, 0, 0}));
        }

        @Test
        void precisionIsZeroWhenNothingIsPredictedAndRecallWhenNothingIsFound() {
            assertEquals(0.0, Metrics.precision(new double[] {0, 0, 1}));
            assertEquals(0.0, Metrics.recall(new double[] {0, 1, 0}));
            assertEquals(0.25, Metrics.precision(new double[] {0.2, 0.6, 0.2}), EPS);
            assertEquals(0.5, Metrics.recall(new double[] {0.2, 0.6, 0.2}), EPS);
        }

        @Test
        void meansSkipDocumentsWithoutPredictedOrGoldShinglesRespectively() {
            double[] m = Metrics.shingleMetrics(List.of(new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0},
                    new double[] {0, 0, 1}));
            assertArrayEquals(new double[] {0.5, 0.5, 0.5}, m, EPS);
        }

        @Test
        void noDocumentsScoreZero() {
            assertArrayEquals(new double[] {0, 0, 0}, Metrics.shingleMetrics(List.of()), EPS);
            assertEquals(0.0, Metrics.mean(List.of()));
            assertEquals(0.0, Metrics.f1(0, 0));
        }

        @Test
        void meanSumsLeftToRightAsPythonDoes() {
            List<Double> values = new ArrayList<>(Arrays.asList(0.1, 0.2, 0.3));
            assertEquals((0.1 + 0.2 + 0.3) / 3, Metrics.mean(values));
        }
    }

    @Nested
    class Snippets {
        @Test
        void whiteSpaceRunsOfAnyPythonSpaceBecomeOneSpaceAndEndsAreStripped() {
            assertEquals("a b \u200bc", Metrics.wsNorm("\u001c a\u00a0\u00a0b \u200bc\n"));
            assertEquals("", Metrics.wsNorm(null));
            assertEquals("", Metrics.wsNorm(" \n "));
        }

        @Test
        void snippetsAreFoundAsCaseSensitiveSubstringsOfTheNormalisedBody() {
            assertArrayEquals(new int[] {1, 1, 1, 1}, Metrics.snippetCounts(List.of("Hello  world", "hello"),
                    List.of("Foo", "bar baz"), "Hello\nworld foo bar\u00a0baz"));
        }

        @Test
        void snippetMetricsUseTotalsAndScoreZeroForEmptyDenominators() {
            assertArrayEquals(new double[] {0.75, 0.75, 0.75, 0.8}, Metrics.snippetMetrics(3, 1, 1, 5), EPS);
            assertArrayEquals(new double[] {0, 0, 0, 0}, Metrics.snippetMetrics(0, 0, 0, 0), EPS);
        }
    }

    @Nested
    class Metadata {
        @Test
        void casefoldIsFullCaseFoldingCodePointByCodePoint() {
            assertEquals("strasse", Metrics.casefold("Straße"));
            assertEquals("οδοσ σ", Metrics.casefold("ΟΔΟΣ Σ")); // no final sigma, unlike String.toLowerCase
            assertEquals("Ꭰ", Metrics.casefold("ꭰ")); // Cherokee folds to upper case
            assertEquals("i\u0307", Metrics.casefold("İ"));
            assertEquals("ffi", Metrics.casefold("ﬃ"));
        }

        @Test
        void headlinesAreNfkcCasefoldedWithQuotesAndDashesUnifiedAndSpaceCollapsed() {
            assertEquals("abc \"quote\" - 'x' \"y\"", Metrics.textNorm("ＡＢＣ “Quote” – ‘x’ «y»"));
            assertEquals("a b", Metrics.textNorm("  a \t b "));
            assertEquals(Metrics.textNorm("“Straße” – Test"), Metrics.textNorm("\"STRASSE\" - test"));
            assertEquals("", Metrics.textNorm(null));
        }

        @Test
        void namesSplitOnSeparatorsAndOnAndUndEtAsWholeWordsOnly() {
            assertEquals(List.of("a", "b", "c", "d", "ferdinand etienne", "e", "al", ""),
                    Metrics.splitNames("a; b,c & d and ferdinand etienne und e et al und"));
            assertEquals(List.of("", ""), Metrics.splitNames("and"));
            assertEquals(List.of("roland", "x"), Metrics.splitNames("roland  ,  x"));
        }

        @Test
        void aLeadingByWordIsDroppedOnlyWhenWhiteSpaceFollows() {
            assertEquals("jean", Metrics.dropBy("par  jean"));
            assertEquals("by: x", Metrics.dropBy("by: x"));
            assertEquals("byron z", Metrics.dropBy("byron z"));
            assertEquals("x", Metrics.dropBy("dı x")); // Python's re.IGNORECASE lets ı match i
            assertEquals("by", Metrics.dropBy("by"));
        }

        @Test
        void authorNamesAreSplitStrippedOfByAndOfSurroundingPunctuationAndNormalised() {
            assertEquals(Set.of("marie", "ferdinand etienne", "john roe", "anna-lena müller", "pierre", "jane doe"),
                    Metrics.nameSet("By Jane Doe and John Roe; Von Anna-Lena Müller & Pierre et Marie, "
                            + "Ferdinand Etienne"));
            assertEquals(Set.of("jean", "byron z", "by: x", "y"),
                    Metrics.nameSet(List.of("By: X", " | Y . ", "par  Jean", "Byron Z")));
        }

        @Test
        void missingOrBlankAuthorsGiveNoNames() {
            assertTrue(Metrics.nameSet((String) null).isEmpty());
            assertTrue(Metrics.nameSet(Arrays.asList(null, " ", "")).isEmpty());
            assertTrue(Metrics.nameSet((List<String>) null).isEmpty());
        }
    }
}
