package org.longarm.extract;

import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/** A trigger pattern matched in a sentence: tokens first..last (inclusive), head is the trigger word. */
record TriggerHit(IncidentType type, Sentence sentence, int head, int first, int last, Status impliedStatus, String pattern) {
    Token headToken() {
        return sentence.token(head);
    }

    boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
