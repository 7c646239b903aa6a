package dev.pith;

import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid, not a test: prints the explanation of one dump. */
public final class DevExplain {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        System.out.print(Pith.explain(text, args[0], ExtractOptions.DEFAULT).explanation());
    }
}
