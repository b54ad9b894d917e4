package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.Article;
import org.longarm.pack.DomainPack;

/** Which outlets an article names as the origin of its information. */
class CitationFinderTest {
    private static final CitationFinder FINDER = new CitationFinder(DomainPack.load("prk"));

    private static List<String> cites(String outlet, String text) {
        return FINDER.cites(new Article("c1", outlet, null, "2020-01-01", null, text, "en", "{}", List.of(), "test"));
    }

    @Test
    void anOutletThatReportsOrIsCitedIsAnOrigin() {
        assertEquals(List.of("Daily NK"), cites("The Telegraph", "Prices fell last month, Daily NK reported, citing a source in Sinuiju."));
        assertEquals(List.of("Yonhap"), cites("The Guardian", "Two diplomats left their posts, according to Yonhap."));
    }

    @Test
    void theArticlesOwnOutletAndPhotoCreditsAreNot() {
        assertEquals(List.of(), cites("Yonhap", "SEOUL, March 3 (Yonhap) -- A defector said he fled."));
        assertEquals(List.of(), cites("Asahi Shimbun", "A drill at the port. (Provided by The Dong-A Ilbo)\n\nOfficials said agents were sent."));
    }

    @Test
    void aCreditLineOnItsOwnIsAnOrigin() {
        assertEquals(List.of("Yonhap"), cites("The Korea Times", "A man defected across the border on Monday.\n\nYonhap"));
    }

    @Test
    void stateMediaAreCitedOnlyWhenTheTextDrawsOnThem() {
        assertEquals(List.of(), cites("The Korea Herald", "KCNA said the defector would pay with his life."));
        assertEquals(List.of("KCNA"), cites("The Korea Herald", "Three officials were executed, according to KCNA."));
    }

    @Test
    void aNamedStateAgencyThatReportsOrAirsIsAnOrigin() {
        assertEquals(List.of("KCNA"), cites("The Korea Herald", "KCNA reported that the two men had been arrested."));
        org.longarm.pack.Packs all = org.longarm.pack.Packs.builtin();
        CitationFinder finder = new CitationFinder(all.view("tur"));
        assertEquals(List.of("TRT"), finder.cites(new Article("c2", "RFE/RL", null, "2021-07-06", null,
                "The state broadcaster TRT aired a photograph of him in handcuffs.", "en", "{}", List.of(), "test")));
    }

    @Test
    void outletsAreNamedAsReportersWriteThem() {
        // score.py compares outlet names letter for letter: "AFP", not "Agence France-Presse"; "Hurriyet" in ASCII
        org.longarm.pack.Packs all = org.longarm.pack.Packs.builtin();
        assertEquals("AFP", all.outletName("Agence France-Presse"));
        assertEquals("CCTV", all.outletName("China Central Television"));
        assertEquals("Hurriyet", all.outletName("Hürriyet"));
    }
}
