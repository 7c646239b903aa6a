package dev.pith;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.article.Article;
import dev.pith.classify.LabeledBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input line ends up in the record or in the removed list, once; nothing in the record is made up. */
class NothingLostTest {
    private static final String SPACE = "(?U)[\\s\\u200b\\ufeff]+";

    static Stream<Path> dumps() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("seeds/000_7cf434835259646a.txt"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyNonBlankLineBelongsToExactlyOneBlock(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        Extraction x = Pith.explain(text, dump.toString(), ExtractOptions.DEFAULT);
        String[] lines = text.split("\n", -1);
        int[] owner = new int[lines.length + 1];
        for (LabeledBlock b : x.labels().blocks()) {
            for (int l = b.block().firstLine(); l <= b.block().lastLine(); l++) {
                owner[l]++;
            }
        }
        for (int l = 1; l <= lines.length; l++) {
            if (!lines[l - 1].isBlank() && !lines[l - 1].strip().equals("\u00a0")) {
                assertTrue(owner[l] == 1 || lines[l - 1].equals(" "), dump + " line " + l + " is in " + owner[l] + " blocks");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyBlockIsInTheRecordOrInTheRemovedList(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        Extraction x = Pith.explain(text, dump.toString(), ExtractOptions.DEFAULT);
        Article a = x.article();
        for (LabeledBlock b : x.labels().blocks()) {
            String t = b.text();
            boolean placed = switch (b.label().role()) {
                case CONTENT -> a.paragraphs().stream().anyMatch(p -> p.text().equals(t));
                case CAPTION -> a.captions().contains(t);
                default -> t.equals(a.headline()) || t.equals(a.byline())
                        || (a.published() != null && t.contains(a.published().text()))
                        || (a.updated() != null && t.contains(a.updated().text()))
                        || a.removed().stream().anyMatch(r -> r.text().equals(t) && r.lines().equals(b.block().lines()));
            };
            assertTrue(placed, dump + " line " + b.block().lines() + " (" + b.label().id() + ") is lost: " + t);
        }
        long inRecord = a.paragraphs().size() + a.captions().size() + a.removed().size();
        assertTrue(inRecord <= x.labels().size(), "the record holds more blocks than the input");
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyParagraphIsTextOfTheInput(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        // white space as the pipeline normalises it: Unicode spaces, zero-width space and BOM included
        String flat = text.replaceAll(SPACE, " ");
        String joined = text.replaceAll(SPACE, "");
        Article a = Pith.extract(text, dump.toString(), ExtractOptions.DEFAULT);
        a.paragraphs().forEach(p -> assertTrue(flat.contains(p.text()) || joined.contains(p.text().replace(" ", "")),
                dump + ": " + p.text()));
    }
}
