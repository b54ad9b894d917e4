package org.longarm.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.longarm.model.TargetCount;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/**
 * Who an incident is aimed at and how many: named persons in the clause, and a counted group ("12 female workers
 * and their manager" is 13, "as many as seven members" is 7, "more than 500" is 500). A count is read only where
 * the text gives a number next to a word for people.
 */
final class TargetReader {
    /** Whether a token names a people ("Koreans", "Iranians"): the pack's ROLE words and the gazetteer's demonyms. */
    private final java.util.function.Predicate<Token> people;

    /** {@code people} tells whether a token names a people; the engine lists no nationality itself. */
    TargetReader(java.util.function.Predicate<Token> people) {
        this.people = people;
    }

    private static final Set<String> PEOPLE = Set.copyOf(List.of("worker", "official", "officer", "diplomat", "employee", "member",
            "agent", "soldier", "student", "woman", "man", "people", "person", "defector", "refugee", "escapee", "waitress", "staff", "crew", "fisherman", "citizen", "national", "spy", "operative", "child",
            "family", "relative", "missionary", "pastor", "activist", "sailor", "laborer", "labourer", "individual",
            "girl", "boy", "teenager", "prisoner", "detainee", "asylum-seeker", "seeker", "men", "women", "cadre",
            "minder", "guard", "trader", "smuggler", "broker", "dissident", "renegade", "traitor", "defector", "escapee",
            "foreigner", "journalist", "nephew", "brother", "half-brother", "uncle", "son",
            "daughter", "wife", "husband", "manager", "critic", "leader", "mother", "father", "southerner", "major",
            "colonel", "lieutenant", "captain", "sergeant", "general", "private", "resident", "villager", "aide"));
    /** "the daughter of Jo": the named person is not the target, the relative is. */
    private static final Set<String> RELATIVES = Set.of("daughter", "son", "wife", "husband", "nephew", "niece", "brother",
            "sister", "mother", "father", "uncle", "aunt", "cousin", "child", "children", "family", "relative", "half-brother");
    private static final Set<String> PERPETRATOR_SIDE = Set.of("agent", "officer", "operative", "spy", "official");
    private static final Set<String> ONE_MORE = Set.of("manager", "supervisor", "leader", "boss", "husband", "wife",
            "guide", "chief", "head", "minder", "daughter", "son", "mother", "father", "broker");

    record Found(List<org.longarm.model.Target> targets, TargetCount count) {}

