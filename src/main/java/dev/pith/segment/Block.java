package dev.pith.segment;

/**
 * A unit of the input that gets one label: a paragraph, a line or a run of wrapped or inline
 * fragments joined back together.
 *
 * @param index       position among the document's blocks, from 0
 * @param firstLine   first input line, from 1
 * @param lastLine    last input line
 * @param text        the block's text, white space normalised, list bullet removed
 * @param bulleted    the input marked it as a list item (a bullet or a number)
 * @param blankBefore an empty line, or the start of the input, precedes it
 */
public record Block(int index, int firstLine, int lastLine, String text, boolean bulleted, boolean blankBefore) {

    /** "12" or "12-14": the input lines the block comes from. */
    public String lines() {
        return firstLine == lastLine ? Integer.toString(firstLine) : firstLine + "-" + lastLine;
    }
}
