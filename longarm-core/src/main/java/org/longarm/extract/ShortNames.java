package org.longarm.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;
import org.longarm.pack.Actor;
import org.longarm.pack.PhraseMatcher;

/**
 * A person named by surname alone ("Kim", "Mr Kim", "Chairman Kim") is the person last named in full with that
 * surname in the same article: the leader when the leader was last named, nobody in a pack's list when it was a
 * victim ("Kim Jong-nam") or anyone else; "the leader" is the listed leader named last. No pack lists a bare surname
 * or title, since "Kim" is a victim as often as a leader. One instance per article, fed sentence by sentence in text
 * order.
 */
final class ShortNames {
    /** Words that may stand before a bare surname and belong to the mention. */
    static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "chairman", "president", "leader",
            "premier", "marshal", "general", "gen.", "comrade");

    /** Nouns that, after "the", name a leader already told of ("the leader", "the young dictator"). */
    static final Set<String> LEADER_NOUNS = Set.of("leader", "dictator", "ruler", "strongman");

    /** Surname (lower case, first or last word of a full name) to the actor that full name was, or empty for others. */
    private final Map<String, Optional<Actor>> last = new HashMap<>();
    /** The listed leader named last, for "the leader". */
    private Actor lastLeader;

    /** Short names in the sentence that stand for a listed actor named in full before, as actor hits. */
    List<PhraseMatcher.Hit<Actor>> resolve(String text, Sentence s, List<PhraseMatcher.Hit<Actor>> known) {
        List<PhraseMatcher.Hit<Actor>> out = new ArrayList<>();
        for (int[] run : personRuns(s)) {
            if (run[1] - run[0] != 1) continue;
            Token t = s.token(run[0]);
            if (known.stream().anyMatch(k -> k.start() < t.end() && t.start() < k.end())) continue;
            Optional<Actor> a = last.get(t.word().toLowerCase(Locale.ROOT));
            if (a == null || a.isEmpty()) continue;
            int from = run[0];
            if (from > 0 && TITLES.contains(s.token(from - 1).word().toLowerCase(Locale.ROOT))) from--;
            int start = s.token(from).start();
            out.add(new PhraseMatcher.Hit<>(start, t.end(), text.substring(start, t.end()), a.get()));
        }
        if (lastLeader != null) {
            // "the leader", "the young leader": the listed leader named last, unless "of" says whose
            for (int i = 0; i + 1 < s.size(); i++) {
                if (!s.token(i).lemma().equals("the")) continue;
                int j = i + 1;
                if (j + 1 < s.size() && s.token(j).pos().startsWith("JJ")) j++;
                if (!LEADER_NOUNS.contains(s.token(j).lemma())) continue;
                if (j + 1 < s.size() && (s.token(j + 1).lemma().equals("of") || s.token(j + 1).ner().equals("PERSON"))) continue;
                int start = s.token(i).start();
                int end = s.token(j).end();
                if (known.stream().anyMatch(k -> k.start() < end && start < k.end())) continue;
                out.add(new PhraseMatcher.Hit<>(start, end, text.substring(start, end), lastLeader));
            }
        }
        return out;
    }

    /** Remembers the full names of the sentence: a listed leader's, or anyone else's (which blocks the surname). */
    void learn(Sentence s, List<PhraseMatcher.Hit<Actor>> known) {
        for (int[] run : personRuns(s)) {
            if (run[1] - run[0] < 2) continue;
            Token first = s.token(run[0]);
            Token lastToken = s.token(run[1] - 1);
            Optional<Actor> who = known.stream()
                    .filter(k -> k.value().kind() == Actor.Kind.LEADER && k.start() <= first.start() && lastToken.end() <= k.end() + 1)
                    .map(PhraseMatcher.Hit::value).findFirst();
            last.put(first.word().toLowerCase(Locale.ROOT), who);
            last.put(lastToken.word().toLowerCase(Locale.ROOT), who);
        }
        for (PhraseMatcher.Hit<Actor> k : known) if (k.value().kind() == Actor.Kind.LEADER) lastLeader = k.value();
    }

    /** Runs of tokens tagged PERSON: [from, to). */
    private static List<int[]> personRuns(Sentence s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!s.token(i).ner().equals("PERSON")) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.size() && s.token(j).ner().equals("PERSON")) j++;
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }
}
