package dev.pith.cli;

import picocli.CommandLine.Option;

/** How a batch runs and reports: output order and the feedback on stderr (a picocli mixin). */
final class BatchOptions {
    @Option(names = "--unordered", description = "Write each document as soon as it is done, not in input order "
            + "(faster when documents differ much in size).")
    boolean unordered;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line (both are only shown when "
            + "stderr is a terminal).")
    boolean quiet;

    Batch.Order order() {
        return unordered ? Batch.Order.COMPLETION : Batch.Order.INPUT;
    }
}
