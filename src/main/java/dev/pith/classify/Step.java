package dev.pith.classify;

/** One decision of the classify chain: takes the labels so far, returns them refined. */
interface Step {
    Classification apply(Classification in);

    /** Short name shown by the debug printer. */
    default String name() {
        return getClass().getSimpleName();
    }
}
