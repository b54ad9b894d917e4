package org.longarm.extract;

import java.util.List;
import org.longarm.model.IncidentType;
import org.longarm.model.Place;
import org.longarm.model.TextSpan;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;
import org.longarm.pack.Actor;
import org.longarm.pack.Gazetteer;

/**
 * Where an act happened, from the gazetteer's places in its sentence: nearest to the trigger in its own clause
 * first; never a demonym, a dateline ("SEOUL"), a name inside an organisation's name, the reporting clause, the
 * perpetrator itself or any other actor ("deported by Seoul"); not the destination of a defection, abduction or return ("fled to Seoul"); not the
 * origin state for acts abroad. A host state's arrests and returns happen on its own soil, executions at home.
 */
final class PlaceReader {
    private final Gazetteer gazetteer;
    private final String origin;

    PlaceReader(Gazetteer gazetteer, String origin) {
        this.gazetteer = gazetteer;
        this.origin = origin;
    }

    Place read(String id, IncidentType type, String text, Sentence s, TriggerHit hit, SourceClause source,
               ActorMention perp, List<ActorMention> actors, int dateline) {
        boolean abroad = type == IncidentType.PURSUIT || type == IncidentType.ABDUCTION || type == IncidentType.ASSASSINATION
                || type == IncidentType.FORCED_RETURN || type == IncidentType.COUNTERMEASURE;
        boolean moves = type == IncidentType.DEFECTION || type == IncidentType.ABDUCTION || type == IncidentType.FORCED_RETURN;
        String hostState = perp != null && perp.actor().kind() == Actor.Kind.HOST
                && (type == IncidentType.FORCED_RETURN || type == IncidentType.COUNTERMEASURE) ? perp.actor().state() : null;
        if (type == IncidentType.DEFECTION && (leavesOrigin(s, hit, actors) || crossesBorderRiver(s, hit))) {
            return new Place(origin, null, null, null, null);
        }
        int[] scope = Words.scope(s, hit.first(), hit.last());
        int clauseFrom = scope[0];
        int clauseTo = scope[1];
        java.util.Set<String> wentTo = type == IncidentType.DEFECTION ? destinations(text, s) : java.util.Set.of();
        Gazetteer.PlaceMatch best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Gazetteer.PlaceMatch m : gazetteer.find(text, s.start(), s.end())) {
            if (m.demonym() || m.entry().country() == null) continue;
            if (wentTo.contains(m.entry().country())) continue;
            int ti = s.tokenAt(m.start());
            if (source.covers(ti) || isDateline(m) || m.start() < dateline || s.token(ti).ner().equals("ORGANIZATION")) continue;
            if (perp != null && m.start() < perp.end() && perp.start() < m.end()) continue;
            // "deported by Seoul", "Beijing said": a capital or country named as an actor is a government, not a place
            if (actingName(s, ti, s.tokenAt(m.end() - 1)) && actors.stream().anyMatch(a -> a.start() < m.end() && m.start() < a.end())) continue;
            if (abroad && origin.equals(m.entry().country())) continue;
            if (hostState != null && !hostState.equals(m.entry().country())) continue;
            if (moves && isDestination(s, ti, hit)) continue;
            boolean inClause = ti >= clauseFrom && ti <= clauseTo;
            boolean towards = ti > 0 && s.token(ti - 1).lemma().equals("to") && type != IncidentType.PURSUIT;
            boolean leftFrom = type == IncidentType.DEFECTION && ti > 0 && s.token(ti - 1).lemma().equals("from");
            boolean home = type == IncidentType.DEFECTION && origin.equals(m.entry().country()) && !leftFrom;
            int score = Math.abs(ti - hit.head()) + (inClause ? 0 : 1000) + (towards ? 50 : 0) + (home ? 20 : 0) - (leftFrom ? 30 : 0);
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (best != null) return toPlace(id, best);
        if (hostState != null) return new Place(hostState, null, null, null, new TextSpan(id, perp.start(), perp.end()));
        if (type == IncidentType.EXECUTION) return new Place(origin, null, null, null, null);
        if (type == IncidentType.DEFECTION && (leavesOrigin(s, hit, actors) || crossesBorderRiver(s, hit))) {
            return new Place(origin, null, null, null, null);
        }
        return null;
    }

    /** How far after the trigger a place after "to" is still where they went ("escaped across the sea border to the South"). */
    static final int DESTINATION_WINDOW = 8;

