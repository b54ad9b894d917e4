package org.longarm.pack;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.longarm.model.Checks;

/**
 * One origin state's view of the loaded packs: the English base layer (triggers, word classes, hedges, sources,
 * reporting verbs, event words) with the state pack's additions, the state's own actors as acting organs, and every
 * other loaded state's organs as foreign ({@link Actor.Kind#HOST}) organs. Outlets and the gazetteer are those of
 * all loaded packs. The engine extracts an article once per view whose prefilter it passes ({@link Packs}); it
 * knows no country itself. Immutable and thread-safe.
 */
public final class DomainPack {
    private final Packs owner;
    private final String code;
    private final String name;
    private final String originState;
    private final List<TriggerPattern> triggers;
    private final List<Actor> actors;
    private final PhraseMatcher<Actor> actorMatcher;
    private final PhraseMatcher<String> hedgeMatcher;
    private final Map<String, String> sourceWords;
    private final Set<String> reportingVerbs;
    private final Prefilter prefilter;
    private final WordClasses classes;

    DomainPack(Packs owner, PackSource base, PackSource state, List<PackSource> others) {
        this.owner = owner;
        this.code = state.code();
        Properties props = properties(state);
        this.name = props.getProperty("name", code);
        this.originState = Checks.notBlank(props.getProperty("origin_state"), state.where("pack.properties") + ": origin_state");
        Checks.check(originState.matches("[A-Z]{3}"), state.where("pack.properties") + ": origin_state must be alpha-3, was '" + originState + "'");
        WordClasses classes = new WordClasses(base.rows("classes.tsv"), state.rowsIfPresent("classes.tsv"));
        this.classes = classes;
        List<TriggerPattern> ts = new ArrayList<>();
        for (PackFiles.Row r : base.rows("triggers.tsv")) ts.add(TriggerPattern.parse(r, classes));
        for (PackFiles.Row r : state.rowsIfPresent("triggers.tsv")) ts.add(TriggerPattern.parse(r, classes));
        this.triggers = List.copyOf(ts);

        // the state's own actors first, then the base layer's host organs, then other states' organs as foreign
        this.actors = new ArrayList<>();
        Map<String, Actor> byAlias = new LinkedHashMap<>();
        addActors(state.rows("actors.tsv"), false, byAlias);
        addActors(base.rowsIfPresent("actors.tsv"), false, byAlias);
        for (PackSource other : others) addActors(other.rows("actors.tsv"), true, byAlias);
        this.actorMatcher = new PhraseMatcher<>(byAlias, true);

        Map<String, String> hedges = new LinkedHashMap<>();
        for (PackFiles.Row r : concat(base.rows("hedges.txt"), state.rowsIfPresent("hedges.txt"))) hedges.put(r.field(0), r.field(0));
        this.hedgeMatcher = new PhraseMatcher<>(hedges, false);
        this.sourceWords = new HashMap<>();
        for (PackFiles.Row r : concat(base.rows("sources.tsv"), state.rowsIfPresent("sources.tsv"))) {
            String kind = r.field(1);
            if (!Set.of("OFFICIAL", "SOURCE", "MEDIA", "GROUP").contains(kind)) throw r.error("unknown source kind " + kind);
            sourceWords.put(r.field(0).toLowerCase(Locale.ROOT), kind);
        }
        this.reportingVerbs = concat(base.rows("reporting-verbs.txt"), state.rowsIfPresent("reporting-verbs.txt")).stream()
                .map(r -> r.field(0)).collect(Collectors.toUnmodifiableSet());
        this.prefilter = Prefilter.parse(concat(state.rows("prefilter.txt"), base.rows("prefilter.txt")));
    }

    static Properties properties(PackSource state) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(new String(state.bytes("pack.properties"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(state.where("pack.properties"), e);
        }
        return props;
    }

    private static List<PackFiles.Row> concat(List<PackFiles.Row> a, List<PackFiles.Row> b) {
        List<PackFiles.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Adds a file's actors; an alias already taken by an earlier file stays with it (the state's own organs come
     * first), and within one file an alias may be used once. {@code foreign} makes every actor a foreign organ and
     * leaves out its leaders and its generic aliases (those written in lower case at the start: "the regime",
     * "border guards").
     */
    private void addActors(List<PackFiles.Row> rows, boolean foreign, Map<String, Actor> byAlias) {
        Set<String> inFile = new LinkedHashSet<>();
        for (PackFiles.Row r : rows) {
            Actor.Kind kind;
            try {
                kind = Actor.Kind.valueOf(r.field(1));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown actor kind '" + r.field(1) + "'");
            }
            // another pack's view of its hosts is not ours; another state's leader acts for it, never as our host
            if (foreign && (kind == Actor.Kind.HOST || kind == Actor.Kind.LEADER)) continue;
            Actor a;
            try {
                a = new Actor(r.field(0), foreign ? Actor.Kind.HOST : kind, r.field(2), List.of(r.field(3).split("\\|")));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            actors.add(a);
            for (String alias : a.aliases()) {
                if (!inFile.add(alias)) throw r.error("alias '" + alias + "' used twice");
                if (foreign && Character.isLowerCase(alias.codePointAt(0))) continue; // generic: names a state only in its own view
                byAlias.putIfAbsent(alias, a);
                if (alias.startsWith("the ")) byAlias.putIfAbsent("The " + alias.substring(4), a);
            }
        }
    }

    /**
     * The view of one built-in pack alone, over the base layer (no other state loaded): for tests and tools that
     * want one state. {@link Packs#builtin()} gives every built-in pack.
     */
    public static DomainPack load(String code) {
        return Packs.of(code).view(code);
    }

    /** The packs this view belongs to. */
    public Packs packs() { return owner; }

    public String code() { return code; }

    /** The pack's human name ("North Korea"). */
    public String name() { return name; }

    /** The origin state of this pack, alpha-3. */
    public String originState() { return originState; }

    /** The version of every loaded pack's files and the engine's data ({@link Packs#version()}). */
    public String version() { return owner.version(); }

    public List<TriggerPattern> triggers() { return triggers; }

    /** The lemmas of a word class (base layer and this state's additions), empty when no such class. */
    public Set<String> classWords(String name) { return classes.getOrEmpty(name); }

    public List<Actor> actors() { return List.copyOf(actors); }

    public PhraseMatcher<Actor> actorMatcher() { return actorMatcher; }

    /** Every loaded pack's outlets, one table. */
    public List<Outlet> outlets() { return owner.outlets(); }

    public PhraseMatcher<Outlet> outletMatcher() { return owner.outletMatcher(); }

    public PhraseMatcher<String> hedgeMatcher() { return hedgeMatcher; }

    /** OFFICIAL, SOURCE, MEDIA or GROUP for a lower-case lemma that names a source, else null. */
    public String sourceKind(String lemma) { return sourceWords.get(lemma); }

    public boolean isReportingVerb(String lemma) { return reportingVerbs.contains(lemma); }

    /** This state's prefilter: its origin terms and the base layer's event words. */
    public Prefilter prefilter() { return prefilter; }

    /** The world gazetteer with every loaded pack's places. */
    public Gazetteer gazetteer() { return owner.gazetteer(); }

    /** The name of an outlet written as given ("www.dailynk.com", "the Daily NK"), or the input trimmed. */
    public String outletName(String given) {
        return owner.outletName(given);
    }

    @Override
    public String toString() {
        return "DomainPack[" + code + ", " + originState + "]";
    }
}
