package dev.pith.classify;

import java.util.Locale;

/** The kind of a block, as decided by the classify stage. */
public enum Label {
    /** Not decided yet: only seen between steps, never in a finished classification. */
    UNDECIDED(Role.UNDECIDED),

    HEADLINE(Role.METADATA),
    BYLINE(Role.METADATA),
    DATELINE(Role.METADATA),

    PARAGRAPH(Role.CONTENT),
    SUBHEADING(Role.CONTENT),
    QUOTE(Role.CONTENT),
    LIST_ITEM(Role.CONTENT),

    CAPTION(Role.CAPTION),

    ADVERTISING(Role.BOILERPLATE),
    NAVIGATION(Role.BOILERPLATE),
    SHARE(Role.BOILERPLATE),
    /** Newsletter, subscription or app prompts. */
    PROMPT(Role.BOILERPLATE),
    /** "Read also", "Read more", "Related" links. */
    RELATED(Role.BOILERPLATE),
    /** Most-read, most-popular or trending lists. */
    MOST_READ(Role.BOILERPLATE),
    COOKIE(Role.BOILERPLATE),
    COMMENTS(Role.BOILERPLATE),
    /** Footer, legal and copyright lines. */
    FOOTER(Role.BOILERPLATE),
    PAYWALL(Role.BOILERPLATE),
    /** Site furniture with no more specific kind: tags, section labels, timestamps around the article. */
    FURNITURE(Role.BOILERPLATE),
    /** Prose that is not the article: teasers of other stories, bios, blurbs. */
    OTHER_TEXT(Role.BOILERPLATE),
    /** A second copy of a line kept elsewhere in the record (the page title above the headline). */
    DUPLICATE(Role.BOILERPLATE);

    private final Role role;

    Label(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public boolean isBoilerplate() {
        return role == Role.BOILERPLATE;
    }

    public boolean isContent() {
        return role == Role.CONTENT;
    }

    /** Lower-case name as written in records and explanations: "most_read". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
