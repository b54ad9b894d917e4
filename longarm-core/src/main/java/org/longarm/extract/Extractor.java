package org.longarm.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.longarm.extract.time.TimeExpressions;
import org.longarm.extract.time.TimeMention;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;
import org.longarm.nlp.NlpDoc;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;
import org.longarm.pack.Actor;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Gazetteer;
import org.longarm.pack.PhraseMatcher;

/**
 * Front door of extraction: from an annotated article to the incidents it reports, each value with its span.
 * Stateless between articles; the stages it composes are small and final.
 */
public final class Extractor {
    /** -Dlongarm.trace=true prints each trigger that was dropped and why, for users asking why nothing was coded. */
    private static final boolean TRACE = Boolean.getBoolean("longarm.trace");

    private final DomainPack pack;
    private final TriggerFinder triggers;
    private final HitResolver resolver = new HitResolver();
    private final EventFilter filter = new EventFilter();
    private final StatusReader status = new StatusReader();
    private final TargetReader targets;
    private final AttributionFinder attributions;
    private final IncidentGrouper grouper;
    private final PlaceReader places;

    public Extractor(DomainPack pack) {
        this.pack = pack;
        this.triggers = new TriggerFinder(pack.triggers());
        java.util.Set<String> roles = pack.classWords("ROLE");
        this.targets = new TargetReader(t -> roles.contains(t.lemma()) || isDemonym(t.word()) && t.isPluralNoun());
        this.attributions = new AttributionFinder(pack);
        this.places = new PlaceReader(pack.gazetteer(), pack.originState());
        java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
        for (Actor a : pack.actors()) ranks.put(a.name(), a.specificity());
        this.grouper = new IncidentGrouper(name -> ranks.getOrDefault(name, 0), this::nationality);
    }

    /** A word as written that the gazetteer knows as a people, alone or as a plural ("Iranian", "Uyghurs"). */
    private boolean isDemonym(String word) {
        for (String w : word.endsWith("s") ? new String[] {word, word.substring(0, word.length() - 1)} : new String[] {word}) {
            if (w.isEmpty()) continue;
            for (Gazetteer.PlaceMatch m : pack.gazetteer().find(w, 0, w.length())) {
                if (m.demonym() && m.start() == 0 && m.end() == w.length()) return true;
            }
        }
        return false;
    }

    /** The state view this extractor reads with. */
    public DomainPack pack() {
        return pack;
    }

