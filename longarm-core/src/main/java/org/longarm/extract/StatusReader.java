package org.longarm.extract;

import java.util.Set;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/**
 * The status a sentence reports, from the words that govern the trigger (ordered, plotted, tried, foiled) and
 * its tense, with a default per type: a team sent is ONGOING until the report says how it ended.
 */
final class StatusReader {
    private static final Set<String> ORDER = Set.of("order", "instruct", "command", "direct", "edict", "directive", "demand");
    private static final Set<String> PLAN = Set.of("plot", "plan", "conspire", "scheme", "prepare", "intend", "aim", "plotting", "conspiracy");
    private static final Set<String> TRY = Set.of("try", "attempt", "bid");
    private static final Set<String> FOIL = Set.of("foil", "thwart", "arrest", "uncover", "bust", "detain", "stop", "catch", "capture", "foiled", "thwarted");
    private static final Set<String> FAIL = Set.of("fail", "failed", "unsuccessful", "unsuccessfully", "botched");
    private static final Set<String> ONGOING = Set.of("continue", "still", "keep", "ongoing", "currently", "now", "step", "intensify");

    Status read(TriggerHit hit) {
        Sentence s = hit.sentence();
        int h = hit.first();
        int from = Math.max(0, h - 8);
        boolean ordered = false, planned = false, tried = false, failed = false, ongoing = false;
        for (int j = from; j < h; j++) {
            Token t = s.token(j);
            String l = t.lemma();
            if (ORDER.contains(l) && (t.isVerb() || t.isNoun())) ordered = true;
            if (PLAN.contains(l)) planned = true;
            if (TRY.contains(l) && (t.isVerb() || t.isNoun())) tried = true;
            if (FAIL.contains(l)) failed = true;
            if (ONGOING.contains(l)) ongoing = true;
        }
        for (int j = hit.head() + 1; j < Math.min(s.size(), hit.head() + 3); j++) {
            String l = s.token(j).lemma();
            if (l.equals("attempt") || l.equals("plot") || l.equals("bid")) {
                if (l.equals("plot")) planned = true;
                else tried = true;
            }
        }
        String headLemma = hit.headToken().lemma();
        if (ORDER.contains(headLemma) && hit.headToken().isVerb()) ordered = true;
        if (TRY.contains(headLemma)) tried = true;
        if (PLAN.contains(headLemma)) planned = true;
        for (int j = Math.max(0, h - 4); j < h; j++) {
            if (s.token(j).lemma().equals("being") || s.token(j).word().equalsIgnoreCase("being")) ongoing = true;
        }
        boolean foiled = false;
        if (planned || tried) {
            for (Token t : s.tokens()) {
                if (FOIL.contains(t.lemma()) && t.start() != hit.headToken().start()) foiled = true;
            }
        }
        IncidentType type = hit.type();
        Token head = hit.headToken();
        boolean progressive = head.pos().equals("VBG") && h > 0 && Words.BE.contains(s.token(h - 1).lemma())
                || head.pos().equals("VBG") && h > 1 && Words.BE.contains(s.token(h - 2).lemma());
        if (foiled && type != IncidentType.COUNTERMEASURE) return Status.FOILED;
        if (type == IncidentType.ASSASSINATION && survived(s)) return Status.ATTEMPTED;
        // "Britain is expelling 23 diplomats": an expulsion announced is done (the act is the order)
        if (type == IncidentType.COUNTERMEASURE && progressive && ANNOUNCED.contains(head.lemma())) return Status.COMPLETED;
        if (failed && (tried || type == IncidentType.ASSASSINATION || type == IncidentType.ABDUCTION)) return Status.ATTEMPTED;
        if (tried) return Status.ATTEMPTED;
        if (planned && type != IncidentType.COUNTERMEASURE) return Status.PLANNED;
        if (ordered && type != IncidentType.COUNTERMEASURE) return Status.ORDERED;
        if (progressive || ongoing && type != IncidentType.DEFECTION) return Status.ONGOING;
        if (hit.impliedStatus() != null) return hit.impliedStatus();
        return switch (type) {
            case PURSUIT, SURVEILLANCE -> Status.ONGOING;
            case COUNTERMEASURE -> isArrest(hit) ? Status.COMPLETED : Status.ONGOING;
            default -> Status.COMPLETED;
        };
    }

    /** Words that say the target lived: a killing that left them wounded was attempted. */
    static final Set<String> SURVIVAL = Set.of("wound", "wounded", "injure", "injured", "survive", "survived", "hospitalize",
            "hospitalized", "recover", "recovering");
    /** Words that say the target died: they outweigh survival words about others in the sentence. */
    static final Set<String> DEATH = Set.of("die", "died", "dead", "death", "kill", "killed", "murder", "murdered", "body");
    /** Countermeasures whose announcement is the act. */
    static final Set<String> ANNOUNCED = Set.of("expel", "ban", "sanction");

    /** "was shot and wounded", "survived the attack": the sentence says the target lived, and says no one died. */
    static boolean survived(Sentence s) {
        boolean lived = false;
        for (Token t : s.tokens()) {
            if (DEATH.contains(t.lemma()) || DEATH.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return false;
            if (SURVIVAL.contains(t.lemma()) || SURVIVAL.contains(t.word().toLowerCase(java.util.Locale.ROOT))) lived = true;
        }
        return lived;
    }

    private static final Set<String> ARRESTS = Set.of("arrest", "detain", "apprehend", "indict", "convict", "charge",
            "catch", "expel", "jail", "sentence");

    private static boolean isArrest(TriggerHit hit) {
        for (int j = hit.first(); j <= hit.last(); j++) {
            if (ARRESTS.contains(hit.sentence().token(j).lemma())) return true;
        }
        return false;
    }
}
