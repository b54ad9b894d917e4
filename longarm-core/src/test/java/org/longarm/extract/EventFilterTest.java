package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.longarm.model.IncidentType;
import org.longarm.nlp.Sentence;
import org.longarm.testkit.Sentences;

/** What the event filter rejects, on sentences built without CoreNLP. */
class EventFilterTest {
    private static final EventFilter FILTER = new EventFilter();

    /** A one-token trigger at the first token whose word is {@code word}. */
    private static TriggerHit hit(IncidentType type, Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equals(word)) return new TriggerHit(type, s, i, i, i, null, "test");
        }
        throw new IllegalArgumentException(word);
    }

    @Test
    void aPhotoCaptionRetellsAndIsNotAReport() {
        Sentence caption = Sentences.of("Photo/NN caption/NN :/: Gui/NNP/PERSON returned/VBD to/TO China/NNP/LOCATION ./.").get(0);
        assertTrue(EventFilter.caption(caption));
        assertEquals(EventFilter.Rejection.Why.CAPTION, FILTER.rejects(hit(IncidentType.FORCED_RETURN, caption, "returned")).why());
        assertFalse(EventFilter.caption(Sentences.of("Photos/NNS of/IN the/DT men/NNS were/VBD shown/VBN ./.").get(0)));
    }

    @Test
    void aCountOfActsSinceAYearIsAnAggregate() {
        Sentence s = Sentences.of("About/RB 1,000/CD suspects/NNS have/VBP//have been/VBN//be returned/VBN//return since/IN 2014/CD/DATE ./.").get(0);
        assertTrue(EventFilter.sinceAYear(s, hit(IncidentType.FORCED_RETURN, s, "returned")));
        Sentence one = Sentences.of("He/PRP was/VBD//be returned/VBN//return to/TO Turkey/NNP/LOCATION in/IN 2014/CD/DATE ./.").get(0);
        assertFalse(EventFilter.sinceAYear(one, hit(IncidentType.FORCED_RETURN, one, "returned")));
        Sentence watched = Sentences.of("Agents/NNS have/VBP//have monitored/VBN//monitor the/DT exiles/NNS since/IN 2014/CD/DATE ./.").get(0);
        assertFalse(EventFilter.sinceAYear(watched, hit(IncidentType.SURVEILLANCE, watched, "monitored")), "watching goes on: not a count of acts");
    }

    @Test
    void anArticleThatReviewsFictionTellsNoActs() {
        assertTrue(EventFilter.fictionArticle(new Sentences()
                .add("The/DT film/NN opens/VBZ//open this/DT weekend/NN ./.")
                .add("The/DT movie/NN follows/VBZ//follow a/DT soldier/NN who/WP tries/VBZ//try to/TO defect/VB ./.")
                .add("The/DT novel/NN it/PRP adapts/VBZ//adapt was/VBD//be a/DT hit/NN ./.").sentences()));
        assertFalse(EventFilter.fictionArticle(new Sentences()
                .add("A/DT documentary/NN film/NN about/IN defectors/NNS was/VBD//be shown/VBN ./.")
                .add("Agents/NNS abducted/VBD//abduct a/DT pastor/NN ./.").sentences()), "one mention of a film is no review");
    }

    @Test
    void eachRuleSaysWhichKindOfReadingItDrops() {
        Sentence negated = Sentences.of("Agents/NNS did/VBD//do not/RB abduct/VB the/DT pastor/NN ./.").get(0);
        assertEquals(EventFilter.Rejection.Why.NEGATED, FILTER.rejects(hit(IncidentType.ABDUCTION, negated, "abduct")).why());
        Sentence question = Sentences.of("Did/VBD//do agents/NNS abduct/VB the/DT pastor/NN ?/.").get(0);
        assertEquals(EventFilter.Rejection.Why.QUESTION, FILTER.rejects(hit(IncidentType.ABDUCTION, question, "abduct")).why());
        Sentence headline = Sentences.of("Agents/NNS abduct/VBP pastor/NN").get(0);
        assertEquals(EventFilter.Rejection.Why.HEADLINE, FILTER.rejects(hit(IncidentType.ABDUCTION, headline, "abduct")).why());
        Sentence request = Sentences.of("Ankara/NNP asked/VBD//ask Stockholm/NNP to/TO extradite/VB two/CD men/NNS ./.").get(0);
        assertEquals(EventFilter.Rejection.Why.REQUEST, FILTER.rejects(hit(IncidentType.FORCED_RETURN, request, "extradite")).why());
    }

    @Test
    void aPlainPastActStands() {
        Sentence s = Sentences.of("Agents/NNS abducted/VBD//abduct the/DT pastor/NN in/IN Yanji/NNP/LOCATION in/IN 2000/CD/DATE ./.").get(0);
        assertNull(FILTER.rejects(hit(IncidentType.ABDUCTION, s, "abducted")));
    }
}
