package org.longarm.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.longarm.model.Checks;

/**
 * A domain pack: the data that makes the engine about one origin state (triggers, actors, sources, hedges,
 * outlets, prefilter terms, gazetteer). The engine itself knows no country. Loaded from
 * {@code org/longarm/pack/<code>/} on the classpath; {@link #version()} hashes every file, for provenance.
 */
public final class DomainPack {
    private static final List<String> FILES = List.of("pack.properties", "classes.tsv", "triggers.tsv", "actors.tsv",
            "hedges.txt", "sources.tsv", "reporting-verbs.txt", "outlets.tsv", "prefilter.txt", "gazetteer.tsv");

    private final String code;
    private final String originState;
    private final String version;
    private final List<TriggerPattern> triggers;
    private final List<Actor> actors;
    private final PhraseMatcher<Actor> actorMatcher;
    private final PhraseMatcher<Outlet> outletMatcher;
    private final List<Outlet> outlets;
    private final PhraseMatcher<String> hedgeMatcher;
    private final Map<String, String> sourceWords;
    private final Set<String> reportingVerbs;
    private final Prefilter prefilter;
    private final Gazetteer gazetteer;

    private DomainPack(String code) {
        Checks.check(code.matches("[a-z0-9_-]+"), "bad pack code '" + code + "'");
        this.code = code;
        String dir = "org/longarm/pack/" + code + "/";
        Properties props = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(PackFiles.bytes(dir + "pack.properties"))) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.originState = Checks.notBlank(props.getProperty("origin_state"), dir + "pack.properties: origin_state");
        List<String> files = FILES.stream().map(f -> dir + f).collect(Collectors.toList());
        files.add("org/longarm/pack/world/countries.tsv");
        this.version = code + "-" + props.getProperty("version", "0") + "+" + PackFiles.sha256(files);
        WordClasses classes = new WordClasses(PackFiles.rows(dir + "classes.tsv"));
        this.triggers = PackFiles.rows(dir + "triggers.tsv").stream()
                .map(r -> TriggerPattern.parse(r, classes)).toList();
        this.actors = new ArrayList<>();
        Map<String, Actor> byAlias = new LinkedHashMap<>();
        for (PackFiles.Row r : PackFiles.rows(dir + "actors.tsv")) {
            Actor.Kind kind;
            try {
                kind = Actor.Kind.valueOf(r.field(1));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown actor kind '" + r.field(1) + "'");
            }
            Actor a = new Actor(r.field(0), kind, r.field(2), List.of(r.field(3).split("\\|")));
            actors.add(a);
            for (String alias : a.aliases()) {
                if (byAlias.put(alias, a) != null) throw r.error("alias '" + alias + "' used twice");
                if (alias.startsWith("the ")) byAlias.put("The " + alias.substring(4), a);
            }
        }
        this.actorMatcher = new PhraseMatcher<>(byAlias, true);
        this.outlets = new ArrayList<>();
        Map<String, Outlet> byVariant = new LinkedHashMap<>();
        for (PackFiles.Row r : PackFiles.rows(dir + "outlets.tsv")) {
            Outlet o = new Outlet(r.field(0), r.field(1), r.field(2), List.of(r.field(3).split("\\|")));
            outlets.add(o);
            for (String v : o.variants()) {
                if (byVariant.put(v, o) != null) throw r.error("outlet variant '" + v + "' used twice");
            }
        }
        this.outletMatcher = new PhraseMatcher<>(byVariant, true);
        Map<String, String> hedges = new LinkedHashMap<>();
        for (PackFiles.Row r : PackFiles.rows(dir + "hedges.txt")) hedges.put(r.field(0), r.field(0));
        this.hedgeMatcher = new PhraseMatcher<>(hedges, false);
        this.sourceWords = new HashMap<>();
        for (PackFiles.Row r : PackFiles.rows(dir + "sources.tsv")) {
            String kind = r.field(1);
            if (!Set.of("OFFICIAL", "SOURCE", "MEDIA", "GROUP").contains(kind)) throw r.error("unknown source kind " + kind);
            sourceWords.put(r.field(0).toLowerCase(Locale.ROOT), kind);
        }
        this.reportingVerbs = PackFiles.rows(dir + "reporting-verbs.txt").stream().map(r -> r.field(0))
                .collect(Collectors.toUnmodifiableSet());
        this.prefilter = Prefilter.parse(PackFiles.rows(dir + "prefilter.txt"));
        this.gazetteer = Gazetteer.forPack(code);
    }

    public static DomainPack load(String code) {
        return new DomainPack(code);
    }

    public String code() { return code; }

    /** The origin state of this pack, alpha-3. */
    public String originState() { return originState; }

    /** Pack code, version and a hash of its files. */
    public String version() { return version; }

    public List<TriggerPattern> triggers() { return triggers; }

    public List<Actor> actors() { return List.copyOf(actors); }

    public PhraseMatcher<Actor> actorMatcher() { return actorMatcher; }

    public List<Outlet> outlets() { return List.copyOf(outlets); }

    public PhraseMatcher<Outlet> outletMatcher() { return outletMatcher; }

    public PhraseMatcher<String> hedgeMatcher() { return hedgeMatcher; }

    /** OFFICIAL, SOURCE, MEDIA or GROUP for a lower-case lemma that names a source, else null. */
    public String sourceKind(String lemma) { return sourceWords.get(lemma); }

    public boolean isReportingVerb(String lemma) { return reportingVerbs.contains(lemma); }

    public Prefilter prefilter() { return prefilter; }

    public Gazetteer gazetteer() { return gazetteer; }

    /** The pack's name for an outlet written as given ("www.dailynk.com", "the Daily NK"), or the input trimmed. */
    public String outletName(String given) {
        if (given == null || given.isBlank()) return given;
        List<PhraseMatcher.Hit<Outlet>> hits = outletMatcher.find(given);
        if (!hits.isEmpty() && hits.get(0).text().length() * 2 >= given.trim().length()) return hits.get(0).value().name();
        String squeezed = given.toLowerCase(Locale.ROOT).replaceFirst("^(https?://)?(www\\.)?", "").replaceAll("[^a-z0-9.]", "");
        for (Outlet o : outlets) {
            for (String v : o.variants()) {
                String vv = v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (vv.length() >= 3 && (squeezed.startsWith(vv + ".") || squeezed.equals(vv))) return o.name();
            }
        }
        return given.trim();
    }
}
