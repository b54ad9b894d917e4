package org.longarm.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds ../shared/eval (score.py and the seeds) above the working folder, and python3 on the PATH. */
final class SharedEval {
    private SharedEval() {}

    static Optional<Path> dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path eval = p.resolve("shared").resolve("eval");
            if (Files.isRegularFile(eval.resolve("score.py"))) return Optional.of(eval);
        }
        return Optional.empty();
    }

    /** The folder holding score.py; skips the test when it or python3 is absent. */
    static Path assumeScorePy() {
        Optional<Path> dir = dir();
        assumeTrue(dir.isPresent(), "skipped: ../shared/eval/score.py not found above " + Path.of("").toAbsolutePath());
        assumeTrue(hasPython(), "skipped: python3 is not on the PATH");
        return dir.get();
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
