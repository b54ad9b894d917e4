package org.longarm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.eval.ScorerFixture.evidence;
import static org.longarm.eval.ScorerFixture.list;
import static org.longarm.eval.ScorerFixture.mention;
import static org.longarm.eval.ScorerFixture.obj;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    @TempDir
    Path dir;

    @Test
    void everyMetricOfTheHandBuiltCaseIsAsWorkedOutByHand() throws Exception {
        Score score = HandBuiltCase.write(dir).score();
        assertEquals(List.copyOf(HandBuiltCase.EXPECTED.keySet()), List.copyOf(score.values().keySet()), "metric order");
        HandBuiltCase.EXPECTED.forEach((k, v) -> assertEquals(v, score.get(k), k));
    }

    @Test
    void linesArePythonReprsOfTheValues() throws Exception {
        List<String> lines = HandBuiltCase.write(dir).score().lines();
        assertEquals("articles: 4", lines.get(0));
        assertTrue(lines.contains("relevance_p: 1.0"), lines.toString());
        assertTrue(lines.contains("detection_p: 0.714"), lines.toString());
        assertTrue(lines.contains("relevance_f1: 0.8"), lines.toString());
    }

    @Test
    void accuraciesAppearOnlyOnceMeasuredAndInFirstUseOrder() throws Exception {
        String text = "She defected in 2015.";
        ScorerFixture f = new ScorerFixture(dir)
                .article("x.json", obj("id", "x", "outlet", "NK News", "text", text))
                .gold(obj("incident_id", "g", "type", "DEFECTION", "status", "COMPLETED",
                        "location", obj("country", "CHN"), "mentions", list(evidence("x", "She defected"))))
                .pred(obj("id", "p", "type", "DEFECTION", "status", "COMPLETED", "mentions", list(mention("x", 0, 3))));
        Score score = f.score();
        List<String> keys = List.copyOf(score.values().keySet());
        assertEquals(List.of("status_acc", "country_acc", "status_n", "country_n"), keys.subList(9, 13));
        assertFalse(keys.contains("perpetrator_acc"));
        assertEquals(0.0, score.get("country_acc"));
        assertNull(score.get("origins_acc"));
        assertTrue(score.lines().contains("origins_acc: None"));
    }

    @Test
    void noMatchesMeansNoAccuracyKeysAndZeroScores() throws Exception {
        ScorerFixture f = new ScorerFixture(dir)
                .article("x.json", obj("id", "x", "text", "Nothing happened."))
                .gold(obj("incident_id", "g", "type", "THREAT", "status", "ONGOING", "mentions", list(evidence("x", "Nothing"))));
        Score score = f.score();
        assertEquals(List.of("articles", "gold_pairs", "pred_pairs", "relevance_f1", "relevance_p", "relevance_r",
                "detection_p", "detection_r", "detection_f1", "linking_b3_f1", "linking_b3_p", "linking_b3_r",
                "origins_acc", "origins_n", "cites_p", "cites_r", "cites_f1"), List.copyOf(score.values().keySet()));
        assertEquals(0.0, score.get("detection_r"));
        assertEquals(0.0, score.get("relevance_f1"));
    }

    @Test
    void overlappingSpansAreMatchedBeforeMereTypeMatches() throws Exception {
        String text = "Agents seized a man at dawn. Agents seized a woman at noon.";
        int second = text.indexOf("Agents seized a woman");
        ScorerFixture f = new ScorerFixture(dir)
                .article("x.json", obj("id", "x", "text", text))
                .gold(obj("incident_id", "man", "type", "ABDUCTION", "status", "COMPLETED", "mentions", list(evidence("x", "Agents seized a man"))))
                .gold(obj("incident_id", "woman", "type", "ABDUCTION", "status", "ATTEMPTED", "mentions", list(evidence("x", "Agents seized a woman"))))
                .pred(obj("id", "p-woman", "type", "ABDUCTION", "status", "ATTEMPTED", "mentions", list(mention("x", second, second + 6))))
                .pred(obj("id", "p-other", "type", "ABDUCTION", "status", "FOILED", "mentions", list(mention("x", 500, 510))));
        Score score = f.score();
        // the greedy pass in gold order would give "man" the overlapping "p-woman"; overlap first gives both right pairs
        assertEquals(0.5, score.get("status_acc"));
        assertEquals(1.0, score.get("detection_f1"));
    }

    @Test
    void goldOffsetsCountCodePointsAsPythonDoes() throws Exception {
        String text = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 He fled.";  // three emoji: 3 code points, 6 UTF-16 units
        ScorerFixture f = new ScorerFixture(dir)
                .article("x.json", obj("id", "x", "text", text))
                .gold(obj("incident_id", "g", "type", "DEFECTION", "status", "COMPLETED", "mentions", list(evidence("x", "He"))))
                // [4, 6) in code points is "He"; in UTF-16 units it is the third emoji
                .pred(obj("id", "p", "type", "DEFECTION", "status", "COMPLETED", "mentions", list(mention("x", 4, 6))))
                .pred(obj("id", "q", "type", "DEFECTION", "status", "ATTEMPTED", "mentions", list(mention("x", 7, 9))));
        assertEquals(1.0, f.score().get("status_acc"));
    }

    @Test
    void jsonIsWhatPythonsJsonDumpWritesWithIndentOne() throws Exception {
        Score score = new Score(new java.util.LinkedHashMap<>(Map.of("a", 1)));
        assertEquals("{\n \"a\": 1\n}", score.json());
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("x", 0.5);
        m.put("y", null);
        assertEquals("{\n \"x\": 0.5,\n \"y\": null\n}", new Score(m).json());
    }

    @Test
    void originStateIsScoredWhereGoldStatesIt() throws Exception {
        String text = "Agents seized a man at dawn. Agents seized a woman at noon.";
        int man = text.indexOf("seized a man");
        int woman = text.indexOf("seized a woman");
        ScorerFixture f = new ScorerFixture(dir)
                .article("x.json", obj("id", "x", "text", text))
                .gold(obj("incident_id", "man", "type", "ABDUCTION", "status", "COMPLETED", "origin_state", "IRN",
                        "mentions", list(evidence("x", "Agents seized a man"))))
                .gold(obj("incident_id", "woman", "type", "ABDUCTION", "status", "COMPLETED", "origin_state", "CHN",
                        "mentions", list(evidence("x", "Agents seized a woman"))))
                .pred(obj("id", "p1", "type", "ABDUCTION", "status", "COMPLETED", "origin_state", "IRN",
                        "mentions", list(mention("x", man, man + 6))))
                .pred(obj("id", "p2", "type", "ABDUCTION", "status", "COMPLETED", "origin_state", "PRK",
                        "mentions", list(mention("x", woman, woman + 6))));
        Score score = f.score();
        assertEquals(0.5, score.get("origin_state_acc"));
        assertEquals(2, score.get("origin_state_n"));
    }

    @Test
    void aTieForTheBestPredictionOfAnIncidentGoesToTheLeastId() throws Exception {
        // gold g spans two articles, each matched by another prediction: a tie, which score.py breaks by sorted id
        ScorerFixture f = new ScorerFixture(dir)
                .article("a.json", obj("id", "a", "outlet", "Yonhap", "text", "Agents seized him."))
                .article("b.json", obj("id", "b", "outlet", "Reuters", "text", "Agents seized him."))
                .gold(obj("incident_id", "g", "type", "ABDUCTION", "status", "COMPLETED",
                        "mentions", list(evidence("a", "seized him"), evidence("b", "seized him"))))
                .pred(obj("id", "zz", "type", "ABDUCTION", "status", "COMPLETED", "mentions", list(mention("a", 7, 13)),
                        "corroboration", obj("independent_origins", 1)))
                .pred(obj("id", "aa", "type", "ABDUCTION", "status", "COMPLETED", "mentions", list(mention("b", 7, 13)),
                        "corroboration", obj("independent_origins", 2)));
        assertEquals(1.0, f.score().get("origins_acc"));
    }
}
