package dev.pith.classify;

/**
 * A furniture heading outside the article ("Most read", "Related", "Comments") gives its kind to the
 * short blocks under it, up to the next heading or prose: the numbers, dates and titles of a most-read
 * list are most-read furniture too (dates count as list entries only below the article's last paragraph). Rule source: the layout of list widgets on news sites.
 */
final class SectionHeaders implements Step {
    @Override
    public Classification apply(Classification in) {
        Label section = null;
        String header = null;
        Classification.Edit out = in.edit();
        int lastContent = in.last(Role.CONTENT);
        for (int i = 0; i < in.size(); i++) {
            LabeledBlock b = in.get(i);
            Label l = b.label();
            if (isSectionKind(l) && b.features().furniture() != null) {
                section = l;
                header = b.text();
                continue;
            }
            boolean listEntry = l == Label.FURNITURE || (l == Label.DATELINE && i > lastContent);
            if (!listEntry || b.features().isProse()) {
                section = null;
                continue;
            }
            if (section != null) {
                out.relabel(i, section, "under the \"" + header + "\" heading");
            }
        }
        return out.done();
    }

    private static boolean isSectionKind(Label l) {
        return l == Label.MOST_READ || l == Label.RELATED || l == Label.COMMENTS;
    }
}
