package dev.pith.cli;

import java.io.PrintWriter;

/** Documents done, shown while a batch runs. Called by the one thread that writes the output. */
interface Progress {
    /** No progress display. */
    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** One more document done (written, failed or skipped). */
    void step();

    /** Before a line on stderr: takes the display off the current line. */
    default void clearLine() {
    }

    /** Ends the display and clears its line. */
    void close();

    /** Makes the display for a batch. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param total the documents in the batch, or -1 when unknown (records inside files)
         * @param err   stderr
         */
        Progress start(long total, PrintWriter err);
    }
}
