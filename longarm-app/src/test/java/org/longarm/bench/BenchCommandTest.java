package org.longarm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.longarm.cli.Main;

/** The {@code bench} command's options, without running a bench (that takes CoreNLP and a minute). */
class BenchCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void helpNamesTheOptions() {
        String[] r = run("bench", "--help");
        assertEquals("0", r[0], r[2]);
        for (String o : new String[] {"--json", "--mb", "--e2e-mb", "--sample", "--seed", "--nlp-variant"}) assertTrue(r[1].contains(o), o + " in\n" + r[1]);
    }

    @Test
    void aCorpusOfNoSizeIsAUsageError() {
        String[] r = run("bench", "--mb", "0");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("mb must be"), r[2]);
        assertEquals("", r[1]);
    }

    @Test
    void anUnknownNlpVariantIsAUsageError() {
        String[] r = run("bench", "--nlp-variant", "huge");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].toLowerCase(java.util.Locale.ROOT).contains("coarse"), r[2]);
    }
}
