package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.longarm.link.LinkFixtures.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an article's information comes from. */
class OriginsTest {
    @Test
    void anArticleThatCitesNobodyIsItsOwnOrigin() {
        assertEquals(List.of("Yonhap"), Origins.of(article("a1").outlet("Yonhap").build()));
    }

    @Test
    void anArticleThatCitesDailyNkHasDailyNkAsOrigin() {
        assertEquals(List.of("Daily NK"), Origins.of(article("a1").outlet("The Telegraph").cites("Daily NK").build()));
    }

    @Test
    void anArticleCitingTwoOutletsHasBoth() {
        assertEquals(List.of("Daily NK", "Yonhap"),
                Origins.of(article("a1").outlet("The Telegraph").cites("Daily NK", "Yonhap").build()));
    }

    @Test
    void anArticleWithoutAnOutletIsItsOwnOriginById() {
        assertEquals(List.of("a1"), Origins.of(article("a1").outlet(null).build()));
        assertEquals(List.of("a2"), Origins.of(article("a2").outlet("  ").build()));
    }
}
