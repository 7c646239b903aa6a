package dev.pith.classify;

/**
 * What the classify steps look at in one block, computed once.
 *
 * @param words          word count (a run of letters or digits; two CJK characters count as one word)
 * @param chars          characters in the text
 * @param sentenceEnd    ends like a sentence: terminal punctuation, possibly inside closing quotes
 * @param digitShare     share of letters-or-digits that are digits
 * @param capitalShare   share of words that start with a capital letter
 * @param furniture      the furniture kind a lexicon phrase gives this block, null when none matched
 * @param furniturePhrase the lexicon phrase that matched, null when none
 */
public record Features(int words, int chars, boolean sentenceEnd, double digitShare, double capitalShare,
                       Label furniture, String furniturePhrase) {

    /** A block of running text: long enough and shaped like sentences. */
    public boolean isProse() {
        return (words >= 10 && sentenceEnd) || words >= 25;
    }
}
