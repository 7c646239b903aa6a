package dev.pith.cli;

import dev.pith.Extraction;
import dev.pith.read.InputSource;
import java.io.IOException;

/** Where a batch's results go: one stream for every input, or one file per input. Used by one thread. */
interface Sink {
    /** Whether the input's output is already there (--skip-existing): then it is not read at all. */
    boolean exists(InputSource input);

    /** Writes one document of the input. */
    void write(InputSource input, Extraction x) throws IOException;

    /** Every document of the input was written (or failed): its output is complete. */
    void end(InputSource input) throws IOException;

    /** True when the reader went away (a closed stdout): the batch stops quietly. */
    boolean gone();

    /**
     * Ends the output. With {@code complete} false (the batch stopped early), a stream is still closed well
     * formed, and files not yet complete are discarded.
     */
    void close(boolean complete) throws IOException;

    /** The output of one input could not be written; the batch goes on with the others. */
    final class UnitFailure extends IOException {
        private final String target;

        UnitFailure(String target, String reason) {
            super(reason);
            this.target = target;
        }

        /** The output file that was not written. */
        String target() {
            return target;
        }
    }
}
