package dev.pith.classify;

/**
 * A short line inside the article that does not end like a sentence and is followed by a paragraph is a
 * subheading. Rule source: how articles set their section titles (a title line over running text).
 */
final class Subheadings implements Step {
    private static final int MAX_WORDS = 20;

    @Override
    public Classification apply(Classification in) {
        Classification.Edit out = in.edit();
        for (int i = 0; i + 1 < in.size(); i++) {
            LabeledBlock b = in.get(i);
            if (b.label() != Label.PARAGRAPH || b.block().bulleted()) {
                continue;
            }
            Features f = b.features();
            String t = b.text();
            boolean question = t.endsWith("?");
            if (f.words() == 0 || f.words() > MAX_WORDS || (f.sentenceEnd() && !question) || t.endsWith(",")) {
                continue;
            }
            LabeledBlock next = nextContent(in, i);
            if (next != null && next.label() == Label.PARAGRAPH && next.features().isProse()) {
                out.relabel(i, Label.SUBHEADING, "short title line over a paragraph");
            }
        }
        return out.done();
    }

    private static LabeledBlock nextContent(Classification in, int i) {
        for (int j = i + 1; j < in.size(); j++) {
            LabeledBlock b = in.get(j);
            if (b.label().role() == Role.CONTENT) {
                return b;
            }
            if (b.label() != Label.ADVERTISING && b.label() != Label.CAPTION) {
                return null;
            }
        }
        return null;
    }
}
