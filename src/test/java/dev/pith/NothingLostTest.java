package dev.pith;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void everyBlockIsInTheRecordOrRemovedOnce(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        Extraction x = Pith.explain(text, dump.toString(), ExtractOptions.DEFAULT);
        Article a = x.article();
        int placed = a.paragraphs().size() + a.captions().size() + a.removed().size() + (a.headline() == null ? 0 : 1)
                + (a.byline() == null ? 0 : 1) + (a.published() == null || a.published().text() == null ? 0 : 1);
        assertEquals(x.labels().size(), placed, dump.toString());
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyParagraphIsTextOfTheInput(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        String flat = text.replaceAll("\\s+", " ");
        String joined = text.replaceAll("\\s+", "");
        Article a = Pith.extract(text, dump.toString(), ExtractOptions.DEFAULT);
        a.paragraphs().forEach(p -> assertTrue(flat.contains(p.text()) || joined.contains(p.text().replace(" ", "")),
                dump + ": " + p.text()));
    }
}