    public List<ArticleIncident> extract(Article article, NlpDoc doc) {
        if (EventFilter.fictionArticle(doc.sentences())) {
            if (TRACE) System.err.printf("longarm: %s: every trigger dropped: a review of fiction%n", article.id());
            return List.of();
        }
        String text = doc.text();
        String id = article.id();
        LocalDate published = article.publishedDate();
        List<ArticleIncident> found = new ArrayList<>();
        java.util.Map<ArticleIncident, Integer> unnamedHostActs = new java.util.IdentityHashMap<>();
        List<ActorMention> hostNamed = new ArrayList<>();
        Attribution previousSource = null;
        ActorMention lastOrigin = null;
        ActorMention lastHost = null;
        int hostAge = 0;
        List<TimeMention> previousTimes = List.of();
        Place setting = null;
        int settingAge = 0;
        ShortNames shortNames = new ShortNames();
        java.util.Set<String> articleLemmas = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) for (Token t : s.tokens()) articleLemmas.add(t.lemma());
        for (Sentence s : doc.sentences()) {
            int dateline = datelineEnd(text, s.start());
            SourceClause source = attributions.find(id, text, s, previousSource);
            if (source.attribution().kind() != AttributionKind.AUTHOR) previousSource = source.attribution();
            List<ActorMention> actors = actors(text, s, source, dateline, shortNames);
            List<TimeMention> times = new ArrayList<>();
            for (TimeMention t : TimeExpressions.find(text, s.start(), s.end(), published)) {
                int ti = s.tokenAt(t.start());
                if (!source.covers(ti) && t.start() >= dateline) times.add(t);
            }
            List<TimeMention> usableTimes = times.isEmpty() && (continues(s) || ANAPHORIC_TIME.matcher(s.text(text)).find())
                    ? previousTimes : times;
            Place here = places.setting(id, text, s, source, dateline);
            for (TriggerHit hit : resolver.resolve(triggers.find(s, articleLemmas))) {
                EventFilter.Rejection rejected = source.covers(hit.head()) ? null : filter.rejects(hit);
                String why = source.covers(hit.head()) ? "inside the reporting clause" : rejected == null ? null : rejected.toString();
                TriggerHit settled = why == null ? settleActors(text, hit, actors, lastHost) : null;
                if (why == null && settled == null) why = "the acting state does not fit the type";
                if (why != null) {
                    if (TRACE) System.err.printf("longarm: %s: %s '%s' dropped: %s%n", id, hit.type(), hit.headToken().word(), why);
                    continue;
                }
                ArticleIncident ai = incident(article, text, s, settled, source, actors, lastOrigin, lastHost, usableTimes, dateline);
                if (isLabel(s, settled, ai)) {
                    if (TRACE) System.err.printf("longarm: %s: %s '%s' dropped: a label ('who fled')%n", id, hit.type(), hit.headToken().word());
                    continue;
                }
                if (ai.location() == null && setting != null && CARRIES_PLACE.contains(ai.type())) ai = withPlace(ai, setting);
                if (ai.perpetrator() == null && ai.type() == IncidentType.COUNTERMEASURE) unnamedHostActs.put(ai, s.index());
                found.add(ai);
            }
            hostNamed.add(listedHost(text, s, dateline));
            boolean hostHere = false;
            for (ActorMention a : actors) {
                if (a.actor().kind() == Actor.Kind.HOST) {
                    lastHost = a;
                    hostHere = true;
                } else if (a.actor().state().equals(pack.originState())) {
                    lastOrigin = a;
                }
            }
            if (!hostHere && hostAge++ >= 1) lastHost = null;
            if (hostHere) hostAge = 0;
            if (!times.isEmpty()) previousTimes = times;
            if (here != null) {
                setting = here;
                settingAge = 0;
            } else if (++settingAge > 2) {
                setting = null;
            }
        }
        found.replaceAll(ai -> unnamedHostActs.containsKey(ai) ? namedLater(ai, unnamedHostActs.get(ai), hostNamed) : ai);
        return foiled(grouper.group(found));
    }

    /** How many sentences after an arrest told without its doer the host body that made it may be named. */
    static final int NAMED_LATER_WITHIN = 2;

    /**
     * "Two people have been arrested in New York ... The Justice Department said ...": news tells an arrest first
     * and who made it after; a countermeasure with no doer takes the listed host body named in the next sentences,
     * when that body's state is where the arrest happened (or the place is unknown).
     */
    private static ArticleIncident namedLater(ArticleIncident ai, int sentence, List<ActorMention> hostNamed) {
        for (int j = sentence + 1; j <= Math.min(hostNamed.size() - 1, sentence + NAMED_LATER_WITHIN); j++) {
            ActorMention a = hostNamed.get(j);
            if (a == null) continue;
            if (ai.location() != null && ai.location().country() != null && !ai.location().country().equals(a.actor().state())) return ai;
            Perpetrator p = new Perpetrator(a.actor().name(), a.text(), new TextSpan(ai.articleId(), a.start(), a.end()));
            return new ArticleIncident(ai.articleId(), ai.type(), ai.status(), ai.originState(), p, ai.targets(), ai.count(),
                    ai.location(), ai.time(), ai.mentions());
        }
        return ai;
    }

    /** The first host body of the pack's lists named in a sentence (its reporting clause included), or null. */
    private ActorMention listedHost(String text, Sentence s, int dateline) {
        for (PhraseMatcher.Hit<Actor> h : pack.actorMatcher().find(text, Math.max(s.start(), dateline), s.end())) {
            if (h.value().kind() == Actor.Kind.HOST) return new ActorMention(h.start(), h.end(), h.text(), h.value());
        }
        return null;
    }

    /**
     * Organs of states the pack does not list by name: a demonym and a word for an official body ("Mongolian police",
     * "Thai immigration officials") is that state's organ, named as written.
     */
    private List<PhraseMatcher.Hit<Actor>> hostBodies(String text, Sentence s, List<PhraseMatcher.Hit<Actor>> known) {
        List<PhraseMatcher.Hit<Actor>> out = new ArrayList<>();
        for (Gazetteer.PlaceMatch m : pack.gazetteer().find(text, s.start(), s.end())) {
            String country = m.entry().country();
            if (country == null || country.equals(pack.originState())) continue;
            if (!m.demonym()) {
                // "Japan put him on a plane", "Thailand has deported them": a state named as the subject acts as host
                if (m.entry().kind() == Gazetteer.Kind.COUNTRY && actsAsSubject(s, s.tokenAt(m.end() - 1))
                        && known.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                    out.add(new PhraseMatcher.Hit<>(m.start(), m.end(), m.asWritten(),
                            new Actor(m.entry().name(), Actor.Kind.HOST, country, List.of(m.asWritten()))));
                }
                continue;
            }
            int ti = s.tokenAt(m.start());
            int j = s.tokenAt(m.end() - 1) + 1;
            if (j >= s.size() || !HOST_BODIES.contains(s.token(j).word().toLowerCase(java.util.Locale.ROOT))) continue;
            if (j + 1 < s.size() && HOST_BODIES.contains(s.token(j + 1).word().toLowerCase(java.util.Locale.ROOT))) j++;
            int start = m.start();
            int end = s.token(j).end();
            if (known.stream().anyMatch(k -> k.value().kind() == Actor.Kind.HOST && k.start() < end && start < k.end())) continue;
            String name = text.substring(start, end);
            out.add(new PhraseMatcher.Hit<>(start, end, name, new Actor(name, Actor.Kind.HOST, country, List.of(name))));
        }
        return out;
    }

    /** A name followed by its verb ("Japan deported", "Laos has handed"): the subject of a clause. */
    private static boolean actsAsSubject(Sentence s, int last) {
        int j = last + 1;
        if (j < s.size() && (s.token(j).lemma().equals("have") || s.token(j).pos().equals("MD"))) j++;
        return j < s.size() && (s.token(j).pos().equals("VBD") || s.token(j).pos().equals("VBZ") || s.token(j).pos().equals("VBN"));
    }

    /**
     * Who acts decides some types: arrests by the origin state's own organs are no countermeasure, and a return to
     * the origin state that no host state carries out, done by the origin state's people, is an abduction.
     * Returns null when the trigger does not stand.
     */
    private TriggerHit settleActors(String text, TriggerHit hit, List<ActorMention> actors, ActorMention lastHost) {
        int head = hit.headToken().start();
        ActorMention nearest = null;
        for (ActorMention a : actors) if (a.end() <= head) nearest = a;
        boolean originActs = nearest != null && nearest.actor().kind() != Actor.Kind.HOST
                && nearest.actor().state().equals(pack.originState());
        Sentence s = hit.sentence();
        boolean passive = hit.headToken().pos().equals("VBN") && hit.head() > 0
                && (Words.BE.contains(s.token(hit.head() - 1).lemma()) || hit.head() > 1 && Words.BE.contains(s.token(hit.head() - 2).lemma()));
        if (hit.type() == IncidentType.COUNTERMEASURE && originActs && !passive) return null;
        if (passive && hit.type() != IncidentType.COUNTERMEASURE && hit.type() != IncidentType.FORCED_RETURN
                && hit.type() != IncidentType.DEFECTION && byForeigners(text, s, hit)) return null;
        if (hit.type() == IncidentType.FORCED_RETURN && !LEGAL_RETURNS.contains(hit.headToken().lemma())) {
            boolean host = actors.stream().anyMatch(a -> a.actor().kind() == Actor.Kind.HOST) || lastHost != null;
            if (!host || originActs) {
                boolean origin = originActs || actors.stream().anyMatch(a -> a.actor().kind() != Actor.Kind.HOST
                        && (a.actor().kind() != Actor.Kind.STATE || PEOPLE_OF_STATE.matcher(a.text()).find()));
                if (!origin) return hit;
                return new TriggerHit(IncidentType.ABDUCTION, hit.sentence(), hit.head(), hit.first(), hit.last(),
                        hit.impliedStatus(), hit.pattern());
            }
        }
        return hit;
    }

    /** Returns only a host state can make (a court, immigration): never an abduction, whoever is named near them. */
    static final java.util.Set<String> LEGAL_RETURNS = java.util.Set.of("extradite", "extradition", "deport", "deportation",
            "expel", "expulsion");

    /** "kidnapped by South Korean agents": an act done by another state's people is not the origin state's. */
    private boolean byForeigners(String text, Sentence s, TriggerHit hit) {
        for (int j = hit.last() + 1; j < Math.min(s.size() - 1, hit.last() + 3); j++) {
            if (!s.token(j).lemma().equals("by")) continue;
            int from = s.token(j + 1).start();
            int to = s.token(Math.min(s.size() - 1, j + 4)).end();
            for (Gazetteer.PlaceMatch m : pack.gazetteer().find(text, from, to)) {
                int ti = s.tokenAt(m.start());
                boolean placeAfter = false;
                for (int k = j + 1; k < ti; k++) {
                    String l = s.token(k).lemma();
                    if (l.equals("in") || l.equals("at") || l.equals("on") || l.equals("near")) placeAfter = true;
                }
                if (m.demonym() && !placeAfter && m.entry().country() != null && !pack.originState().equals(m.entry().country())) return true;
            }
            return false;
        }
        return false;
    }

    /** The country whose people a phrase names ("South Koreans", "Japanese nationals"), when not the origin state. */
    private String nationality(String phrase) {
        for (Gazetteer.PlaceMatch m : pack.gazetteer().find(phrase, 0, phrase.length())) {
            if (!pack.originState().equals(m.entry().country())) return m.entry().country();
        }
        return null;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([A-Z]{3,}[A-Z .'/-]*|[A-Z][a-z]+)(,[^()\\n–—]{0,30}?)?\\s*(\\([^)]{1,40}\\))?\\s*(--|–|—|-)\\s");

    /**
     * Where a dateline such as "SEOUL, Aug. 18 (Yonhap) --" at the start of a sentence ends (else the sentence's
     * start): its date and place are the report's, not the event's.
     */
    static int datelineEnd(String text, int sentenceStart) {
        java.util.regex.Matcher m = DATELINE.matcher(text.substring(sentenceStart, Math.min(text.length(), sentenceStart + 160)));
        if (!m.find()) return sentenceStart;
        boolean capitals = m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT));
        return capitals || m.group(3) != null ? sentenceStart + m.end() : sentenceStart;
    }

    /**
     * "the traitors who fled to the South", "workers who escaped": a defection told only in a relative clause, with
     * no time and no name, describes who people are rather than an act.
     */
    private static boolean isLabel(Sentence s, TriggerHit hit, ArticleIncident ai) {
        if (ai.type() != IncidentType.DEFECTION || ai.time().expression() != null || ai.count() != null) return false;
        if (ai.targets().stream().anyMatch(t -> t.kind() == org.longarm.model.TargetKind.PERSON
                && Character.isUpperCase(t.name().charAt(0)) && t.name().contains(" "))) return false;
        int j = hit.first() - 1;
        while (j >= 0 && (s.token(j).pos().startsWith("RB") || s.token(j).lemma().equals("have") || s.token(j).lemma().equals("be"))) j--;
        return j >= 0 && (s.token(j).lemma().equals("who") || s.token(j).lemma().equals("that") && s.token(j).pos().equals("WDT"));
    }

    /** Acts abroad happen where the story is set; defections, coercion at home and executions do not take it. */
    private static final java.util.Set<IncidentType> CARRIES_PLACE = java.util.EnumSet.of(IncidentType.ABDUCTION,
            IncidentType.ASSASSINATION, IncidentType.PURSUIT, IncidentType.SURVEILLANCE, IncidentType.FORCED_RETURN,
            IncidentType.THREAT);

    private static ArticleIncident withPlace(ArticleIncident a, Place p) {
        return new ArticleIncident(a.articleId(), a.type(), a.status(), a.originState(), a.perpetrator(), a.targets(), a.count(),
                p, a.time(), a.mentions());
    }

    /**
     * "A plot stopped by arrests gives an ASSASSINATION (FOILED) and a COUNTERMEASURE": a planned killing or abduction
     * in an article that also reports arrests over it is foiled, even when the arrests are told in another sentence.
     */
    private static List<ArticleIncident> foiled(List<ArticleIncident> incidents) {
        boolean arrests = incidents.stream().anyMatch(i -> i.type() == IncidentType.COUNTERMEASURE && i.status() == Status.COMPLETED
                && i.mentions().stream().anyMatch(m -> m.trigger() != null && ARRESTED.matcher(m.text()).find()));
        if (!arrests) return incidents;
        List<ArticleIncident> out = new ArrayList<>();
        for (ArticleIncident i : incidents) {
            boolean plot = (i.type() == IncidentType.ASSASSINATION || i.type() == IncidentType.ABDUCTION) && i.status() == Status.PLANNED;
            out.add(plot ? new ArticleIncident(i.articleId(), i.type(), Status.FOILED, i.originState(), i.perpetrator(), i.targets(),
                    i.count(), i.location(), i.time(), i.mentions()) : i);
        }
        return out;
    }

    private static final java.util.regex.Pattern ARRESTED = java.util.regex.Pattern.compile(
            "(?i)\\b(arrest|detain|apprehend|indict|convict|jail|sentenc|charg)\\w*");

    /** Times that point back to one told before: "that day", "the same night", "days later", "at the time". */
    private static final java.util.regex.Pattern ANAPHORIC_TIME = java.util.regex.Pattern.compile(
            "(?i)\\b(that|the same|the next|the following) (day|night|morning|evening|afternoon|week|weekend)\\b"
                    + "|\\b(hours|days) later\\b|\\bat the time\\b|\\bafter the incident\\b|\\bshortly afterwards?\\b");

    /** A sentence that goes on about the same people ("The three men ...", "They ...") keeps the time of the one before. */
    private static boolean continues(Sentence s) {
        Token first = s.token(0);
        String l = first.lemma();
        return Words.PRONOUNS.contains(l) || l.equals("the") && s.size() > 1 && s.token(1).pos().equals("CD");
    }

    private ArticleIncident incident(Article article, String text, Sentence s, TriggerHit hit, SourceClause source,
                                     List<ActorMention> actors, ActorMention lastOrigin, ActorMention lastHost,
                                     List<TimeMention> times, int dateline) {
        String id = article.id();
        IncidentType type = hit.type();
        Status st = status.read(hit);
        boolean hedged = hedged(text, s, hit);
        ActorMention perp = perpetrator(text, type, s, hit, actors, lastOrigin,
                type == IncidentType.COUNTERMEASURE ? announcer(text, s, source, lastHost) : lastHost);
        Set<Integer> excluded = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (source.covers(i)) excluded.add(i);
            for (ActorMention a : actors) {
                if (s.token(i).start() >= a.start() && s.token(i).end() <= a.end()) excluded.add(i);
            }
        }
        TargetReader.Found tf = targets.read(id, s, hit, excluded);
        Place place = places.read(id, type, text, s, hit, source, perp, actors, dateline);
        TimeInterval time = time(id, hit, times, article.publishedDate());
        int[] ev = evidence(s, source);
        int from = Math.min(ev[0], hit.first());
        int to = Math.max(ev[1], hit.last());
        TextSpan span = new TextSpan(id, s.token(from).start(), s.token(to).end());
        Token head = hit.headToken();
        Mention m = new Mention(span, span.of(text), type, st, hedged, source.attribution(),
                new TextSpan(id, s.token(hit.first()).start(), s.token(hit.last()).end()));
        Perpetrator p = perp == null || type == IncidentType.DEFECTION ? null
                : new Perpetrator(perp.actor().name(), perp.text(), new TextSpan(id, perp.start(), perp.end()));
        return new ArticleIncident(id, type, st, pack.originState(), p, tf.targets(), tf.count(), place, time, List.of(m));
    }

    /** A state named by its people ("embassy staff", "North Korean agents") acts in person, not as a destination. */
    private static final java.util.regex.Pattern PEOPLE_OF_STATE =
            java.util.regex.Pattern.compile("(?i)embassy|mission|agents|operatives|staff|officials|security|spies");

    private static final java.util.Set<String> HOST_BODIES = java.util.Set.of("police", "authorities", "government",
            "prosecutors", "officials", "court", "courts", "immigration", "border", "security", "intelligence", "military", "army");

    private List<ActorMention> actors(String text, Sentence s, SourceClause source, int dateline, ShortNames shortNames) {
        List<ActorMention> out = new ArrayList<>();
        List<PhraseMatcher.Hit<Actor>> listed = pack.actorMatcher().find(text, s.start(), s.end());
        List<PhraseMatcher.Hit<Actor>> known = new ArrayList<>(listed);
        known.addAll(shortNames.resolve(text, s, listed));
        shortNames.learn(s, listed);
        List<PhraseMatcher.Hit<Actor>> hosts = hostBodies(text, s, known);
        List<PhraseMatcher.Hit<Actor>> hits = new ArrayList<>(hosts);
        for (PhraseMatcher.Hit<Actor> k : known) {
            boolean shadowed = k.value().kind() != Actor.Kind.HOST
                    && hosts.stream().anyMatch(h -> h.start() < k.end() && k.start() < h.end());
            if (!shadowed) hits.add(k);
        }
        hits.sort(java.util.Comparator.comparingInt(PhraseMatcher.Hit::start));
        for (PhraseMatcher.Hit<Actor> h : hits) {
            int ti = s.tokenAt(h.start());
            int last = s.tokenAt(h.end() - 1);
            if (source.covers(ti) || h.start() < dateline) continue;
            if (last + 1 < s.size() && s.token(last + 1).ner().equals("PERSON") && s.token(last).ner().equals("PERSON")) continue;
            if (hits.stream().anyMatch(o -> o != h && o.start() > h.end() && o.start() - h.end() <= 1)) continue; // "leader Kim Jong Il": the name says who
            out.add(new ActorMention(h.start(), h.end(), h.text(), h.value()));
        }
        return out;
    }

    /**
     * "The Justice Department said both men were arrested": a host body that announces an arrest or a charge made
     * it, and names it better than a host body carried from sentences before. (Not so for returns: a third state
     * often tells of another's deportation.)
     */
    private ActorMention announcer(String text, Sentence s, SourceClause source, ActorMention lastHost) {
        if (source.first() < 0) return lastHost;
        int from = s.token(source.first()).start();
        int to = s.token(source.last()).end();
        for (PhraseMatcher.Hit<Actor> h : pack.actorMatcher().find(text, from, to)) {
            if (h.value().kind() == Actor.Kind.HOST) return new ActorMention(h.start(), h.end(), h.text(), h.value());
        }
        return lastHost;
    }

    private ActorMention perpetrator(String text, IncidentType type, Sentence s, TriggerHit hit, List<ActorMention> actors,
                                     ActorMention lastOrigin, ActorMention lastHost) {
        if (type == IncidentType.DEFECTION) return null;
        boolean host = type == IncidentType.FORCED_RETURN || type == IncidentType.COUNTERMEASURE;
        int headStart = hit.headToken().start();
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention a : actors) {
            boolean isHost = a.actor().kind() == Actor.Kind.HOST;
            if (isHost != host) continue;
            if (!host && !a.actor().state().equals(pack.originState())) continue;
            if (relativeOf(s, a)) continue;
            if (a.end() <= headStart && before == null) before = a;
            else if (a.end() <= headStart && before != null && a.start() - before.end() <= 4
                    && a.actor().specificity() > before.actor().specificity()) before = a;
            if (a.start() > headStart && after == null) after = a;
        }
        if (before != null) return before;
        if (!host) {
            ActorMention byDemonym = stateByDemonym(text, s, hit);
            if (byDemonym != null) return byDemonym;
        }
        if (after != null && patientOf(s, hit, after)) after = null;
        if (after != null && passive(s, hit)) return after;
        ActorMention carried = host ? lastHost : lastOrigin;
        if (carried != null && carried.actor().kind() == Actor.Kind.LEADER) {
            // a leader named sentences before (often as someone's relative) is no evidence of who acted here: the
            // state is
            return pack.actors().stream().filter(a -> a.kind() == Actor.Kind.STATE && a.state().equals(pack.originState()))
                    .findFirst().map(a -> new ActorMention(carried.start(), carried.end(), carried.text(), a)).orElse(carried);
        }
        if (carried != null) return carried;
        return after;
    }

    private static final java.util.Set<String> KIN = java.util.Set.of("nephew", "niece", "wife", "husband", "uncle", "aunt",
            "son", "daughter", "brother", "sister", "half-brother", "relative", "family", "mistress", "widow", "cousin", "grandson");

    /** "a nephew of a former wife of the late leader Kim Jong Il": a person named as someone's relative is not acting. */
    private static boolean relativeOf(Sentence s, ActorMention a) {
        int i = s.tokenAt(a.start());
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (s.token(j).lemma().equals("of")) {
                for (int k = j - 1; k >= Math.max(0, j - 3); k--) if (KIN.contains(s.token(k).lemma())) return true;
                return false;
            }
        }
        return false;
    }

    /**
     * "an Iranian plot to kill", "the Chinese abduction of": the origin state's demonym right before a noun trigger
     * names the state as the one acting.
     */
    private ActorMention stateByDemonym(String text, Sentence s, TriggerHit hit) {
        if (!hit.headToken().isNoun()) return null;
        int from = s.token(Math.max(0, hit.first() - DEMONYM_BEFORE_NOUN)).start();
        int to = s.token(hit.first()).start();
        if (to <= from) return null;
        for (Gazetteer.PlaceMatch m : pack.gazetteer().find(text, from, to)) {
            if (!m.demonym() || !pack.originState().equals(m.entry().country())) continue;
            return pack.actors().stream().filter(a -> a.kind() == Actor.Kind.STATE && a.state().equals(pack.originState()))
                    .findFirst().map(a -> new ActorMention(m.start(), m.end(), m.asWritten(), a)).orElse(null);
        }
        return null;
    }

    /** How many words before a noun trigger its state's demonym may stand ("an alleged Iranian plot"). */
    static final int DEMONYM_BEFORE_NOUN = 2;

    /**
     * "the execution of the border guards", "the abduction of North Korean defectors": after a noun trigger, a body
     * named after "of" (with no "by" before it) is who the act befell, not who did it.
     */
    private static boolean patientOf(Sentence s, TriggerHit hit, ActorMention a) {
        if (!hit.headToken().isNoun()) return false;
        int at = s.tokenAt(a.start());
        boolean of = false;
        for (int j = hit.last() + 1; j < at; j++) {
            String l = s.token(j).lemma();
            if (l.equals("by")) return false;
            if (l.equals("of")) of = true;
        }
        return of;
    }

    private static boolean passive(Sentence s, TriggerHit hit) {
        for (int j = hit.last() + 1; j < Math.min(s.size(), hit.last() + 6); j++) {
            if (s.token(j).lemma().equals("by")) return true;
        }
        return hit.headToken().isNoun();
    }

    private boolean hedged(String text, Sentence s, TriggerHit hit) {
        int from = s.token(Words.clauseStart(s, hit.first())).start();
        int to = s.token(Math.min(s.size() - 1, hit.last() + 2)).end();
        return !pack.hedgeMatcher().find(text, from, to).isEmpty();
    }

    private static TimeInterval time(String id, TriggerHit hit, List<TimeMention> times, LocalDate published) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int head = hit.headToken().start();
        Sentence s = hit.sentence();
        int clauseFrom = s.token(Words.clauseStart(s, hit.first())).start();
        int clauseTo = s.token(Words.clauseEnd(s, hit.last())).end();
        for (TimeMention t : times) {
            boolean inClause = t.start() >= clauseFrom && t.end() <= clauseTo;
            int d = Math.abs(t.start() - head) + (inClause ? 0 : 100_000);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        if (best != null) {
            return new TimeInterval(best.from(), best.to(), best.expression(), new TextSpan(id, best.start(), best.end()));
        }
        if (published != null && (s.index() <= LEAD_SENTENCES || presentPerfect(s, hit))) {
            // news tells what is new first, and "has deported", "have defected" is recent: the weeks before the report
            return new TimeInterval(published.minusDays(RECENT_DAYS), published, null, null);
        }
        return new TimeInterval(null, published, null, null);
    }

    /** Sentences of an article's lead (byline and dateline lines count): what they tell without a date is recent. */
    static final int LEAD_SENTENCES = 2;
    /** How recent an undated act in the lead or in the present perfect is taken to be, in days before publication. */
    static final int RECENT_DAYS = 30;

    /** "has repatriated", "have been arrested": the present perfect of the trigger verb. */
    static boolean presentPerfect(Sentence s, TriggerHit hit) {
        int h = hit.head();
        if (!s.token(h).pos().equals("VBN")) return false;
        for (int j = h - 1; j >= Math.max(0, h - 3); j--) {
            Token t = s.token(j);
            if (t.lemma().equals("have")) return t.pos().equals("VBZ") || t.pos().equals("VBP");
            if (!(t.lemma().equals("be") || t.pos().startsWith("RB"))) return false;
        }
        return false;
    }

    /** The evidence is the sentence without its reporting clause and without trailing commas. */
    private static int[] evidence(Sentence s, SourceClause source) {
        int first = 0;
        int last = s.size() - 1;
        if (source.first() >= 0) {
            if (source.first() <= 1) first = source.last() + 1;
            else if (source.last() >= s.size() - 2) last = source.first() - 1;
        }
        while (last > first && Words.isPunct(s.token(last)) && !s.token(last).word().matches("[”\"’)]")) last--;
        while (first < last && Words.isPunct(s.token(first))) first++;
        if (first > last) return new int[] {0, s.size() - 1};
        return new int[] {first, last};
    }
}
