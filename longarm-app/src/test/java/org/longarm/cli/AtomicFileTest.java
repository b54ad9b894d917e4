package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesTheWholeFileInUtf8() throws IOException {
        Path f = dir.resolve("out.jsonl");
        AtomicFile.write(f, w -> w.write("{\"place\": \"S\u00e9oul\"}\n"));
        assertEquals("{\"place\": \"S\u00e9oul\"}\n", Files.readString(f));
        assertEquals(1, files());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(f, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, files());
    }

    @Test
    void aMissingFolderIsAUsageError() {
        UserError e = assertThrows(UserError.class, () -> AtomicFile.write(dir.resolve("no/such/out.csv"), w -> w.write("x")));
        assertEquals(2, e.status());
    }
}
