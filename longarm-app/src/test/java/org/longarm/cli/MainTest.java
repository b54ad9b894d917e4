package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    @TempDir
    Path tmp;

    private static void assertUsageError(Cli.Run run, String mentioned) {
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().startsWith("longarm: "), run.toString());
        assertTrue(run.err().contains(mentioned), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
        assertEquals("", run.out());
    }

    @Test
    void helpPrintsUsageOnStandardOutputAndSucceeds() {
        Cli.Run run = Cli.run("--help");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("Usage: longarm"), run.toString());
        for (String c : new String[] {"import", "incidents", "show", "export", "eval"}) assertTrue(run.out().contains("  " + c + " "), c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "incidents", "show", "export", "eval"})
    void everyCommandHasHelpAndTakesData(String command) {
        Cli.Run run = Cli.run(command, "--help");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().startsWith("Usage: longarm " + command), run.toString());
        assertTrue(run.out().contains("--data=DIR"), run.toString());
    }

    @Test
    void versionNamesTheOntology() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("longarm "), run.out());
        assertTrue(run.out().contains("ontology v1"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertUsageError(Cli.run(), "Missing required subcommand");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertUsageError(Cli.run("frobnicate"), "frobnicate");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("incidents", "--typ", "THREAT");
        assertUsageError(run, "--typ");
        assertTrue(run.err().contains("--type"), run.toString());
    }

    @Test
    void badSinceDateIsAUsageErrorNamingTheOption() {
        assertUsageError(Cli.run("incidents", "--since", "2016-13-01", "--data", tmp.toString()), "--since");
    }

    @Test
    void badUntilDateIsAUsageErrorNamingTheOption() {
        assertUsageError(Cli.run("incidents", "--until", "last week", "--data", tmp.toString()), "--until");
    }

    @Test
    void untilBeforeSinceIsAUsageError() {
        assertUsageError(Cli.run("incidents", "--since", "2017-01-01", "--until", "2016-01-01", "--data", tmp.toString()), "--until");
    }

    @Test
    void unknownTypeIsAUsageErrorListingTheTypes() {
        assertUsageError(Cli.run("incidents", "--type", "KIDNAP", "--data", tmp.toString()), "ABDUCTION");
    }

    @Test
    void typeIsCaseInsensitive() {
        // parses (then stops at the missing data folder, a usage error of its own)
        Cli.Run run = Cli.run("incidents", "--type", "abduction", "--data", tmp.resolve("none").toString());
        assertUsageError(run, "no data folder");
    }

    @Test
    void importWithoutPathsIsAUsageError() {
        assertUsageError(Cli.run("import", "--data", tmp.toString()), "PATH");
    }

    @Test
    void showWithoutIdIsAUsageError() {
        assertUsageError(Cli.run("show"), "ID");
    }

    @Test
    void exportNeedsAKnownFormat() {
        assertUsageError(Cli.run("export"), "--format");
        assertUsageError(Cli.run("export", "--format", "xml"), "articles-jsonl");
    }

    @Test
    void evalNeedsGold() {
        assertUsageError(Cli.run("eval"), "--gold");
    }

    @Test
    void evalWithAFolderWithoutArticlesIsAUsageError() {
        assertUsageError(Cli.run("eval", "--gold", tmp.toString()), "no articles/ folder");
    }

    @Test
    void readingCommandsDoNotCreateAMissingDataFolder() {
        Path missing = tmp.resolve("nowhere");
        assertUsageError(Cli.run("incidents", "--data", missing.toString()), "no data folder at " + missing);
        assertUsageError(Cli.run("show", "x", "--data", missing.toString()), "no data folder");
        assertUsageError(Cli.run("export", "--format", "csv", "--data", missing.toString()), "no data folder");
        assertFalse(missing.toFile().exists());
    }

    @Test
    void debugPrintsTheStackTrace() {
        Cli.Run run = Cli.run("--debug", "incidents", "--data", tmp.resolve("none").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("\tat "), run.toString());
    }

    @Test
    void dataDefaultsToLongarmDataOrTheEnvironment() {
        Cli.Run run = Cli.run("incidents", "--help");
        String expected = System.getenv("LONGARM_DATA") != null ? System.getenv("LONGARM_DATA") : "longarm-data";
        assertTrue(run.out().contains("(now: " + expected + ")") || run.out().replaceAll("\\s+", " ").contains("(now: " + expected + ")"), run.out());
    }
}
