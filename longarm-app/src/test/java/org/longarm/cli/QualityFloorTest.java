package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code eval --gold DIR} through the real command line must not fall below the quality floors of the core issue,
 * on the shared seeds and on the project's own fixtures. A floor is lowered only with a reason in the commit.
 */
class QualityFloorTest {
    private static final Map<String, Double> SEED_FLOORS = floors(
            "detection_f1", 0.85, "status_acc", 0.85, "time_acc", 0.70, "perpetrator_acc", 0.55, "country_acc", 0.80,
            "relevance_f1", 1.0);
    private static final Map<String, Double> FIXTURE_FLOORS = floors(
            "detection_f1", 0.80, "relevance_f1", 0.95, "status_acc", 0.85, "time_acc", 0.65, "country_acc", 0.55);

    @Test
    void evalOnTheSeedsReachesTheQualityFloors() {
        Optional<Path> seeds = RobustSupport.seeds();
        assumeTrue(seeds.isPresent(), "skipped: no shared/eval/seeds above the working folder (../shared is absent)");
        assertFloors("seeds", seeds.get(), SEED_FLOORS);
    }

    @Test
    void evalOnTheFixturesReachesTheQualityFloors() {
        assertFloors("fixtures", RobustSupport.fixtures(), FIXTURE_FLOORS);
    }

    private static void assertFloors(String name, Path gold, Map<String, Double> floors) {
        Cli.Run run = Cli.run("eval", "--gold", gold.toString());
        System.out.println("QualityFloorTest: eval --gold " + name + " (" + gold + ")\n" + run.out());
        assertEquals(0, run.status(), () -> "eval --gold " + gold + " did not complete cleanly: " + run);
        Map<String, Double> metrics = RobustSupport.metrics(run.out());
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            Double value = metrics.get(floor.getKey());
            assertTrue(value != null, () -> "eval printed no '" + floor.getKey() + ": ' line:\n" + run.out());
            if (value < floor.getValue()) below.add(floor.getKey() + " " + value + " < " + floor.getValue());
        }
        assertTrue(below.isEmpty(), () -> name + ": below the quality floor: " + String.join(", ", below));
    }

    private static Map<String, Double> floors(Object... keyValues) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) out.put((String) keyValues[i], (Double) keyValues[i + 1]);
        return out;
    }
}
