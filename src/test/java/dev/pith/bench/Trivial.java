package dev.pith.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The baseline of the start-up benchmark: a Java program that reads the file and prints one line. */
public final class Trivial {
    private Trivial() {
    }

    public static void main(String[] args) throws Exception {
        String s = Files.readString(Path.of(args[0]));
        System.out.println(s.lines().findFirst().orElse(""));
    }
}
