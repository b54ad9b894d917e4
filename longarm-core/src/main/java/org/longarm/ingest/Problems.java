package org.longarm.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** Human reasons for I/O failures: what went wrong, without a stack trace. */
final class Problems {
    static final String NO_SUCH_FILE = "no such file or directory";

    private Problems() {}

    static String io(IOException e) {
        if (e instanceof NoSuchFileException) return NO_SUCH_FILE;
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileSystemLoopException) return "symbolic link loop, not followed";
        if (e instanceof EOFException) return "truncated gzip (unexpected end of the compressed data)";
        if (e instanceof ZipException && "Not in GZIP format".equals(e.getMessage())) return "not a gzip file";
        if (e instanceof ZipException) return "corrupt gzip (" + e.getMessage() + ")";
        if (e instanceof FileSystemException f && f.getReason() != null) return "cannot read: " + f.getReason();
        String message = e.getMessage();
        return "cannot read: " + (message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
