package dev.pith.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on stderr: documents done of the total when known, the rate and the time left, drawn by
 * me.tongfei:progressbar. The library (and the terminal library under it) is loaded only when a batch has run
 * for {@link #DELAY_NANOS}, so short runs and runs without a terminal pay nothing for it.
 */
final class ProgressBarDisplay implements Progress {
    /** A batch shorter than this shows no bar. */
    static final long DELAY_NANOS = 700_000_000L;

    private final long total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long done;
    private boolean closed;
    private Bar bar;

    ProgressBarDisplay(long total, PrintWriter err) {
        this.total = total;
        this.err = err;
    }

    @Override
    public void step() {
        done++;
        if (bar == null && !closed && System.nanoTime() - start > DELAY_NANOS) {
            bar = new Bar(total, err, start);
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void clearLine() {
        if (bar != null) {
            bar.clearLine();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        closed = true;
    }

    /** The library's bar; a separate class so that loading the display does not load the library. */
    private static final class Bar {
        private final ProgressBar bar;
        private final PrintWriter err;

        Bar(long total, PrintWriter err, long startNanos) {
            this.err = err;
            this.bar = new ProgressBarBuilder()
                    .setTaskName("pith")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" docs", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(250)
                    .startsFrom(0, java.time.Duration.ofNanos(System.nanoTime() - startNanos))
                    .setConsumer(new DelegatingProgressBarConsumer(this::draw))
                    .build();
        }

        private void draw(String line) {
            synchronized (err) {
                err.print('\r');
                err.print(line);
                err.flush();
            }
        }

        void stepTo(long n) {
            bar.stepTo(n);
        }

        void clearLine() {
            synchronized (err) {
                err.print("\r\033[K");
            }
        }

        void close() {
            bar.close();
            clearLine();
            err.flush();
        }
    }
}
