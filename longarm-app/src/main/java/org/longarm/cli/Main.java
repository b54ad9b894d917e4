package org.longarm.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code ./longarm} command line (FORMATS.md, "Command line, v1"). Results go to standard output,
 * progress and errors to standard error. Exit status: 0 when every input was handled, 1 when some were rejected
 * (or a command failed at run time, or {@code show} found no such incident), 2 on a usage error.
 */
@Command(name = "longarm", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Main.Version.class,
        description = "Builds an evidence-linked incident database of transnational repression from news articles.",
        subcommands = {ImportCommand.class, ScanCommand.class, WatchCommand.class, IncidentsCommand.class, ShowCommand.class,
            ExportCommand.class, EvalCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 all inputs handled, 1 some inputs rejected (each named on standard error),"
            + " 2 usage error.", "Set LONGARM_DEBUG=1 (or pass --debug) to see stack traces."})
public final class Main {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors (also LONGARM_DEBUG=1).")
    boolean debug;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = commandLine().setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The whole command tree with Longarm's error handling; set its out and err writers, then {@code execute}. */
    public static CommandLine commandLine() {
        Errors errors = new Errors();
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** The version printed by {@code --version}: the application's and the ontology's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = org.longarm.Pipeline.VERSION.substring("longarm-".length());
            return new String[] {"longarm " + v + " (ontology v" + org.longarm.model.IncidentType.ONTOLOGY_VERSION + ")"};
        }
    }
}
