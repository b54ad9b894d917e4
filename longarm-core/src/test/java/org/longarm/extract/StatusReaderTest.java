package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.nlp.Sentence;
import org.longarm.testkit.Sentences;

/** The status a sentence gives an act, on sentences built without CoreNLP. */
class StatusReaderTest {
    private static final StatusReader READER = new StatusReader();

    private static Status status(IncidentType type, String annotated, String trigger) {
        Sentence s = Sentences.of(annotated).get(0);
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equals(trigger)) return READER.read(new TriggerHit(type, s, i, i, i, null, "test"));
        }
        throw new IllegalArgumentException(trigger);
    }

    @Test
    void aShootingTheTargetSurvivedWasAnAttempt() {
        assertEquals(Status.ATTEMPTED, status(IncidentType.ASSASSINATION,
                "The/DT soldier/NN was/VBD//be shot/VBN//shoot and/CC wounded/VBN//wound by/IN guards/NNS ./.", "shot"));
        assertEquals(Status.COMPLETED, status(IncidentType.ASSASSINATION,
                "The/DT activist/NN was/VBD//be shot/VBN//shoot dead/JJ in/IN Cape/NNP Town/NNP ./.", "shot"));
        assertEquals(Status.COMPLETED, status(IncidentType.ASSASSINATION,
                "Gunmen/NNS shot/VBD//shoot the/DT critic/NN ,/, who/WP died/VBD//die ,/, and/CC wounded/VBD//wound a/DT guard/NN ./.", "shot"));
    }

    @Test
    void anExpulsionAnnouncedIsDone() {
        assertEquals(Status.COMPLETED, status(IncidentType.COUNTERMEASURE,
                "Britain/NNP is/VBZ//be expelling/VBG//expel 23/CD diplomats/NNS ./.", "expelling"));
        assertEquals(Status.ONGOING, status(IncidentType.COUNTERMEASURE,
                "Police/NNS are/VBP//be investigating/VBG//investigate the/DT plot/NN ./.", "investigating"));
    }
}
