package org.longarm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on standard error, {@code longarm: <message>}, and an exit status: 2 for usage
 * errors, a {@link UserError}'s own status, 1 for anything else. Stack traces only with --debug or LONGARM_DEBUG=1.
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int USAGE = 2;
    static final int FAILED = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("longarm: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        if (debugFromEnvironment() || contains(args, "--debug")) ex.printStackTrace(err);
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("longarm: " + message(ex));
        boolean debug = debug(parseResult);
        if (debug) ex.printStackTrace(err);
        else if (!(ex instanceof UserError) && !isIo(ex)) err.println("longarm: (run with --debug for the stack trace)");
        err.flush();
        return ex instanceof UserError u ? u.status() : FAILED;
    }

    static String message(Throwable ex) {
        if (ex instanceof UserError) return ex.getMessage();
        if (ex instanceof UncheckedIOException && ex.getCause() != null) return message(ex.getCause());
        if (ex instanceof NoSuchFileException f) return f.getFile() + ": no such file or folder";
        if (ex instanceof AccessDeniedException f) return f.getFile() + ": permission denied";
        if (ex instanceof FileSystemException f) return f.getMessage();
        String m = ex.getMessage();
        if (ex instanceof IOException || ex instanceof IllegalArgumentException) return m == null ? ex.toString() : m;
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static boolean isIo(Throwable ex) {
        return ex instanceof IOException || ex instanceof UncheckedIOException;
    }

    static boolean debug(ParseResult parseResult) {
        if (debugFromEnvironment()) return true;
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    static boolean debugFromEnvironment() {
        String v = System.getenv("LONGARM_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0");
    }

    private static boolean contains(String[] args, String s) {
        for (String a : args) if (a.equals(s)) return true;
        return false;
    }
}