    Found read(String articleId, Sentence s, TriggerHit hit, Set<Integer> excluded) {
        List<org.longarm.model.Target> targets = new ArrayList<>();
        int[] scope = Words.scope(s, hit.first(), hit.last());
        for (int i = scope[0]; i <= scope[1]; i++) {
            if (excluded.contains(i) || !s.token(i).ner().equals("PERSON")) continue;
            if (i > 1 && s.token(i - 1).lemma().equals("of") && RELATIVES.contains(s.token(i - 2).lemma())) continue;
            int j = i;
            while (j + 1 <= scope[1] && s.token(j + 1).ner().equals("PERSON") && !excluded.contains(j + 1)) j++;
            TextSpan span = new TextSpan(articleId, s.token(i).start(), s.token(j).end());
            targets.add(new org.longarm.model.Target(join(s, i, j), TargetKind.PERSON, span));
            i = j;
        }
        TargetCount best = null;
        org.longarm.model.Target group = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            if (excluded.contains(i)) continue;
            Integer n = number(s.token(i));
            if (n == null || n <= 1 || s.token(i).ner().equals("DATE") || s.token(i).ner().equals("MONEY")
                    || s.token(i).ner().equals("PERCENT")) continue;
            int noun = peopleNoun(s, i + 1);
            if (noun < 0 && i > 0 && s.token(i - 1).lemma().equals("the") && i + 1 < s.size()
                    && (s.token(i + 1).isVerb() || s.token(i + 1).lemma().equals("have"))) {
                noun = i; // "The seven had escaped": the number stands for the people
            }
            if (noun < 0) continue;
            int value = n;
            int end = noun;
            if (noun + 3 < s.size() && s.token(noun + 1).lemma().equals("and")
                    && Set.of("their", "his", "her", "a").contains(s.token(noun + 2).word().toLowerCase(Locale.ROOT))
                    && ONE_MORE.contains(s.token(noun + 3).lemma()) && s.token(noun + 3).pos().equals("NN")) {
                value += 1;
                end = noun + 3;
            }
            int start = modifierStart(s, i);
            int distance = Math.abs(i - hit.head());
            if (distance < bestDistance) {
                bestDistance = distance;
                TextSpan span = new TextSpan(articleId, s.token(start).start(), s.token(end).end());
                best = new TargetCount(value, span);
                group = new org.longarm.model.Target(join(s, start, end), TargetKind.GROUP, span);
            }
        }
        TargetCount household = household(articleId, s, hit);
        if (household != null && (best == null || Math.abs(s.tokenAt(household.span().start()) - hit.head()) < bestDistance)) {
            best = household;
        }
        if (group != null) targets.add(group);
        org.longarm.model.Target role = role(articleId, s, hit, excluded);
        if (role != null && targets.stream().noneMatch(t -> t.span().overlaps(role.span()))) targets.add(role);
        return new Found(targets, best);
    }

    /**
     * The people a trigger is about, named by their role: the subject of a defection ("a senior official ... fled",
     * "members ... who have fled"), else the object ("to monitor government officials", "to silence the renegades").
     * Singular roles are PERSON targets, plural ones GROUP targets.
     */
    private org.longarm.model.Target role(String articleId, Sentence s, TriggerHit hit, Set<Integer> excluded) {
        boolean subject = hit.type() == org.longarm.model.IncidentType.DEFECTION || hit.headToken().pos().equals("VBN");
        int noun = -1;
        if (subject) {
            for (int j = hit.first() - 1; j >= Math.max(0, hit.first() - 12); j--) {
                Token t = s.token(j);
                if (Words.isClauseBreak(t)) break;
                if (isPeople(t) && !excluded.contains(j)) {
                    noun = j;
                    break;
                }
            }
            boolean opensWithOthers = false;
            for (int j = 0; j < Math.min(s.size(), 5); j++) {
                if (s.token(j).lemma().equals("other") || s.token(j).lemma().equals("another")) opensWithOthers = true;
            }
            if (noun < 0 && (Words.clauseStart(s, hit.first()) == 0 || opensWithOthers)) {
                for (int j = 0; j < Math.min(hit.first(), 6); j++) {
                    if (isPeople(s.token(j)) && !excluded.contains(j)) {
                        noun = j;
                        break;
                    }
                }
            }
        }
        if (noun < 0) {
            for (int j = hit.last() + 1; j < Math.min(s.size(), hit.last() + 13); j++) {
                Token t = s.token(j);
                if (Words.isClauseBreak(t) || t.word().equals(".") || t.lemma().equals("by")) break;
                boolean perpetratorSide = hit.type() == org.longarm.model.IncidentType.PURSUIT && PERPETRATOR_SIDE.contains(t.lemma());
                if (isPeople(t) && !excluded.contains(j) && !perpetratorSide) {
                    noun = j;
                    break;
                }
            }
        }
        if (noun < 0) return null;
        int start = noun;
        while (start > 0 && (s.token(start - 1).pos().startsWith("JJ") || s.token(start - 1).pos().startsWith("NN")
                || s.token(start - 1).pos().equals("DT") || s.token(start - 1).pos().equals("CD")
                || s.token(start - 1).pos().equals("PRP$") || s.token(start - 1).pos().equals("HYPH"))
                && !excluded.contains(start - 1) && !s.token(start - 1).ner().equals("PERSON")) start--;
        TextSpan span = new TextSpan(articleId, s.token(start).start(), s.token(noun).end());
        TargetKind kind = s.token(noun).isPluralNoun() ? TargetKind.GROUP : TargetKind.PERSON;
        return new org.longarm.model.Target(join(s, start, noun), kind, span);
    }

    private boolean isPeople(Token t) {
        return t.isNoun() && (PEOPLE.contains(t.lemma()) || t.pos().equals("NNPS") && t.lemma().endsWith("s") || people.test(t));
    }

    private static String join(Sentence s, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            if (k > i && s.token(k).start() > s.token(k - 1).end()) sb.append(' ');
            sb.append(s.token(k).word());
        }
        return sb.toString();
    }

    /**
     * A person who left with family: "with his wife and two sons" is four people; "a family of three" is three.
     * "with his family" gives no number.
     */
    private static TargetCount household(String articleId, Sentence s, TriggerHit hit) {
        TargetCount kin = kinList(articleId, s, hit);
        if (kin != null) return kin;
        for (int i = Math.max(0, hit.first() - 16); i + 2 < Math.min(s.size(), hit.last() + 12); i++) {
            Token t = s.token(i);
            if (t.lemma().equals("family") && s.token(i + 1).lemma().equals("of")) {
                Integer n = number(s.token(i + 2));
                if (n != null && n > 1) return new TargetCount(n, new TextSpan(articleId, t.start(), s.token(i + 2).end()));
            }
            if (t.lemma().equals("with") && i + 5 < s.size()) {
                String pron = s.token(i + 1).word().toLowerCase(Locale.ROOT);
                String spouse = s.token(i + 2).lemma();
                if ((pron.equals("his") || pron.equals("her")) && (spouse.equals("wife") || spouse.equals("husband"))
                        && s.token(i + 3).lemma().equals("and")) {
                    Integer n = number(s.token(i + 4));
                    String kids = s.token(i + 5).lemma();
                    if (n != null && Set.of("son", "daughter", "child", "children", "kid").contains(kids)) {
                        return new TargetCount(2 + n, new TextSpan(articleId, t.start(), s.token(i + 5).end()));
                    }
                }
            }
        }
        return null;
    }

    private static final java.util.Map<String, Integer> KIN = java.util.Map.ofEntries(java.util.Map.entry("mother", 1),
            java.util.Map.entry("father", 1), java.util.Map.entry("sister", 1), java.util.Map.entry("brother", 1),
            java.util.Map.entry("wife", 1), java.util.Map.entry("husband", 1), java.util.Map.entry("son", 1),
            java.util.Map.entry("daughter", 1), java.util.Map.entry("grandmother", 1), java.util.Map.entry("grandfather", 1),
            java.util.Map.entry("uncle", 1), java.util.Map.entry("aunt", 1), java.util.Map.entry("parents", 2),
            java.util.Map.entry("grandparents", 2), java.util.Map.entry("parent", 2), java.util.Map.entry("grandparent", 2));

    /** Relatives listed one by one: "his mother and younger sister" are two, "his parents and brother" three. */
    private static TargetCount kinList(String articleId, Sentence s, TriggerHit hit) {
        int from = Math.max(0, hit.first() - 12);
        int to = Math.min(s.size(), hit.last() + 12);
        for (int i = from; i < to; i++) {
            Integer first = KIN.get(s.token(i).word().toLowerCase(Locale.ROOT));
            if (first == null) continue;
            int total = first;
            int members = 1;
            int end = i;
            int j = i + 1;
            while (j < to) {
                String w = s.token(j).word().toLowerCase(Locale.ROOT);
                if (w.equals("and") || w.equals(",") || s.token(j).pos().startsWith("JJ") || s.token(j).pos().equals("PRP$")) {
                    j++;
                    continue;
                }
                Integer next = KIN.get(w);
                if (next == null) break;
                total += next;
                members++;
                end = j;
                j++;
            }
            if (members >= 2) return new TargetCount(total, new TextSpan(articleId, s.token(i).start(), s.token(end).end()));
            i = j - 1;
        }
        return null;
    }

    /** "as many as seven", "more than 500", "some 20": the modifiers before a number belong to the count's span. */
    private static int modifierStart(Sentence s, int i) {
        int j = i;
        while (j > 0 && Set.of("as", "many", "more", "than", "some", "about", "around", "at", "least", "up", "to", "nearly",
                "almost", "over", "roughly", "approximately", "a", "group", "of").contains(s.token(j - 1).lemma())) j--;
        return j;
    }

    /** Index of a word for people within three tokens after a number ("13 North Koreans", "three more employees"). */
    private int peopleNoun(Sentence s, int from) {
        if (from + 1 < s.size() && s.token(from).lemma().equals("of")) {
            from += s.token(from + 1).lemma().equals("the") ? 2 : 1;
        }
        for (int j = from; j < Math.min(s.size(), from + 6); j++) {
            Token t = s.token(j);
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isNoun() && (PEOPLE.contains(l) || people.test(t))) return j;
            if (t.pos().equals("NNPS") || t.pos().equals("NNP") && people.test(t)) return j;
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("RBR") || t.lemma().equals("more")
                    || t.pos().equals("HYPH") || t.pos().equals("VBN"))) return -1;
        }
        return -1;
    }

    static Integer number(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d{1,6}")) return Integer.parseInt(w);
        return switch (w) {
            case "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5;
            case "six" -> 6; case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10;
            case "eleven" -> 11; case "twelve" -> 12; case "thirteen" -> 13; case "fourteen" -> 14; case "fifteen" -> 15;
            case "sixteen" -> 16; case "seventeen" -> 17; case "eighteen" -> 18; case "nineteen" -> 19; case "twenty" -> 20;
            case "thirty" -> 30; case "forty" -> 40; case "fifty" -> 50; case "dozen" -> 12;
            default -> null;
        };
    }
}
