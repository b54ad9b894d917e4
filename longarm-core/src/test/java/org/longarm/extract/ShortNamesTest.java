package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.nlp.Sentence;
import org.longarm.pack.Actor;
import org.longarm.pack.DomainPack;
import org.longarm.pack.PhraseMatcher;
import org.longarm.testkit.Sentences;

/** Bare surnames and "the leader" stand for the person last named in full, and only a listed one is an actor. */
class ShortNamesTest {
    private static final DomainPack PRK = DomainPack.load("prk");

    /** Feeds the sentences in order and returns what the last one's short names resolve to. */
    private static List<PhraseMatcher.Hit<Actor>> lastResolved(Sentences doc) {
        ShortNames names = new ShortNames();
        List<PhraseMatcher.Hit<Actor>> out = List.of();
        for (Sentence s : doc.sentences()) {
            List<PhraseMatcher.Hit<Actor>> listed = PRK.actorMatcher().find(doc.text(), s.start(), s.end());
            out = names.resolve(doc.text(), s, listed);
            names.learn(s, listed);
        }
        return out;
    }

    @Test
    void aSurnameAfterTheLeadersFullNameIsTheLeader() {
        List<PhraseMatcher.Hit<Actor>> hits = lastResolved(new Sentences()
                .add("Kim/NNP/PERSON Jong/NNP/PERSON Un/NNP/PERSON spoke/VBD ./.")
                .add("Mr/NNP Kim/NNP/PERSON ordered/VBD hit/NN teams/NNS ./."));
        assertEquals(1, hits.size());
        assertEquals("Kim Jong Un", hits.get(0).value().name());
        assertEquals("Mr Kim", hits.get(0).text());
    }

    @Test
    void aSurnameAfterAVictimsFullNameIsNobodyListed() {
        List<PhraseMatcher.Hit<Actor>> hits = lastResolved(new Sentences()
                .add("Kim/NNP/PERSON Jong/NNP/PERSON Un/NNP/PERSON spoke/VBD ./.")
                .add("Kim/NNP/PERSON Jong-nam/NNP/PERSON was/VBD killed/VBN ./.")
                .add("Kim/NNP/PERSON had/VBD fled/VBN ./."));
        assertTrue(hits.isEmpty(), hits::toString);
    }

    @Test
    void aSurnameWithNoFullNameBeforeIsNobody() {
        assertTrue(lastResolved(Sentences.of("Kim/NNP/PERSON was/VBD seized/VBN in/IN Yanji/NNP/LOCATION ./.")).isEmpty());
    }

    @Test
    void theLeaderIsTheListedLeaderNamedLast() {
        List<PhraseMatcher.Hit<Actor>> hits = lastResolved(new Sentences()
                .add("North/NNP Korean/NNP leader/NN Kim/NNP/PERSON Jong-un/NNP/PERSON sent/VBD agents/NNS ./.")
                .add("The/DT leader/NN also/RB ordered/VBD executions/NNS ./."));
        assertEquals(List.of("Kim Jong Un"), hits.stream().map(h -> h.value().name()).toList());
        assertTrue(lastResolved(Sentences.of("The/DT leader/NN of/IN the/DT group/NN fled/VBD ./.")).isEmpty(),
                "no leader named before");
        assertTrue(lastResolved(new Sentences()
                .add("Kim/NNP/PERSON Jong/NNP/PERSON Un/NNP/PERSON spoke/VBD ./.")
                .add("The/DT leader/NN of/IN the/DT defectors/NNS fled/VBD ./.")).isEmpty(), "'of' says whose leader");
    }
}
