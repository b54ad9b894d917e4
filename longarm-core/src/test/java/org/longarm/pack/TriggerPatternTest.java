package org.longarm.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;

/** Parsing one line of triggers.tsv, and the errors that name the file and line of a bad one. */
class TriggerPatternTest {
    private static final String FILE = "org/longarm/pack/test/triggers.tsv";
    private static final WordClasses CLASSES = new WordClasses(List.of(
            new PackFiles.Row("org/longarm/pack/test/classes.tsv", 3, List.of("TEAM", "team|squad|agent")),
            new PackFiles.Row("org/longarm/pack/test/classes.tsv", 4, List.of("ORIGIN", "korea|pyongyang"))));

    private static TriggerPattern parse(int line, String... fields) {
        return TriggerPattern.parse(new PackFiles.Row(FILE, line, List.of(fields)), CLASSES);
    }

    private static PackException error(int line, String... fields) {
        PackException e = assertThrows(PackException.class, () -> parse(line, fields));
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), "message names file and line: " + e.getMessage());
        return e;
    }

    @Test
    void aSingleWordPatternHasOneElementThatIsTheTrigger() {
        TriggerPattern p = parse(9, "DEFECTION", "defect:V");
        assertEquals(IncidentType.DEFECTION, p.type());
        assertEquals(1, p.elements().size());
        assertEquals(0, p.head());
        assertEquals(Set.of("V"), p.elements().get(0).posFor("defect"));
        assertNull(p.elements().get(0).posFor("defection"));
        assertNull(p.status());
        assertEquals(FILE + ":9", p.source());
    }

    @Test
    void gapsCaretsAlternativesAndClassesAreRead() {
        TriggerPattern p = parse(10, "PURSUIT", "order *4 ^dispatch|send:V *2 @TEAM");
        assertEquals(3, p.elements().size());
        assertEquals(1, p.head());
        assertEquals(0, p.elements().get(0).gapBefore());
        assertEquals(4, p.elements().get(1).gapBefore());
        assertEquals(2, p.elements().get(2).gapBefore());
        assertEquals(Set.of(""), p.elements().get(1).posFor("dispatch"), "no part of speech means any");
        assertEquals(Set.of("V"), p.elements().get(1).posFor("send"));
        assertEquals(Set.of("team", "squad", "agent"), p.elements().get(2).alternatives().keySet());
    }

    @Test
    void optionsAreRead() {
        TriggerPattern p = parse(11, "SURVEILLANCE", "monitor:V", "ctx=@ORIGIN, near=@TEAM,not-after=under|without,status=ONGOING");
        assertEquals(Set.of("korea", "pyongyang"), p.context());
        assertEquals(Set.of("team", "squad", "agent"), p.near());
        assertEquals(Set.of("under", "without"), p.notAfter());
        assertEquals(Status.ONGOING, p.status());
    }

    @Test
    void theArticleWideOptionIsRead() {
        TriggerPattern p = parse(12, "DEFECTION", "disappear:V", "ctx=@TEAM,doc=@ORIGIN");
        assertEquals(java.util.Set.of("korea", "pyongyang"), p.document());
        assertEquals(java.util.Set.of("team", "squad", "agent"), p.context());
        assertTrue(parse(13, "DEFECTION", "defect:V").document().isEmpty());
        error(14, "DEFECTION", "vanish:V", "doc=ORIGIN");
    }

    @Test
    void anEmptyOptionsFieldIsNoOptions() {
        TriggerPattern p = parse(12, "EXECUTION", "execute:V", "");
        assertTrue(p.context().isEmpty() && p.near().isEmpty() && p.notAfter().isEmpty());
    }

    @Test
    void anUnknownTypeNamesFileAndLine() {
        assertTrue(error(21, "KIDNAPPING", "kidnap:V").getMessage().contains("KIDNAPPING"));
    }

    @Test
    void anUnknownClassInThePatternNamesFileAndLine() {
        assertTrue(error(22, "PURSUIT", "send *4 @SQUAD").getMessage().contains("@SQUAD"));
    }

    @Test
    void anUnknownClassInAnOptionNamesFileAndLine() {
        assertTrue(error(23, "DEFECTION", "flee:V", "ctx=@NOWHERE").getMessage().contains("@NOWHERE"));
        assertTrue(error(24, "DEFECTION", "flee:V", "near=@NOWHERE").getMessage().contains("@NOWHERE"));
    }

    @Test
    void aContextThatIsNotAClassNamesFileAndLine() {
        assertTrue(error(25, "DEFECTION", "flee:V", "ctx=korea").getMessage().contains("korea"));
    }

    @Test
    void anUnknownOptionNamesFileAndLine() {
        assertTrue(error(26, "DEFECTION", "flee:V", "context=@ORIGIN").getMessage().contains("context=@ORIGIN"));
    }

    @Test
    void anUnknownStatusNamesFileAndLine() {
        assertTrue(error(27, "DEFECTION", "flee:V", "status=DONE").getMessage().contains("DONE"));
    }

    @Test
    void anUnknownPartOfSpeechNamesFileAndLine() {
        assertTrue(error(28, "DEFECTION", "flee:VB").getMessage().contains("VB"));
        error(29, "DEFECTION", "flee:v");
    }

    @Test
    void aMissingPatternFieldNamesFileAndLine() {
        error(30, "DEFECTION");
    }

    @Test
    void aPatternOfOnlyGapsNamesFileAndLine() {
        error(31, "DEFECTION", "*3");
    }

    @Test
    void anUnknownClassNamesTheLineThatUsesItNotTheClassFile() {
        PackException e = error(32, "PURSUIT", "@TEAM *2 @MISSING");
        assertTrue(!e.getMessage().contains("classes.tsv"), e.getMessage());
    }
}
