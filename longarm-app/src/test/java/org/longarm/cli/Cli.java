package org.longarm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in process with captured output. */
final class Cli {
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
