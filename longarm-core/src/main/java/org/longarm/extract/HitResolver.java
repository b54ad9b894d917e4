package org.longarm.extract;

import java.util.ArrayList;
import java.util.List;
import org.longarm.model.IncidentType;
import org.longarm.nlp.Sentence;

/**
 * Settles triggers that describe one act in one sentence, per the annotation conventions: a team's purpose folds
 * into the team's dispatch ("sent agents to kill" is a PURSUIT; "sent agents to monitor" a SURVEILLANCE), and a
 * killing told of an execution is the execution.
 */
final class HitResolver {
    private static final int PURPOSE_WINDOW = 16;

    List<TriggerHit> resolve(List<TriggerHit> hits) {
        List<TriggerHit> out = new ArrayList<>();
        for (TriggerHit h : hits) {
            if (foldsIntoPursuit(h, hits)) continue;
            if (h.type() == IncidentType.PURSUIT && isDispatch(h) && purposeIs(h, hits, IncidentType.SURVEILLANCE)) continue;
            if (h.type() == IncidentType.ASSASSINATION && isKill(h) && hits.stream().anyMatch(x -> x.type() == IncidentType.EXECUTION)) {
                out.add(new TriggerHit(IncidentType.EXECUTION, h.sentence(), h.head(), h.first(), h.last(), h.impliedStatus(), h.pattern()));
                continue;
            }
            out.add(h);
        }
        return out;
    }

    private static boolean foldsIntoPursuit(TriggerHit h, List<TriggerHit> hits) {
        if (h.type() != IncidentType.ASSASSINATION && h.type() != IncidentType.ABDUCTION) return false;
        for (TriggerHit p : hits) {
            if (p.type() == IncidentType.PURSUIT && p.head() < h.head() && h.head() - p.last() <= PURPOSE_WINDOW
                    && !breakBetween(h.sentence(), p.last(), h.first())) return true;
        }
        return false;
    }

    private static boolean purposeIs(TriggerHit p, List<TriggerHit> hits, IncidentType type) {
        for (TriggerHit h : hits) {
            if (h.type() == type && h.head() > p.head() && h.head() - p.last() <= 8 && !breakBetween(h.sentence(), p.last(), h.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean breakBetween(Sentence s, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (Words.isClauseBreak(s.token(j))) return true;
        }
        return false;
    }

    private static boolean isDispatch(TriggerHit h) {
        String l = h.headToken().lemma();
        return l.equals("send") || l.equals("dispatch") || l.equals("deploy") || l.equals("despatch");
    }

    private static boolean isKill(TriggerHit h) {
        String l = h.headToken().lemma();
        return l.equals("kill") || l.equals("killing");
    }
}
