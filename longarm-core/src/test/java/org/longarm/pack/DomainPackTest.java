package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped packs load, and the base layer's and the packs' data files keep the rules their headers state. */
class DomainPackTest {
    private static final String DIR = "org/longarm/pack/base/";
    private static final DomainPack PACK = DomainPack.load("prk");
    private static final Pattern CLASS_REF = Pattern.compile("@([A-Za-z0-9_]+)");

    @Test
    void thePrkPackLoads() {
        assertEquals("prk", PACK.code());
        assertEquals("PRK", PACK.originState());
        assertTrue(PACK.version().matches("prk-1\\+[0-9a-f]{12}"), PACK.version());
        assertFalse(PACK.triggers().isEmpty());
        assertFalse(PACK.actors().isEmpty());
        assertFalse(PACK.outlets().isEmpty());
        assertFalse(PACK.hedgeMatcher().isEmpty());
        assertNotNull(PACK.prefilter());
        assertNotNull(PACK.gazetteer());
    }

    @Test
    void theVersionIsTheSameOnEveryLoad() {
        assertEquals(PACK.version(), DomainPack.load("prk").version());
    }

    @Test
    void anUnknownPackIsNamedWithTheInstalledOnes() {
        PackException e = assertThrows(PackException.class, () -> DomainPack.load("nopack"));
        assertTrue(e.getMessage().contains("no pack 'nopack'") && e.getMessage().contains("prk"), e.getMessage());
    }

    @Test
    void aBadPackCodeIsRefused() {
        assertThrows(PackException.class, () -> DomainPack.load("../prk"));
    }

    @Test
    void everyTriggerLineParsesIntoOnePattern() {
        List<PackFiles.Row> rows = new ArrayList<>(PackFiles.rows(DIR + "triggers.tsv"));
        rows.addAll(PackFiles.rows("org/longarm/pack/prk/triggers.tsv"));
        assertEquals(rows.size(), PACK.triggers().size());
        for (int i = 0; i < rows.size(); i++) {
            TriggerPattern p = PACK.triggers().get(i);
            assertEquals(rows.get(i).file() + ":" + rows.get(i).line(), p.source());
            assertTrue(p.head() >= 0 && p.head() < p.elements().size(), p.source());
        }
    }

    @Test
    void everyClassATriggerNamesExists() {
        Set<String> defined = new HashSet<>();
        for (PackFiles.Row r : PackFiles.rows(DIR + "classes.tsv")) defined.add(r.field(0));
        for (PackFiles.Row r : PackFiles.rows(DIR + "triggers.tsv")) {
            Matcher m = CLASS_REF.matcher(r.field(1) + " " + r.fieldOr(2, ""));
            while (m.find()) assertTrue(defined.contains(m.group(1)), r.file() + ":" + r.line() + ": @" + m.group(1));
        }
    }

    @Test
    void everyClassIsUsed() {
        StringBuilder all = new StringBuilder();
        for (PackFiles.Row r : PackFiles.rows(DIR + "triggers.tsv")) all.append(r.field(1)).append(' ').append(r.fieldOr(2, "")).append('\n');
        Set<String> used = new HashSet<>();
        Matcher m = CLASS_REF.matcher(all);
        while (m.find()) used.add(m.group(1));
        for (PackFiles.Row r : allClassRows()) {
            assertTrue(used.contains(r.field(0)), r.file() + ":" + r.line() + ": class " + r.field(0) + " is never used");
        }
    }

    /** The base layer's classes and every built-in pack's additions. */
    private static List<PackFiles.Row> allClassRows() {
        List<PackFiles.Row> rows = new ArrayList<>(PackFiles.rows(DIR + "classes.tsv"));
        for (String code : Packs.builtin().codes()) {
            PackSource src = PackSource.classpath(code);
            rows.addAll(src.rowsIfPresent("classes.tsv"));
        }
        return rows;
    }

    @Test
    void classMembersAreSingleLowerCaseWords() {
        for (PackFiles.Row r : allClassRows()) {
            for (String w : r.field(1).split("\\|")) {
                String lemma = w.trim();
                assertTrue(lemma.matches("[\\p{Ll}][\\p{Ll}\\-']*"), r.file() + ":" + r.line() + ": '" + w + "'");
            }
        }
    }

