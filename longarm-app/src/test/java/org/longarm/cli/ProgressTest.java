package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter err = new StringWriter();
    private long now;

    private Progress.Lines lines() {
        return new Progress.Lines(new PrintWriter(err, true), () -> now, Duration.ofSeconds(10));
    }

    @Test
    void aShortRunPrintsNothing() {
        Progress p = lines();
        p.start("import", 100);
        for (int i = 0; i < 100; i++) {
            now += 1_000_000; // 1 ms an article
            p.step();
        }
        p.close();
        assertEquals("", err.toString());
    }

    @Test
    void aLongRunPrintsAtMostOneLinePerIntervalWithRateAndTimeLeft() {
        Progress p = lines();
        p.start("import", 100);
        for (int i = 0; i < 50; i++) {
            now += 1_000_000_000L; // 1 s an article
            p.step();
        }
        List<String> out = err.toString().lines().toList();
        assertEquals(5, out.size(), err.toString());
        assertEquals("longarm: import: 10/100 articles, 1.0/s, about 1m30s left", out.get(0));
    }

    @Test
    void messagesGoStraightThrough() {
        Progress p = lines();
        p.message("longarm: x.json: not JSON");
        assertEquals("longarm: x.json: not JSON\n", err.toString().replace("\r\n", "\n"));
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("45s", Progress.duration(45));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("1h01m", Progress.duration(3660));
    }

    @Test
    void testsDoNotRunOnATerminal() {
        // surefire pipes standard error, so the plain-lines kind is chosen here
        assertTrue(Progress.forStderr(new PrintWriter(err)) instanceof Progress.Lines);
    }
}
