package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base layer and the state packs: loading, views, one prefilter and outlet table, folder packs. */
class PacksTest {
    private static final Packs ALL = Packs.builtin();

    static Path toyPacks() {
        try {
            return Path.of(PacksTest.class.getResource("/packs/vel/pack.properties").toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBuiltInPackLoadsWithItsOwnOriginState() {
        assertTrue(ALL.codes().size() >= 13, ALL.codes().toString());
        for (String code : List.of("prk", "chn", "rus", "irn", "tur", "sau", "rwa", "egy", "tjk", "tkm", "blr", "khm", "vnm", "eri", "pak", "ind")) {
            DomainPack v = ALL.view(code);
            assertEquals(code.toUpperCase(java.util.Locale.ROOT), v.originState(), code);
            assertTrue(v.actors().stream().anyMatch(a -> a.kind() == Actor.Kind.STATE && a.state().equals(v.originState())),
                    code + " has a STATE actor of its own");
        }
    }

    @Test
    void aStatesOrgansActInItsOwnViewAndAreForeignInOthers() {
        String text = "Agents of the Islamic Revolutionary Guard Corps were named.";
        PhraseMatcher.Hit<Actor> inIran = ALL.view("irn").actorMatcher().find(text).get(0);
        PhraseMatcher.Hit<Actor> inKorea = ALL.view("prk").actorMatcher().find(text).get(0);
        assertEquals(Actor.Kind.BODY, inIran.value().kind());
        assertEquals(Actor.Kind.HOST, inKorea.value().kind());
        assertEquals("IRN", inKorea.value().state());
    }

    @Test
    void aPacksOwnAliasBeatsTheSameAliasElsewhere() {
        // prk lists Chinese authorities as a host organ; chn lists them as the state itself
        String text = "Chinese authorities sent them back.";
        assertEquals(Actor.Kind.HOST, ALL.view("prk").actorMatcher().find(text).get(0).value().kind());
        assertEquals(Actor.Kind.STATE, ALL.view("chn").actorMatcher().find(text).get(0).value().kind());
    }

    @Test
    void oneCombinedPrefilterAndOnePerView() {
        String iran = "Iranian agents plotted to kidnap a journalist in New York.";
        String korea = "A North Korean diplomat defected.";
        assertTrue(ALL.prefilter().candidate(iran));
        assertTrue(ALL.prefilter().candidate(korea));
        assertTrue(ALL.view("irn").prefilter().candidate(iran));
        assertFalse(ALL.view("prk").prefilter().candidate(iran));
        assertFalse(ALL.view("irn").prefilter().candidate(korea));
        assertFalse(ALL.prefilter().candidate("Iranian chess players won a tournament in Baku."));
    }

    @Test
    void thePrefilterReadAloneIsTheLoadedPacksPrefilter() {
        Prefilter alone = Packs.prefilter(null, List.of());
        assertEquals(ALL.prefilter().originTerms(), alone.originTerms());
        assertEquals(ALL.prefilter().eventTerms(), alone.eventTerms());
        assertEquals(List.of("veloria", "velorian"), Packs.prefilter(toyPacks(), List.of("vel")).originTerms());
    }

    @Test
    void originCountsSayWhichStatesAnArticleIsAbout() {
        Map<String, Integer> c = ALL.originCounts("Tehran denies plot", "Iran and Iranian officials; China once.");
        assertEquals(3, c.get("irn"));
        assertEquals(1, c.get("chn"));
        assertFalse(c.containsKey("prk"));
    }

    @Test
    void theOutletTableHoldsEveryPacksPress() {
        assertEquals("Tasnim", ALL.outletName("Tasnim News Agency"), "irn's press");
        assertEquals("Yonhap", ALL.outletName("Yonhap News Agency"), "prk's press");
        assertEquals("Reuters", ALL.outletName("www.reuters.com"), "the base layer's");
        assertEquals("E", ALL.reliability("KCNA"));
    }

    @Test
    void everyActorLineNamesItsPublicSource() {
        for (String code : ALL.codes()) {
            for (PackFiles.Row r : PackSource.classpath(code).rows("actors.tsv")) {
                String source = r.fieldOr(4, "");
                assertFalse(source.isBlank(), r.file() + ":" + r.line() + ": no source");
            }
        }
    }

    @Test
    void noBareSurnameOrTitleIsAnAlias() {
        // "Kim" is a victim as often as a leader: a victim named Kim must never be coded as Kim Jong Un
        for (String code : ALL.codes()) {
            for (Actor a : ALL.view(code).actors()) {
                for (String alias : a.aliases()) {
                    assertFalse(List.of("Kim", "Xi", "Putin", "Mr Kim", "Mr. Kim", "the leader", "the dictator", "the young leader",
                            "agents", "police", "the government", "prosecutors").contains(alias)
                            && a.kind() != Actor.Kind.HOST, code + ": " + a.name() + " has the alias '" + alias + "'");
                }
            }
        }
    }

    @Test
    void aGenericAliasNamesAStateOnlyInItsOwnView() {
        String text = "The regime sent border guards after them.";
        assertEquals("PRK", ALL.view("prk").actorMatcher().find(text).get(0).value().state());
        assertTrue(ALL.view("irn").actorMatcher().find(text).isEmpty(), ALL.view("irn").actorMatcher().find(text)::toString);
        assertTrue(ALL.view("chn").actorMatcher().find("A victim named Kim Chol was seized.").isEmpty());
        assertTrue(ALL.view("chn").actorMatcher().find("Kim Jong Il ruled then.").isEmpty(), "another state's leader is no host");
    }

    @Test
    void theVersionFollowsThePacksAndTheirFiles() {
        assertTrue(ALL.version().startsWith("are-1+blr-1+chn-1"), ALL.version());
        assertEquals(ALL.version(), Packs.load(null, List.of()).version());
        assertNotEquals(ALL.version(), Packs.of("prk").version());
        assertEquals(ALL.version(), ALL.view("prk").version());
    }

    @Test
    void aFolderPackLoadsBesideTheBuiltInOnes() {
        Packs withToy = Packs.load(toyPacks(), List.of());
        assertTrue(withToy.codes().contains("vel") && withToy.codes().contains("prk"), withToy.codes().toString());
        DomainPack vel = withToy.view("vel");
        assertEquals("XVL", vel.originState());
        assertEquals("Veloria", vel.name());
        assertTrue(vel.prefilter().candidate("Velorian agents abducted a dissident."));
        assertEquals("Velorian State Radio", withToy.outletName("VSR"));
    }

    @Test
    void narrowingToOnePackLeavesTheOthersOut() {
        Packs toyOnly = Packs.load(toyPacks(), List.of("vel"));
        assertEquals(List.of("vel"), toyOnly.codes());
        assertFalse(toyOnly.prefilter().candidate("A North Korean diplomat defected."));
        assertTrue(toyOnly.view("vel").actorMatcher().find("Kim Jong Un ordered it.").isEmpty(), "nothing of prk in the toy's view");
        assertThrows(PackException.class, () -> toyOnly.view("prk"));
    }

    @Test
    void aBrokenPackFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(p.resolve("pack.properties"), "code=bad\norigin_state=XBD\n");
        Files.writeString(p.resolve("prefilter.txt"), "[origin]\nbadland\n");
        Files.writeString(p.resolve("actors.tsv"), "# header\nBadland\tSOVEREIGN\tXBD\tBadland\tnone\n");
        PackException e = assertThrows(PackException.class, () -> Packs.load(dir, List.of("bad")));
        assertTrue(e.getMessage().contains("bad" + java.io.File.separator + "actors.tsv:2") && e.getMessage().contains("SOVEREIGN"), e.getMessage());
    }

    @Test
    void anUnknownCodeNamesTheInstalledPacks() {
        PackException e = assertThrows(PackException.class, () -> Packs.load(null, List.of("atlantis")));
        assertTrue(e.getMessage().contains("atlantis") && e.getMessage().contains("prk"), e.getMessage());
        assertThrows(PackException.class, () -> Packs.load(Path.of("/no/such/folder"), List.of()));
    }
}