    @Test
    void triggerWordsAreLowerCaseLemmas() {
        // Tokens carry lower-cased lemmas, so an upper-case word in a pattern could never match.
        for (TriggerPattern p : PACK.triggers()) {
            for (TriggerPattern.Element e : p.elements()) {
                for (String w : e.alternatives().keySet()) {
                    assertTrue(!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)), p.source() + ": '" + w + "'");
                }
            }
            for (String w : p.notAfter()) assertTrue(w.equals(w.toLowerCase(Locale.ROOT)), p.source() + ": not-after '" + w + "'");
        }
    }

    @Test
    void everyIncidentTypeHasATrigger() {
        Set<org.longarm.model.IncidentType> types = new HashSet<>();
        for (TriggerPattern p : PACK.triggers()) types.add(p.type());
        assertEquals(Set.of(org.longarm.model.IncidentType.values()), types);
    }

    @Test
    void actorAliasesAreUnique() {
        Map<String, String> owner = new HashMap<>();
        for (Actor a : PACK.actors()) {
            for (String alias : a.aliases()) {
                assertFalse(alias.isBlank(), a.name() + " has a blank alias");
                String before = owner.put(alias, a.name());
                assertTrue(before == null, "alias '" + alias + "' of " + a.name() + " is also an alias of " + before);
            }
        }
    }

    @Test
    void capitalisedTheAliasesDoNotShadowAnotherActor() {
        // The loader adds "The X" for every alias "the X" without checking for a clash.
        Map<String, String> owner = new HashMap<>();
        for (Actor a : PACK.actors()) for (String alias : a.aliases()) owner.put(alias, a.name());
        for (Actor a : PACK.actors()) {
            for (String alias : a.aliases()) {
                if (!alias.startsWith("the ")) continue;
                String cap = "The " + alias.substring(4);
                String other = owner.get(cap);
                assertTrue(other == null || other.equals(a.name()), "'" + cap + "' of " + a.name() + " shadows " + other);
            }
        }
    }

    @Test
    void actorAliasesFindTheirActor() {
        for (Actor a : PACK.actors()) {
            for (String alias : a.aliases()) {
                List<PhraseMatcher.Hit<Actor>> hits = PACK.actorMatcher().find("x " + alias + " y");
                assertEquals(1, hits.size(), alias + ": " + hits);
                assertEquals(a, hits.get(0).value(), alias);
            }
        }
    }

    @Test
    void actorsAreUniqueByName() {
        Set<String> names = new HashSet<>();
        for (Actor a : PACK.actors()) assertTrue(names.add(a.name()), "actor " + a.name() + " listed twice");
    }

    @Test
    void outletVariantsFindTheirOutlet() {
        Set<String> names = new HashSet<>();
        for (Outlet o : PACK.outlets()) {
            assertTrue(names.add(o.name()), "outlet " + o.name() + " listed twice");
            assertTrue(o.reliability().matches("[A-F]"), o.name() + " reliability " + o.reliability());
            for (String v : o.variants()) {
                List<PhraseMatcher.Hit<Outlet>> hits = PACK.outletMatcher().find("x " + v + " y");
                assertEquals(1, hits.size(), v + ": " + hits);
                assertEquals(o, hits.get(0).value(), v);
            }
        }
    }

    @Test
    void hedgesAreFoundAnyCase() {
        for (PackFiles.Row r : PackFiles.rows(DIR + "hedges.txt")) {
            String hedge = r.field(0);
            List<PhraseMatcher.Hit<String>> hits = PACK.hedgeMatcher().find("He " + hedge.toUpperCase(Locale.ROOT) + " fled.");
            assertEquals(1, hits.size(), hedge + ": " + hits);
            assertEquals(hedge, hits.get(0).value());
        }
    }

    @Test
    void sourceWordsAndReportingVerbsAreRead() {
        List<String> kinds = new ArrayList<>();
        for (PackFiles.Row r : PackFiles.rows(DIR + "sources.tsv")) kinds.add(PACK.sourceKind(r.field(0).toLowerCase(Locale.ROOT)));
        assertTrue(kinds.stream().allMatch(k -> Set.of("OFFICIAL", "SOURCE", "MEDIA", "GROUP").contains(k)), kinds::toString);
        for (PackFiles.Row r : PackFiles.rows(DIR + "reporting-verbs.txt")) assertTrue(PACK.isReportingVerb(r.field(0)), r.field(0));
        assertFalse(PACK.isReportingVerb("abduct"));
    }
}
