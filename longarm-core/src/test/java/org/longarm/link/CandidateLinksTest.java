package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.longarm.model.CandidateLink;
import org.longarm.model.Incident;

/** Close pairs that were kept apart are recorded on both incidents, with their score, never on one incident alone. */
class CandidateLinksTest {
    @Test
    void candidateLinksAreSymmetricBelowTheLinkScoreAndPointAtOtherIncidents() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Incident> incidents = new Linker().link(RandomCorpus.of(seed, 120));
            Map<String, Incident> byId = incidents.stream().collect(Collectors.toMap(Incident::id, Function.identity()));
            for (Incident x : incidents) {
                for (CandidateLink l : x.candidates()) {
                    assertNotEquals(x.id(), l.incident());
                    assertTrue(byId.containsKey(l.incident()), "link to a missing incident " + l);
                    assertTrue(l.score() >= PairScorer.CANDIDATE, l.toString());
                    assertTrue(byId.get(l.incident()).candidates().stream().anyMatch(b -> b.incident().equals(x.id())),
                            "seed " + seed + ": link " + x.id() + " -> " + l.incident() + " is not mutual");
                }
            }
        }
    }
}
