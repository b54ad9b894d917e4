package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorsTest {
    private final StringWriter err = new StringWriter();

    private int handle(Exception e, String... args) {
        CommandLine cmd = Main.commandLine().setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cmd.parseArgs(args);
        return new Errors().handleExecutionException(e, cmd, parsed);
    }

    @Test
    void unexpectedFailuresAreOneLineAndStatusOne() {
        assumeNoDebugEnvironment();
        int status = handle(new IllegalStateException("boom"), "incidents");
        assertEquals(1, status);
        assertTrue(err.toString().startsWith("longarm: IllegalStateException: boom\n"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void missingFilesAreNamed() {
        assumeNoDebugEnvironment();
        int status = handle(new UncheckedIOException(new NoSuchFileException("/x/y.json")), "incidents");
        assertEquals(1, status);
        assertEquals("longarm: /x/y.json: no such file or folder\n", err.toString());
    }

    @Test
    void userErrorsKeepTheirStatus() {
        assumeNoDebugEnvironment();
        assertEquals(1, handle(new UserError("no incident with id 'x'", 1), "show", "x"));
        assertEquals("longarm: no incident with id 'x'\n", err.toString());
    }

    @Test
    void debugAddsTheStackTrace() {
        handle(new IllegalStateException("boom"), "incidents", "--debug");
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    private static void assumeNoDebugEnvironment() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Errors.debugFromEnvironment(), "LONGARM_DEBUG is set");
    }
}
