package dev.pith.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pith.read.InputSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch of documents: extracts them on {@code jobs} threads, at most a few per job ahead of the
 * writer (memory stays bounded whatever the input's size), and writes each result to the {@link Sink} in
 * input order, or with {@link Order#COMPLETION} as soon as it is done. Failures are reported on stderr, one
 * line each, and the batch goes on (unless fail-fast). Ends with a summary line when stderr is a terminal.
 *
 * <p>The caller submits the documents of each input, then ends the input; a document belongs to its input
 * (a file, or a JSON Lines file of many records), whose output is complete when all its documents are written.
 */
final class Batch implements AutoCloseable {
    /** Which document is written next. */
    enum Order {
        /** In input order, whatever order they finish in. */
        INPUT,
        /** As soon as each is done. */
        COMPLETION
    }

    /** How failures are reported. */
    enum ErrorFormat { TEXT, JSONL }

    /**
     * How a batch runs.
     *
     * @param jobs     documents extracted at once
     * @param order    output order
     * @param failFast stop at the first failure
     * @param errors   how failures are reported
     * @param feedback progress bar and summary line on stderr, or none
     */
    record Settings(int jobs, Order order, boolean failFast, ErrorFormat errors, Feedback feedback) {
    }

    /** What stderr shows besides the failures. */
    enum Feedback {
        /** Nothing (stderr is not a terminal, or --quiet). */
        NONE,
        /** A progress bar while the batch runs and a summary line at the end. */
        TERMINAL;

        static Feedback of(boolean quiet, boolean stderrIsTerminal) {
            return !quiet && stderrIsTerminal ? TERMINAL : NONE;
        }
    }

    /** Counts for the summary line. */
    static final class Tally {
        int documents;
        int articles;
        int empty;
        int failed;
        int skipped;
        int recordsSkipped;
    }

    /** The documents of one input: how many were submitted and written, and whether all were submitted. */
    private static final class Unit {
        final InputSource input;
        int submitted;
        int done;
        boolean ended;

        Unit(InputSource input) {
            this.input = input;
        }
    }

    /** A submitted document. */
    private record Pending(Unit unit, Future<Outcome> outcome) {
    }

    /** A finished document. */
    private record Done(Unit unit, Outcome outcome) {
    }

    /** The mapper of {@code --errors jsonl}, set up on first use: a run without it does not pay for it at start-up. */
    private static final class ErrorJson {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    private final Settings settings;
    private final Sink sink;
    private final PrintWriter err;
    private final Progress progress;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Pending> inOrder = new ArrayDeque<>();
    private final CompletionService<Done> completion;
    private final Map<InputSource, Unit> units = new IdentityHashMap<>();
    private final Tally tally = new Tally();
    private final long start = System.nanoTime();
    private int inFlight;
    private boolean stopped;

    /**
     * @param total    the documents in the batch when known (for the progress bar), else -1
     * @param progress makes the progress display when the feedback is for a terminal
     */
    Batch(Settings settings, Sink sink, PrintWriter err, long total, Progress.Factory progress) {
        this.settings = settings;
        this.sink = sink;
        this.err = err;
        this.progress = settings.feedback() == Feedback.TERMINAL ? progress.start(total, err) : Progress.NONE;
        this.pool = settings.jobs() > 1 ? Executors.newFixedThreadPool(settings.jobs(), r -> {
            Thread t = new Thread(r, "pith-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        this.window = 4 * settings.jobs();
        this.completion = pool != null && settings.order() == Order.COMPLETION
                ? new ExecutorCompletionService<>(pool) : null;
    }

    /**
     * Starts an input; false when it is skipped because its output exists (counted in the summary), or the
     * batch has stopped.
     */
    boolean begin(InputSource input, boolean skipExisting) {
        if (stopped) {
            return false;
        }
        if (skipExisting && sink.exists(input)) {
            tally.skipped++;
            progress.step();
            return false;
        }
        units.put(input, new Unit(input));
        return true;
    }

    /** Submits one document of a begun input; false when the batch has stopped (fail-fast, stdout closed). */
    boolean submit(InputSource input, Callable<Outcome> task) throws IOException {
        if (stopped) {
            return false;
        }
        Unit unit = units.get(input);
        unit.submitted++;
        if (pool == null) {
            emit(unit, call(task));
        } else if (completion == null) {
            inOrder.add(new Pending(unit, pool.submit(task)));
            while (!stopped && inOrder.size() > window) {
                Pending p = inOrder.poll();
                emit(p.unit(), get(p.outcome()));
            }
        } else {
            completion.submit(() -> new Done(unit, call(task)));
            inFlight++;
            while (!stopped && inFlight > window) {
                takeCompleted();
            }
        }
        return !stopped;
    }

    /** A document that failed before it could be submitted (an unreadable JSON Lines file). */
    boolean fail(InputSource input, String source, String reason) throws IOException {
        return submit(input, () -> Outcome.failed(source, reason));
    }

    /** Counts records of an input that are not documents (WARC requests, metadata, non-HTML responses). */
    void skippedRecords(int count) {
        tally.recordsSkipped += count;
    }

    /** Every document of the input is submitted; false when the batch has stopped. */
    boolean end(InputSource input) throws IOException {
        Unit unit = units.get(input);
        if (unit != null) {
            unit.ended = true;
            complete(unit);
        }
        return !stopped;
    }

    /** Writes what is still pending, closes the output and prints the summary; true when some document failed. */
    boolean finish() throws IOException {
        while (!stopped && !inOrder.isEmpty()) {
            Pending p = inOrder.poll();
            emit(p.unit(), get(p.outcome()));
        }
        while (!stopped && inFlight > 0) {
            takeCompleted();
        }
        closeSink();
        progress.close();
        if (settings.feedback() == Feedback.TERMINAL && tally.documents + tally.skipped > 1) {
            err.println(summary(tally, (System.nanoTime() - start) / 1e9));
            err.flush();
        }
        return tally.failed > 0;
    }

    /** The summary line. */
    static String summary(Tally t, double seconds) {
        return String.format(java.util.Locale.ROOT, "pith: %d documents, %d articles, %d empty, %d failed, %d skipped%s in %.1f s",
                t.documents, t.articles, t.empty, t.failed, t.skipped,
                t.recordsSkipped > 0 ? ", " + t.recordsSkipped + " WARC records not documents" : "", seconds);
    }

    Tally tally() {
        return tally;
    }

    private boolean sinkClosed;

    private void closeSink() throws IOException {
        if (!sinkClosed) {
            sinkClosed = true;
            sink.close(!stopped);
        }
    }

    @Override
    public void close() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        try {
            closeSink();
        } finally {
            progress.close();
        }
    }

    private void takeCompleted() throws IOException {
        Done d;
        try {
            d = completion.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("call() catches every failure", e);
        }
        inFlight--;
        emit(d.unit(), d.outcome());
    }

    private static Outcome call(Callable<Outcome> task) {
        try {
            return task.call();
        } catch (Exception | StackOverflowError e) {
            return Outcome.failed("-", "extraction failed: " + OneLine.of(e));
        }
    }

    private static Outcome get(Future<Outcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            return Outcome.failed("-", "extraction failed: " + OneLine.of(e.getCause()));
        }
    }

    /** Writes one finished document, or reports its failure. */
    private void emit(Unit unit, Outcome o) throws IOException {
        tally.documents++;
        unit.done++;
        progress.step();
        if (o.error() != null) {
            report(o.source(), o.error());
        } else {
            if (o.extraction().article().paragraphs().isEmpty()) {
                tally.empty++;
            } else {
                tally.articles++;
            }
            try {
                sink.write(unit.input, o.extraction());
            } catch (Sink.UnitFailure e) {
                report(e.target(), e.getMessage());
            }
            if (sink.gone()) {
                stopped = true;
                return;
            }
        }
        complete(unit);
    }

    /** Ends the input's output once every one of its documents is written. */
    private void complete(Unit unit) throws IOException {
        if (unit.ended && unit.done == unit.submitted && units.remove(unit.input) != null) {
            try {
                sink.end(unit.input);
            } catch (Sink.UnitFailure e) {
                report(e.target(), e.getMessage());
            }
        }
    }

    private void report(String source, String reason) throws IOException {
        String line = settings.errors() == ErrorFormat.JSONL
                ? ErrorJson.MAPPER.writeValueAsString(Map.of("source", source, "error", reason))
                : "pith: " + source + ": " + reason;
        synchronized (err) {
            progress.clearLine();
            err.println(line);
            err.flush();
        }
        tally.failed++;
        if (settings.failFast()) {
            stopped = true;
        }
    }
}
