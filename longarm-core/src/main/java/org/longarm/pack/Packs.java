package org.longarm.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Front door of the pack module: the English base layer ({@code org/longarm/pack/base/}) and the state packs in
 * use, built in ({@code org/longarm/pack/packs.txt} lists them) or from a folder ({@code --packs DIR},
 * {@code $LONGARM_PACKS}: one sub-folder a pack, holding at least {@code pack.properties}, {@code actors.tsv} and
 * {@code prefilter.txt}; a folder pack replaces a built-in one of the same code). It gives one {@link DomainPack}
 * view per state, one prefilter over all of them, one outlet table, one gazetteer and one version. Immutable and
 * thread-safe.
 */
public final class Packs {
    /** The files of a state pack, in the order the version hashes them; only the first three are required. */
    static final List<String> STATE_FILES = List.of("pack.properties", "actors.tsv", "prefilter.txt", "classes.tsv",
            "triggers.tsv", "hedges.txt", "sources.tsv", "reporting-verbs.txt", "outlets.tsv", "gazetteer.tsv");
    static final List<String> BASE_FILES = List.of("classes.tsv", "triggers.tsv", "actors.tsv", "hedges.txt",
            "sources.tsv", "reporting-verbs.txt", "outlets.tsv", "prefilter.txt");
    private static final String INDEX = "org/longarm/pack/packs.txt";
    private static volatile Packs builtin;

    private final List<DomainPack> views;
    private final Map<String, DomainPack> byCode = new LinkedHashMap<>();
    private final List<Outlet> outlets = new ArrayList<>();
    private final PhraseMatcher<Outlet> outletMatcher;
    private final Gazetteer gazetteer;
    private final Prefilter prefilter;
    private final String version;
    private final Map<String, Pattern> originPatterns = new LinkedHashMap<>();

    private Packs(PackSource base, List<PackSource> states) {
        if (states.isEmpty()) throw new PackException("no state pack to load");
        this.version = version(base, states);
        Map<String, Outlet> byVariant = new LinkedHashMap<>();
        addOutlets(base, byVariant);
        for (PackSource s : states) addOutlets(s, byVariant);
        this.outletMatcher = new PhraseMatcher<>(byVariant, true);
        List<DomainPack> vs = new ArrayList<>();
        for (PackSource s : states) {
            List<PackSource> others = states.stream().filter(o -> o != s).toList();
            DomainPack v = new DomainPack(this, base, s, others);
            vs.add(v);
            byCode.put(v.code(), v);
            originPatterns.put(v.code(), originPattern(v.prefilter().originTerms()));
        }
        this.views = List.copyOf(vs);
        this.gazetteer = Gazetteer.forPacks(states);
        List<String> origin = new ArrayList<>();
        for (DomainPack v : views) origin.addAll(v.prefilter().originTerms());
        this.prefilter = Prefilter.of(List.copyOf(new LinkedHashSet<>(origin)), views.get(0).prefilter().eventTerms());
    }

    /** Every built-in pack (loaded once, then shared). */
    public static Packs builtin() {
        Packs p = builtin;
        if (p == null) {
            synchronized (Packs.class) {
                if (builtin == null) builtin = load(null, List.of());
                p = builtin;
            }
        }
        return p;
    }

    /** The built-in packs of the given codes only. */
    public static Packs of(String... codes) {
        return load(null, List.of(codes));
    }

    /**
     * The built-in packs plus those in {@code dir} (null: none), narrowed to {@code only} (empty: all). Unknown
     * codes and broken files are a {@link PackException} naming the file, line or code.
     */
    public static Packs load(Path dir, List<String> only) {
        Chosen c = choose(dir, only);
        return new Packs(c.base(), c.states());
    }

    /**
     * The one prefilter of the packs {@link #load} would load, read from their prefilter files alone (no actors, no
     * gazetteer): for {@code scan}, which must start at once.
     */
    public static Prefilter prefilter(Path dir, List<String> only) {
        Chosen c = choose(dir, only);
        LinkedHashSet<String> origin = new LinkedHashSet<>();
        for (PackSource s : c.states()) origin.addAll(Prefilter.parse(concat(s.rows("prefilter.txt"), c.base().rows("prefilter.txt"))).originTerms());
        return Prefilter.of(List.copyOf(origin), Prefilter.parse(concat(c.states().get(0).rows("prefilter.txt"),
                c.base().rows("prefilter.txt"))).eventTerms());
    }

