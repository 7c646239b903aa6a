package dev.pith.dates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: measures the dates package on the dev corpus's pages that have a gold date, using their
 * innertext dumps. Prints three shares:
 * <ul>
 *   <li>ceiling: find() with no context finds some mention whose iso starts with the gold date;</li>
 *   <li>dateline: the first line, top to bottom, for which DateLines.parse() gives a date, states the gold date;</li>
 *   <li>early: the first full date (day precision, iso known) in the first 40% of the lines is the gold date;</li>
 *   <li>baseline: the dateline date when there is one, else the early date.</li>
 * </ul>
 * Run: {@code mvn -o -q test-compile && java -cp target/classes:target/test-classes dev.pith.dates.DateCorpusMeasure
 * ../shared/corpus/dev [-v]}
 */
public final class DateCorpusMeasure {
    private static final Pattern INNERTEXT = Pattern.compile("\"innertext\": \"([^\"]{1,300})\"");
    private static final Pattern DATE = Pattern.compile("\"date\": (?:null|\"(\\d{4}-\\d{2}-\\d{2})\")\\}\\s*$");

    private DateCorpusMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        int pages = 0;
        int ceiling = 0;
        int dateline = 0;
        int early = 0;
        int baseline = 0;
        long nanos = 0;
        long chars = 0;
        for (String json : Files.readAllLines(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            Matcher dm = DATE.matcher(json);
            Matcher im = INNERTEXT.matcher(json);
            if (!dm.find() || dm.group(1) == null || !im.find()) {
                continue;
            }
            String gold = dm.group(1);
            String text = Files.readString(corpus.resolve(im.group(1)), StandardCharsets.UTF_8);
            pages++;
            chars += text.length();
            long t0 = System.nanoTime();
            List<DateMention> all = DateFinder.find(text, DateContext.none());
            nanos += System.nanoTime() - t0;
            boolean found = all.stream().anyMatch(d -> d.iso() != null && d.iso().startsWith(gold));
            if (found) {
                ceiling++;
            } else if (verbose) {
                System.out.println("MISS " + gold + " " + im.group(1));
            }
            String[] lines = text.split("\n", -1);
            String fromLine = null;
            for (String line : lines) {
                Optional<StatedDate> s = DateLines.parse(line.strip(), DateContext.none());
                if (s.isPresent()) {
                    fromLine = s.get().date().iso();
                    break;
                }
            }
            String earliest = null;
            int limit = (int) Math.ceil(lines.length * 0.4);
            for (int i = 0; i < limit && earliest == null; i++) {
                for (DateMention d : DateFinder.find(lines[i], DateContext.none())) {
                    if (d.iso() != null && d.iso().length() >= 10 && !d.inferred()) {
                        earliest = d.iso();
                        break;
                    }
                }
            }
            if (fromLine != null && fromLine.startsWith(gold)) {
                dateline++;
            }
            if (earliest != null && earliest.startsWith(gold)) {
                early++;
            }
            String guess = fromLine != null ? fromLine : earliest;
            if (guess != null && guess.startsWith(gold)) {
                baseline++;
            } else if (verbose) {
                System.out.println("WRONG " + gold + " guessed " + guess + " " + im.group(1));
            }
        }
        System.out.printf("pages with a gold date: %d%n", pages);
        System.out.printf("ceiling  (find() has the gold date):          %d  %.3f%n", ceiling, ceiling / (double) pages);
        System.out.printf("dateline (first DateLines.parse hit is gold): %d  %.3f%n", dateline, dateline / (double) pages);
        System.out.printf("early    (first full date in first 40%%):      %d  %.3f%n", early, early / (double) pages);
        System.out.printf("baseline (dateline, else early):              %d  %.3f%n", baseline, baseline / (double) pages);
        System.out.printf("find() on whole dumps: %.1f MB in %d ms%n", chars / 1e6, nanos / 1_000_000);
    }
}
