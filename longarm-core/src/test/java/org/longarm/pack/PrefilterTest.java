package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The cheap relevance check: an origin term and an event term. */
class PrefilterTest {
    private static final Prefilter PRK = DomainPack.load("prk").prefilter();

    private static Prefilter parse(String... lines) {
        List<PackFiles.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) rows.add(new PackFiles.Row("test/prefilter.txt", i + 1, List.of(lines[i])));
        return Prefilter.parse(rows);
    }

    @Test
    void anOriginTermAndAnEventTermMakeACandidate() {
        assertTrue(PRK.candidate(null, "A North Korean defector fled across the river."));
    }

    @Test
    void anOriginTermAloneIsNotEnough() {
        assertFalse(PRK.candidate(null, "Pyongyang weather was mild this week."));
    }

    @Test
    void anEventTermAloneIsNotEnough() {
        assertFalse(PRK.candidate(null, "The defector fled across the river."));
    }

    @Test
    void theTitleCounts() {
        assertTrue(PRK.candidate("Pyongyang hunts down escapees", "Officials declined to comment."));
        assertTrue(PRK.candidate("Defector missing", "Sources in Pyongyang say nothing more."));
    }

    @Test
    void termsMatchAnyCase() {
        assertTrue(PRK.candidate(null, "NORTH KOREA ABDUCTED HIM"));
    }

    @Test
    void termsMatchAtWordStartsOnly() {
        assertTrue(PRK.candidate(null, "DPRK agents abducted them."));
        assertFalse(PRK.candidate(null, "The DPRK held a parade; nonthreatening skills were shown."));
    }

    @Test
    void bothSectionsAreRequired() {
        assertThrows(PackException.class, () -> parse("[origin]", "korea"));
        assertThrows(PackException.class, () -> parse("[events]", "flee"));
    }

    @Test
    void aTermOutsideASectionNamesFileAndLine() {
        PackException e = assertThrows(PackException.class, () -> parse("korea", "[origin]", "korea", "[events]", "flee"));
        assertTrue(e.getMessage().startsWith("test/prefilter.txt:1:"), e.getMessage());
    }

    @Test
    void aParsedPrefilterNeedsBothTerms() {
        Prefilter p = parse("[origin]", "ruritania", "[events]", "abduct");
        assertTrue(p.candidate(null, "Ruritania abducted a critic."));
        assertFalse(p.candidate(null, "Ruritania held elections."));
        assertFalse(p.candidate(null, "Someone abducted a critic."));
    }

    @Test
    @Disabled("BUG: Prefilter.union of no terms is the empty regex, which matches everything; enable once fixed")
    void anEmptySectionIsAnErrorOrMatchesNothing() {
        Prefilter p;
        try {
            p = parse("[origin]", "ruritania", "[events]");
        } catch (PackException e) {
            return;
        }
        assertFalse(p.candidate(null, "Ruritania held elections."), "an empty [events] lets every article through");
    }
}
