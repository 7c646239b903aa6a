package dev.pith;

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
        Invariants.assertEveryLineInOneBlock(text, Pith.explain(text, dump.toString(), ExtractOptions.DEFAULT),
                dump.toString());
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyBlockIsInTheRecordOrInTheRemovedList(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        Invariants.assertEveryBlockPlaced(Pith.explain(text, dump.toString(), ExtractOptions.DEFAULT), dump.toString());
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void everyParagraphIsTextOfTheInput(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        Invariants.assertParagraphsFromInput(text, Pith.extract(text, dump.toString(), ExtractOptions.DEFAULT),
                dump.toString());
    }
}