    private static List<PackFiles.Row> concat(List<PackFiles.Row> a, List<PackFiles.Row> b) {
        List<PackFiles.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private record Chosen(PackSource base, List<PackSource> states) {}

    private static Chosen choose(Path dir, List<String> only) {
        Map<String, PackSource> found = new TreeMap<>();
        for (String code : builtinCodes()) found.put(code, PackSource.classpath(code));
        PackSource base = PackSource.classpath("base");
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new PackException("packs folder not found: " + dir);
            try (Stream<Path> subs = Files.list(dir)) {
                for (Path sub : subs.sorted().toList()) {
                    if (!Files.isRegularFile(sub.resolve("pack.properties"))
                            && !(sub.getFileName().toString().equals("base") && Files.isDirectory(sub))) continue;
                    PackSource src = PackSource.folder(sub);
                    if (src.code().equals("base")) base = src;
                    else found.put(src.code(), src);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        List<PackSource> chosen = new ArrayList<>();
        if (only == null || only.isEmpty()) {
            chosen.addAll(found.values());
        } else {
            for (String code : new java.util.TreeSet<>(only)) {
                PackSource s = found.get(code.strip().toLowerCase(Locale.ROOT));
                if (s == null) throw new PackException("no pack '" + code + "' (installed: " + String.join(", ", found.keySet()) + ")");
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) throw new PackException("no state pack to load");
        return new Chosen(base, chosen);
    }

    private static List<String> builtinCodes() {
        List<String> codes = new ArrayList<>();
        for (PackFiles.Row r : PackFiles.rows(INDEX)) codes.add(r.field(0));
        return codes;
    }

    private void addOutlets(PackSource src, Map<String, Outlet> byVariant) {
        Set<String> inFile = new LinkedHashSet<>();
        for (PackFiles.Row r : src.rowsIfPresent("outlets.tsv")) {
            Outlet o = new Outlet(r.field(0), r.field(1), r.field(2), List.of(r.field(3).split("\\|")));
            boolean added = false;
            for (String v : o.variants()) {
                if (!inFile.add(v)) throw r.error("outlet variant '" + v + "' used twice");
                if (byVariant.putIfAbsent(v, o) == null) added = true;
            }
            if (added && outlets.stream().noneMatch(x -> x.name().equals(o.name()))) outlets.add(o);
        }
    }

    private static String version(PackSource base, List<PackSource> states) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : BASE_FILES) if (base.has(f)) md.update(base.bytes(f));
            md.update(PackFiles.bytes("org/longarm/pack/world/countries.tsv"));
            StringBuilder codes = new StringBuilder();
            for (PackSource s : states) {
                codes.append(codes.length() == 0 ? "" : "+").append(s.code()).append('-')
                        .append(DomainPack.properties(s).getProperty("version", "0"));
                md.update(s.code().getBytes(StandardCharsets.UTF_8));
                for (String f : STATE_FILES) {
                    if (!s.has(f)) continue;
                    md.update(f.getBytes(StandardCharsets.UTF_8));
                    md.update(s.bytes(f));
                }
            }
            return codes + "+" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case-insensitive pattern of the origin terms at word starts, spaces matching white space or dashes. */
    private static Pattern originPattern(List<String> terms) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        boolean first = true;
        for (String t : terms) {
            if (!first) sb.append('|');
            first = false;
            String[] words = Prefilter.normalize(t).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) sb.append("[\\s\\-\u2010-\u2015]+");
                sb.append(Pattern.quote(words[i]));
            }
        }
        return Pattern.compile(sb.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The views, one per state pack, by code. */
    public List<DomainPack> views() {
        return views;
    }

    /** The view of a loaded pack; a {@link PackException} when it is not loaded. */
    public DomainPack view(String code) {
        DomainPack v = byCode.get(code);
        if (v == null) throw new PackException("pack '" + code + "' is not loaded (loaded: " + String.join(", ", byCode.keySet()) + ")");
        return v;
    }

    /** The codes of the loaded state packs, sorted. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** One prefilter over every loaded pack: an origin term of any state and an event word. */
    public Prefilter prefilter() {
        return prefilter;
    }

    /** How often each view's origin terms occur in the title and text (views with none left out), by code. */
    public Map<String, Integer> originCounts(CharSequence title, CharSequence text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Pattern> e : originPatterns.entrySet()) {
            int n = 0;
            for (CharSequence part : new CharSequence[] {title, text}) {
                if (part == null) continue;
                Matcher m = e.getValue().matcher(part);
                while (m.find()) n++;
            }
            if (n > 0) out.put(e.getKey(), n);
        }
        return out;
    }

    /** Where a state's origin term occurs: its state (alpha-3) and UTF-16 offsets. */
    public record OriginHit(String state, int start, int end) {}

    /** The origin terms of every loaded state in {@code text[from, to)}, by start then state. */
    public List<OriginHit> originHits(CharSequence text, int from, int to) {
        List<OriginHit> out = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : originPatterns.entrySet()) {
            Matcher m = e.getValue().matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
            m.useTransparentBounds(true);
            while (m.find()) out.add(new OriginHit(byCode.get(e.getKey()).originState(), m.start(), m.end()));
        }
        out.sort(java.util.Comparator.comparingInt(OriginHit::start).thenComparing(OriginHit::state));
        return out;
    }

    /** Every loaded pack's outlets, base layer first. */
    public List<Outlet> outlets() {
        return List.copyOf(outlets);
    }

    public PhraseMatcher<Outlet> outletMatcher() {
        return outletMatcher;
    }

    /** The Admiralty reliability letter of an outlet by its canonical name, or null. */
    public String reliability(String canonical) {
        return outlets.stream().filter(o -> o.name().equals(canonical)).map(Outlet::reliability).findFirst().orElse(null);
    }

    /** The name of an outlet written as given ("www.dailynk.com", "the Daily NK"), or the input trimmed. */
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

    /** The world gazetteer with every loaded pack's places. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The loaded packs' codes and versions and a hash of every file they and the base layer hold. */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "Packs[" + version + "]";
    }
}
