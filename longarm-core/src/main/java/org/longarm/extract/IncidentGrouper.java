package org.longarm.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TimeInterval;

/**
 * One incident per real event within an article: mentions of one type are merged unless something tells them
 * apart (explicit times that do not overlap, different counts, different named targets, different countries).
 * The first mention stays first; values come from the most specific mention that states them.
 */
final class IncidentGrouper {
    private static final boolean TRACE = Boolean.getBoolean("longarm.trace");
    private final java.util.function.ToIntFunction<String> rank;
    private final java.util.function.Function<String, String> nationality;

    /**
     * {@code rank} orders perpetrators by how specific they are (a body over a leader over the state);
     * {@code nationality} tells whose people a target phrase names ("South Koreans"), or null.
     */
    IncidentGrouper(java.util.function.ToIntFunction<String> rank, java.util.function.Function<String, String> nationality) {
        this.rank = rank;
        this.nationality = nationality;
    }

    List<ArticleIncident> group(List<ArticleIncident> candidates) {
        List<ArticleIncident> groups = new ArrayList<>();
        for (ArticleIncident c : candidates) {
            int at = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (compatible(groups.get(i), c)) {
                    at = i;
                    break;
                }
            }
            int retold = -1;
            if (at < 0 && retells(c)) {
                // "the defection", "his abduction": told as known, it is the last such event told, whatever place this
                // sentence gives it (often where the news broke); a time of its own still tells it apart
                for (int i = groups.size() - 1; i >= 0; i--) {
                    Apart why = apart(groups.get(i), c);
                    if (why == Apart.COUNTRIES_DIFFER) {
                        if (TRACE) System.err.printf("longarm: %s: %s retold (%s overruled): '%s' / '%s'%n", c.articleId(), c.type(), why,
                                groups.get(i).first().text().substring(0, Math.min(70, groups.get(i).first().text().length())),
                                c.first().text().substring(0, Math.min(90, c.first().text().length())));
                        retold = i;
                        break;
                    }
                    if (why != Apart.TYPE) break;
                }
            }
            if (at < 0 && TRACE) {
                for (ArticleIncident g : groups) {
                    Apart why = apart(g, c);
                    if (why != Apart.TYPE) System.err.printf("longarm: %s: %s kept apart (%s): '%s' / '%s'%n", c.articleId(), c.type(), why,
                            g.first().text().substring(0, Math.min(70, g.first().text().length())),
                            c.first().text().substring(0, Math.min(70, c.first().text().length())));
                }
            }
            if (retold >= 0) groups.set(retold, withMentionOf(groups.get(retold), c));
            else if (at < 0) groups.add(c);
            else groups.set(at, merge(groups.get(at), c));
        }
        return groups;
    }

    /** Why two mentions of one article are kept as two incidents: the rule that tells them apart. */
    enum Apart {
        /** Different types are different events. */
        TYPE,
        /** "other agents", "three more employees": the text says these are new people. */
        ANOTHER,
        /** Explicit times that do not overlap, told in different sentences. */
        TIMES_CLASH,
        /** Both give a number of people, and the numbers differ. */
        COUNTS_DIFFER,
        /** Both name persons, and no name of one can be a name of the other. */
        PERSONS_DIFFER,
        /** One names a person, the other only a group. */
        PERSON_AND_GROUP,
        /** Both name groups, of different nationalities ("South Koreans", "Japanese nationals"). */
        NATIONALITIES_DIFFER,
        /** Both are placed, in different countries. */
        COUNTRIES_DIFFER
    }

    boolean compatible(ArticleIncident a, ArticleIncident b) {
        return apart(a, b) == null;
    }

    /** The first rule that keeps {@code b} apart from {@code a}, or null when {@code b} may retell {@code a}. */
    Apart apart(ArticleIncident a, ArticleIncident b) {
        if (a.type() != b.type()) return Apart.TYPE;
        if (another(b)) return Apart.ANOTHER;
        boolean timesClash = nearTrigger(a) && nearTrigger(b) && !a.time().overlaps(b.time());
        if (timesClash && !sameSentence(a, b)) return Apart.TIMES_CLASH;
        if (a.count() != null && b.count() != null && a.count().value() != b.count().value()) return Apart.COUNTS_DIFFER;
        List<String> pa = persons(a);
        List<String> pb = persons(b);
        if (!pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(x -> pb.stream().anyMatch(y -> sameName(x, y)))) return Apart.PERSONS_DIFFER;
        boolean ga = hasGroup(a);
        boolean gb = hasGroup(b);
        if (!pa.isEmpty() && pb.isEmpty() && gb && !ga || !pb.isEmpty() && pa.isEmpty() && ga && !gb) return Apart.PERSON_AND_GROUP;
        if (ga && gb && !java.util.Objects.equals(groupNationality(a), groupNationality(b))) return Apart.NATIONALITIES_DIFFER;
        if (a.location() != null && b.location() != null && a.location().country() != null && b.location().country() != null
                && !a.location().country().equals(b.location().country())) return Apart.COUNTRIES_DIFFER;
        return null;
    }

    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile(
            "(?i)\\b(the|his|her|their|its|this|that|these)\\s+(?:[\\w-]+\\s+){0,2}$");

    /**
     * A mention that tells its event as already known: its trigger a noun after a definite determiner or a
     * possessive ("the defection", "his abduction", "the reported killing"). A definite subject ("The official
     * ...") is not enough: it often brings in a new person.
     */
    static boolean retells(ArticleIncident b) {
        Mention m = b.first();
        if (m.trigger() == null) return false;
        int at = m.trigger().start() - m.span().start();
        if (at < 0 || at > m.text().length()) return false;
        String before = m.text().substring(0, at);
        return DEFINITE.matcher(before).find();
    }

    /** A retelling adds its evidence, not its values: its time and place are often the report's. */
    private static ArticleIncident withMentionOf(ArticleIncident a, ArticleIncident b) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        for (Mention m : b.mentions()) {
            if (mentions.stream().noneMatch(x -> x.span().equals(m.span()))) mentions.add(m);
        }
        return new ArticleIncident(a.articleId(), a.type(), a.status(), a.originState(), a.perpetrator(), a.targets(),
                a.count(), a.location(), a.time(), mentions);
    }

    /** How far from its trigger, in characters, a time still dates the act rather than a report of it. */
    static final int TIME_NEAR_TRIGGER = 100;

    /**
     * The incident's time is told next to its trigger ("defected in November"), not elsewhere in the sentence ("Asked
     * by AFP on Tuesday, ..."): only such times can tell two mentions apart.
     */
    static boolean nearTrigger(ArticleIncident i) {
        if (i.time().expression() == null) return false;
        Mention m = i.first();
        if (i.time().span() == null || m.trigger() == null) return true;
        int t = i.time().span().start();
        return Math.abs(t - m.trigger().start()) <= TIME_NEAR_TRIGGER || Math.abs(t - m.trigger().end()) <= TIME_NEAR_TRIGGER;
    }

    /** "Other agents have also disappeared", "three more employees escaped": the text says these are new people. */
    private static boolean another(ArticleIncident b) {
        String[] opening = b.first().text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+", 8);
        for (int i = 0; i < Math.min(6, opening.length); i++) {
            if (opening[i].equals("other") || opening[i].equals("another")) return true;
        }
        for (Target t : b.targets()) {
            for (String w : t.name().toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (w.equals("other") || w.equals("another") || w.equals("more")) return true;
            }
        }
        return false;
    }

    /** Two triggers of one type in one sentence tell of one act unless their people or numbers differ. */
    private static boolean sameSentence(ArticleIncident a, ArticleIncident b) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                if (x.span().overlaps(y.span())) return true;
            }
        }
        return false;
    }

    private static boolean hasGroup(ArticleIncident a) {
        return a.targets().stream().anyMatch(t -> t.kind() == TargetKind.GROUP);
    }

    private String groupNationality(ArticleIncident a) {
        for (Target t : a.targets()) {
            if (t.kind() == TargetKind.GROUP) {
                String n = nationality.apply(t.name());
                if (n != null) return n;
            }
        }
        return null;
    }

    private static List<String> persons(ArticleIncident a) {
        return a.targets().stream().filter(t -> t.kind() == TargetKind.PERSON).map(Target::name).toList();
    }

    /**
     * Two targets can be one person: proper names when they are written alike or one holds all the words of the
     * other (a shared surname is not enough: {@link org.longarm.link.Names}); two roles when their head nouns agree
     * ("a senior official", "the official"); a name and a role always may.
     */
    static boolean sameName(String x, String y) {
        boolean px = org.longarm.link.Names.isProperName(x);
        boolean py = org.longarm.link.Names.isProperName(y);
        if (px && py) return org.longarm.link.Names.samePerson(org.longarm.link.Names.words(x), org.longarm.link.Names.words(y));
        if (px || py) return true;
        return org.longarm.link.Names.head(x).equals(org.longarm.link.Names.head(y));
    }

    ArticleIncident merge(ArticleIncident a, ArticleIncident b) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        for (Mention m : b.mentions()) {
            if (mentions.stream().noneMatch(x -> x.span().equals(m.span()))) mentions.add(m);
        }
        Perpetrator p = a.perpetrator();
        if (b.perpetrator() != null && (p == null || rank(b.perpetrator()) > rank(p))) p = b.perpetrator();
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Target t : a.targets()) targets.putIfAbsent(t.name(), t);
        for (Target t : b.targets()) targets.putIfAbsent(t.name(), t);
        Place place = a.location();
        if (b.location() != null && (place == null || b.location().specificity() > place.specificity())) place = b.location();
        TimeInterval time = a.time().expression() != null || b.time().expression() == null ? a.time() : b.time();
        if (a.time().expression() != null && b.time().expression() != null && !a.time().overlaps(b.time())
                && days(b.time()) < days(a.time())) time = b.time();
        Status status = Status.furthest(a.status(), b.status());
        return new ArticleIncident(a.articleId(), a.type(), status, a.originState(), p, new ArrayList<>(targets.values()),
                a.count() != null ? a.count() : b.count(), place, time, mentions);
    }

    /** The length of an interval in days; open intervals count as endless. */
    private static long days(TimeInterval t) {
        if (t.from() == null || t.to() == null) return Long.MAX_VALUE;
        return java.time.temporal.ChronoUnit.DAYS.between(t.from(), t.to());
    }

    private int rank(Perpetrator p) {
        return rank.applyAsInt(p.name());
    }

}
