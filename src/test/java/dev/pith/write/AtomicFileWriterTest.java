package dev.pith.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    private static List<Path> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void nothingAppearsBeforeCommitAndTheWholeFileAfter(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        try (AtomicFileWriter w = new AtomicFileWriter(target)) {
            w.writer().write("héllo\n");
            assertEquals(false, Files.exists(target));
            w.commit();
        }
        assertEquals("héllo\n", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void closingWithoutCommitLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old\n");
        try (AtomicFileWriter w = new AtomicFileWriter(target)) {
            w.writer().write("half a reco");
            // an error here: no commit
        }
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("private.txt");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        try (AtomicFileWriter w = new AtomicFileWriter(target)) {
            w.writer().write("new\n");
            w.commit();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aNewFileIsNotOwnerOnlyLikeATemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("new.txt");
        try (AtomicFileWriter w = new AtomicFileWriter(target)) {
            w.commit();
        }
        Path reference = Files.createFile(dir.resolve("reference.txt")); // created under the same umask
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void aDirectoryIsNotReplaced(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> new AtomicFileWriter(sub));
        assertEquals("is a directory", e.getReason());
        assertEquals(List.of(sub), files(dir));
    }
}
