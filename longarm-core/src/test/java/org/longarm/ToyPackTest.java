package org.longarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.IncidentType;
import org.longarm.pack.Packs;
import org.longarm.testkit.Pipelines;

/**
 * The toy pack of an invented state (test resources packs/vel, the one docs/PACKS.md walks through) runs through the
 * whole per-article pipeline, and nothing of North Korea's pack reaches its run.
 */
class ToyPackTest {
    private static Path packsDir() {
        try {
            return Path.of(ToyPackTest.class.getResource("/packs/vel/pack.properties").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pipeline TOY = Pipelines.over(Packs.load(packsDir(), List.of("vel")));

    @Test
    void theToyStatesActIsItsOwn() {
        ArticleResult r = TOY.process(Pipelines.article("v1", "2024-05-02",
                "Velorian agents abducted an exiled journalist in Vienna last month, Austrian police said."));
        assertTrue(r.relevant());
        ArticleIncident i = r.incidents().stream().filter(x -> x.type() == IncidentType.ABDUCTION).findFirst().orElseThrow();
        assertEquals("XVL", i.originState());
        assertEquals("Veloria", i.perpetrator().name());
        assertEquals("AUT", i.location().country());
    }

    @Test
    void northKoreaIsUnknownToTheToysRun() {
        ArticleResult r = TOY.process(Pipelines.article("v2", "2024-05-02",
                "North Korean agents abducted a defector in Shenyang last month on the orders of Kim Jong Un."));
        assertFalse(r.relevant(), "no vel term: not even a candidate");
        ArticleResult mixed = TOY.process(Pipelines.article("v3", "2024-05-02",
                "Velorian agents abducted a dissident in Vienna last month. Kim Jong Un ordered the regime's agents to kill a defector in Seoul."));
        for (ArticleIncident i : mixed.incidents()) {
            assertEquals("XVL", i.originState(), i.toString());
            assertFalse(i.perpetrator() != null && i.perpetrator().name().contains("Kim"), i.toString());
        }
    }

    @Test
    void theSameArticleWithEveryPackGivesEachStateItsOwnIncident() {
        Pipeline all = Pipelines.over(Packs.load(packsDir(), List.of()));
        ArticleResult r = all.process(Pipelines.article("v4", "2024-05-02",
                "Velorian agents abducted a dissident in Vienna in March. In April, Iranian agents abducted an activist in Dubai."));
        List<String> states = r.incidents().stream().filter(x -> x.type() == IncidentType.ABDUCTION).map(ArticleIncident::originState).sorted().toList();
        assertEquals(List.of("IRN", "XVL"), states);
    }
}