    /**
     * The most specific foreign place a sentence names (not a demonym, dateline or reporting clause), which the
     * sentences after it may take when they name none: "... in Ulaanbaatar. Embassy staff tried to force them into a
     * car."
     */
    Place setting(String id, String text, Sentence s, SourceClause source, int dateline) {
        Gazetteer.PlaceMatch best = null;
        for (Gazetteer.PlaceMatch m : gazetteer.find(text, s.start(), s.end())) {
            if (m.demonym() || m.entry().country() == null || origin.equals(m.entry().country())) continue;
            int ti = s.tokenAt(m.start());
            if (source.covers(ti) || isDateline(m) || m.start() < dateline) continue;
            if (ti > 0 && (s.token(ti - 1).lemma().equals("to") || s.token(ti - 1).lemma().equals("into"))) continue;
            if (best == null || m.entry().kind() != Gazetteer.Kind.COUNTRY && best.entry().kind() == Gazetteer.Kind.COUNTRY) best = m;
        }
        return best == null ? null : toPlace(id, best);
    }

    /** A gazetteer match as a place: a country alone has no place name and no point; a city has both. */
    private static Place toPlace(String id, Gazetteer.PlaceMatch m) {
        Gazetteer.Entry e = m.entry();
        boolean country = e.kind() == Gazetteer.Kind.COUNTRY;
        return new Place(e.country(), country ? null : m.asWritten(), country ? null : e.lat(), country ? null : e.lon(),
                new TextSpan(id, m.start(), m.end()));
    }

    /** Datelines are written in capitals: "SEOUL, Aug. 18 (Yonhap) --". */
    private static boolean isDateline(Gazetteer.PlaceMatch m) {
        String w = m.asWritten();
        return w.length() > 2 && w.equals(w.toUpperCase()) && !w.equals(w.toLowerCase()) && w.chars().filter(Character::isLetter).count() > 3;
    }

    /** "defected to South Korea", "was sent back to Pyongyang": a place right after "to" near the trigger is where they went. */
    private static boolean isDestination(Sentence s, int ti, TriggerHit hit) {
        if (ti == 0) return false;
        Token before = s.token(ti - 1);
        String l = before.lemma();
        if (!(l.equals("to") || l.equals("into") || l.equals("the") && ti > 1 && s.token(ti - 2).lemma().equals("to"))) return false;
        return ti > hit.first() && ti - hit.last() <= DESTINATION_WINDOW;
    }

    /** A name written as an agent: after "by" ("deported by Seoul") or as the subject of a verb ("Beijing said"). */
    private static boolean actingName(Sentence s, int first, int last) {
        if (first > 0 && s.token(first - 1).lemma().equals("by")) return true;
        if (first > 0 && (s.token(first - 1).lemma().equals("in") || s.token(first - 1).lemma().equals("to"))) return false;
        int j = last + 1;
        return j < s.size() && (s.token(j).pos().equals("VBD") || s.token(j).pos().equals("VBZ") || s.token(j).pos().equals("MD"));
    }

    /**
     * The countries a sentence says people went to: a place or demonym right after "to" or "into" ("to the South",
     * "into South Korean waters", "to Seoul"). A defection never happens there.
     */
    private java.util.Set<String> destinations(String text, Sentence s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Gazetteer.PlaceMatch m : gazetteer.find(text, s.start(), s.end())) {
            if (m.entry().country() == null) continue;
            int ti = s.tokenAt(m.start());
            for (int j = ti - 1; j >= Math.max(0, ti - 2); j--) {
                String l = s.token(j).lemma();
                if (l.equals("to") || l.equals("into")) {
                    out.add(m.entry().country());
                    break;
                }
                if (!(l.equals("the") || s.token(j).pos().startsWith("JJ"))) break;
            }
        }
        return out;
    }

    /** "crossed the Tumen River": crossing a river or border out of the origin state is leaving it. */
    private static boolean crossesBorderRiver(Sentence s, TriggerHit hit) {
        return hit.headToken().lemma().equals("cross");
    }

    /** "fled the North", "escaped North Korea": the origin state named right after the trigger is where they left from. */
    private boolean leavesOrigin(Sentence s, TriggerHit hit, List<ActorMention> actors) {
        int after = s.token(Math.min(s.size() - 1, hit.first() + 1)).start();
        int limit = s.token(Math.min(s.size() - 1, hit.last() + 3)).end();
        for (ActorMention a : actors) {
            if (a.actor().kind() == Actor.Kind.STATE && a.actor().state().equals(origin) && a.start() >= after && a.start() <= limit) return true;
        }
        return false;
    }
}
