package org.longarm.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file as strict UTF-8 text, refusing (before loading it) one larger than the byte limit. */
final class SmallFile {
    private SmallFile() {}

    static String readText(Path file, IngestLimits limits) throws BadInput {
        try {
            if (Files.isDirectory(file)) throw new BadInput("is a directory");
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new BadInput("file too large (" + size + " bytes, limit " + limits.maxFileBytes() + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > limits.maxFileBytes()) {
                throw new BadInput("file too large (" + bytes.length + " bytes, limit " + limits.maxFileBytes() + ")");
            }
            return new Utf8().decode(bytes, bytes.length);
        } catch (IOException e) {
            throw new BadInput(Problems.io(e));
        }
    }
}
