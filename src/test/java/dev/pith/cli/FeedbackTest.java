package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stderr shows besides failures: a progress display and a summary line, only on a terminal, never with --quiet. */
class FeedbackTest {
    private static final String SEED = "seeds/000_7cf434835259646a.txt";

    /** A progress display that records what it was told. */
    private static final class Recorded implements Progress {
        final List<Long> totals = new ArrayList<>();
        int steps;
        boolean closed;

        Progress.Factory factory() {
            return (total, err) -> {
                totals.add(total);
                return this;
            };
        }

        @Override
        public void step() {
            steps++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theSummaryOnATerminalCountsDocumentsArticlesEmptyFailedAndSkipped(@TempDir Path dir) throws IOException {
        Path nav = Files.writeString(dir.resolve("nav.txt"), "Home | News | Login\n");
        Run r = Run.of(c -> c.stderrIsTerminal = () -> true, "", SEED, "missing.txt", nav.toString(), SEED);
        assertEquals(1, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals("pith: missing.txt: no such file", lines.get(0));
        assertTrue(lines.get(1).matches("pith: 4 documents, 2 articles, 1 empty, 1 failed, 0 skipped in \\d+\\.\\d s"),
                lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void noSummaryWhenStderrIsNotATerminalOrWithQuiet() {
        assertEquals("", Run.of(c -> c.stderrIsTerminal = () -> false, "", SEED, SEED).err());
        assertEquals("", Run.of(c -> c.stderrIsTerminal = () -> true, "", "--quiet", SEED, SEED).err());
    }

    @Test
    void theProgressDisplayKnowsTheTotalOfListedFilesAndSeesEveryDocument() {
        Recorded progress = new Recorded();
        Run r = Run.of(c -> {
            c.stderrIsTerminal = () -> true;
            c.progress = progress.factory();
        }, "", "-j", "2", SEED, "missing.txt", SEED);
        assertEquals(1, r.exit());
        assertEquals(List.of(3L), progress.totals);
        assertEquals(3, progress.steps);
        assertTrue(progress.closed);
    }

    @Test
    void theProgressDisplayHasNoTotalForRecordsInsideFiles(@TempDir Path dir) throws IOException {
        String line = new ObjectMapper().writeValueAsString(Map.of("text", Files.readString(Path.of(SEED)))) + "\n";
        Path jsonl = Files.writeString(dir.resolve("x.jsonl"), line.repeat(3));
        Recorded progress = new Recorded();
        Run.of(c -> {
            c.stderrIsTerminal = () -> true;
            c.progress = progress.factory();
        }, "", "--input", "jsonl", jsonl.toString());
        assertEquals(List.of(-1L), progress.totals);
        assertEquals(3, progress.steps);
    }

    @Test
    void noProgressDisplayOffATerminalOrWithQuiet() {
        Recorded progress = new Recorded();
        Run.of(c -> {
            c.stderrIsTerminal = () -> false;
            c.progress = progress.factory();
        }, "", SEED, SEED);
        Run.of(c -> {
            c.stderrIsTerminal = () -> true;
            c.progress = progress.factory();
        }, "", "-q", SEED, SEED);
        assertEquals(List.of(), progress.totals);
    }

    @Test
    void feedbackIsForATerminalUnlessQuiet() {
        assertEquals(Batch.Feedback.TERMINAL, Batch.Feedback.of(false, true));
        assertEquals(Batch.Feedback.NONE, Batch.Feedback.of(true, true));
        assertEquals(Batch.Feedback.NONE, Batch.Feedback.of(false, false));
    }
}
