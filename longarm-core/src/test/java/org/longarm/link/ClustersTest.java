package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.report;
import static org.longarm.model.IncidentType.ABDUCTION;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;

/** Union-find that never puts two reports of one article together. */
class ClustersTest {
    private static List<Report> reports(ArticleResult... results) {
        List<Report> out = new ArrayList<>();
        for (ArticleResult r : results) for (ArticleIncident ai : r.incidents()) out.add(new Report(out.size(), r, ai));
        return out;
    }

    private static final ArticleResult A1 = article("a1")
            .add(report(ABDUCTION, "Two traders were abducted."))
            .add(report(ABDUCTION, "Two students were abducted.")).build();
    private static final ArticleResult A2 = article("a2").add(report(ABDUCTION, "Two traders were taken.")).build();
    private static final ArticleResult A3 = article("a3").add(report(ABDUCTION, "Two students were taken.")).build();

    @Test
    void eachReportStartsAlone() {
        List<Report> rs = reports(A1, A2, A3);
        assertEquals(4, new Clusters(rs).all().size());
    }

    @Test
    void reportsOfTwoArticlesJoin() {
        List<Report> rs = reports(A1, A2);
        Clusters c = new Clusters(rs);
        assertTrue(c.join(rs.get(0), rs.get(2)));
        assertEquals(2, c.all().size());
    }

    @Test
    void twoReportsOfOneArticleRefuseToJoinDirectly() {
        List<Report> rs = reports(A1);
        Clusters c = new Clusters(rs);
        assertFalse(c.join(rs.get(0), rs.get(1)));
        assertEquals(2, c.all().size());
    }

    @Test
    void twoReportsOfOneArticleRefuseToJoinThroughOtherArticles() {
        List<Report> rs = reports(A1, A2, A3); // a1#0, a1#1, a2, a3
        Clusters c = new Clusters(rs);
        assertTrue(c.join(rs.get(0), rs.get(2)));
        assertTrue(c.join(rs.get(1), rs.get(3)));
        assertFalse(c.join(rs.get(2), rs.get(3)), "a2's cluster holds a1#0, a3's holds a1#1");
        assertFalse(c.join(rs.get(0), rs.get(3)));
        assertEquals(2, c.all().size());
        for (List<Report> cluster : c.all()) {
            assertEquals(cluster.size(), cluster.stream().map(Report::articleId).distinct().count());
        }
    }

    @Test
    void joiningTwiceIsHarmless() {
        List<Report> rs = reports(A1, A2);
        Clusters c = new Clusters(rs);
        assertTrue(c.join(rs.get(0), rs.get(2)));
        assertTrue(c.join(rs.get(2), rs.get(0)));
        assertEquals(2, c.all().size());
    }
}
