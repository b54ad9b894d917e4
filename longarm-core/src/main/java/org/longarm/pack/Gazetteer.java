package org.longarm.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.longarm.model.Checks;

/**
 * A gazetteer: the world's countries (resource {@code org/longarm/pack/world/countries.tsv}), the packs' places
 * ({@code org/longarm/pack/<code>/gazetteer.tsv}) and, for the packs in use, the world's cities of 15,000 people or
 * more ({@code world/cities.tsv.gz}, GeoNames data, CC BY 4.0, made by {@code tools/gazetteer}). It finds place names and demonyms in text, resolves
 * names to entries (ISO 3166 alpha-3 country, coordinates, containing place) and answers containment.
 *
 * <p>Matching rules (the data files' headers say the same): the first word of a name needs at least the capitals
 * it is written with ("US" needs both, "China" its C), later words and accents are free, so all-capital headlines,
 * "Korean peninsula" and "Sinŭiju" match; a space in a name matches any run of white space; typographic
 * apostrophes and hyphens fold to ASCII; matches end at a word boundary, so "China's" finds China and "Chinas"
 * nothing. Names prefixed {@code ~} in the data (Jordan, Chad, Georgia, Jersey, Réunion, Sofia) match only after
 * a place word ("in", "to", "from", "via", "near", "of", ...) or right after another place ("Amman, Jordan",
 * "Syria and Jordan"); names prefixed {@code =} need exact case. An all-capital name (US, UK, DPRK) does not match
 * before "$" (US$) or when every neighbouring word is all capitals too ("LET US GO"). Demonyms also match with a
 * plural s ("North Koreans"). Overlaps are resolved leftmost-longest: "South Korea" beats "Korea". "Korea" alone
 * is the Korean Peninsula, with no country. Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final Map<String, Gazetteer> PACKS = new ConcurrentHashMap<>();

    /** What sort of place an entry is. */
    public enum Kind { COUNTRY, PROVINCE, REGION, CITY, DISTRICT, VENUE }

    /**
     * A place: its canonical name, kind, ISO alpha-3 country (null for shared or supranational places such as the
     * DMZ or the Yellow Sea), coordinates (two decimals, approximate) and the canonical name of the place that
     * contains it (null when it lies directly in its country, and for countries).
     */
    public record Entry(String name, Kind kind, String country, Double lat, Double lon, String parent) {
        public Entry {
            Checks.notBlank(name, "name");
            Checks.notNull(kind, "kind");
            Checks.check(country == null || country.matches("[A-Z]{3}"), "country must be alpha-3, was '" + country + "'");
            Checks.check(kind != Kind.COUNTRY || country != null, "a COUNTRY entry needs its alpha-3 code: " + name);
            Checks.check((lat == null) == (lon == null), "lat and lon go together: " + lat + ", " + lon);
            Checks.check(lat == null || Math.abs(lat) <= 90, "lat out of range: " + lat);
            Checks.check(lon == null || Math.abs(lon) <= 180, "lon out of range: " + lon);
            Checks.check(parent == null || !parent.isBlank(), "parent must be null or a name");
        }
    }

    /**
     * A name found in text: UTF-16 offsets into the text (end exclusive), the text as written, the entry, and
     * whether it was a demonym ("Chinese", "South Koreans"), which names a country's people or bodies rather than
     * a location: the extractor decides.
     */
    public record PlaceMatch(int start, int end, String asWritten, Entry entry, boolean demonym) {
        public PlaceMatch {
            Checks.check(start >= 0 && end > start, "bad span [" + start + ", " + end + ")");
            Checks.notNull(asWritten, "asWritten");
            Checks.check(asWritten.length() == end - start, "asWritten '" + asWritten + "' does not fit [" + start + ", " + end + ")");
            Checks.notNull(entry, "entry");
        }
    }

    private final GazetteerIndex index;
    private final GazetteerMatcher matcher;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
        this.matcher = new GazetteerMatcher(index.names());
    }

    /** Loads a gazetteer from the world's countries file and a pack's places file (both UTF-8 TSV). */
    public static Gazetteer load(InputStream countriesTsv, InputStream packTsv) {
        return load("countries.tsv", bytes(countriesTsv, "countriesTsv"), "gazetteer.tsv", bytes(packTsv, "packTsv"));
    }

    static Gazetteer load(String countriesFile, byte[] countries, String packFile, byte[] pack) {
        return new Gazetteer(GazetteerIndex.build(countriesFile, countries, packFile, pack));
    }

    /** The gazetteer of a pack ({@code "prk"}): world countries plus the pack's resource; loaded once, then shared. */
    public static Gazetteer forPack(String packCode) {
        Checks.check(packCode != null && packCode.matches("[a-z][a-z0-9_]{0,15}"), "packCode must be a pack code such as 'prk', was '" + packCode + "'");
        return PACKS.computeIfAbsent(packCode, code -> {
            String world = "world/countries.tsv";
            String pack = code + "/gazetteer.tsv";
            return load(world, resource(world), pack, resource(pack));
        });
    }

    /**
     * The gazetteer of several packs: world countries plus the places of every pack that has a gazetteer.tsv,
     * loaded once per set of packs, then shared.
     */
    static Gazetteer forPacks(List<PackSource> packs) {
        // one places file: the header once, then every pack's data lines (its own header and comments left out)
        StringBuilder all = new StringBuilder(String.join("\t", GazetteerIndex.PACK_COLUMNS)).append('\n');
        StringBuilder key = new StringBuilder("+");
        for (PackSource p : packs) {
            if (!p.has("gazetteer.tsv")) continue;
            boolean header = true;
            for (String line : new String(p.bytes("gazetteer.tsv"), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                all.append(line).append('\n');
            }
            key.append(p).append('+');
        }
        String world = "world/countries.tsv";
        byte[] places = all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String cities = "world/cities.tsv.gz";
        return PACKS.computeIfAbsent(key.toString() + java.util.Arrays.hashCode(places),
                k -> new Gazetteer(GazetteerIndex.build(world, resource(world), "gazetteer.tsv of " + packs, places,
                        cities, gunzip(cities, resource(cities)))));
    }

    /** Place names and demonyms in {@code text[regionStart, regionEnd)}, by start, non-overlapping. */
    public List<PlaceMatch> find(String text, int regionStart, int regionEnd) {
        Checks.notNull(text, "text");
        Checks.check(0 <= regionStart && regionStart <= regionEnd && regionEnd <= text.length(),
                "bad region [" + regionStart + ", " + regionEnd + ") of a text of length " + text.length());
        return List.copyOf(matcher.find(text, regionStart, regionEnd));
    }

    /** Place names and demonyms in the whole text. */
    public List<PlaceMatch> find(String text) {
        return find(Checks.notNull(text, "text"), 0, text.length());
    }

    /**
     * The entry a name stands for: a canonical name or variant as written (without the data files' prefixes), else
     * an alpha-3 code ("CHN"), else the name ignoring case and accents. Demonyms are not looked up.
     */
    public Optional<Entry> lookup(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(index.lookup(name.strip()));
    }

    /**
     * Whether {@code outer} contains {@code inner}: the same place, an ancestor through parents, or the country of
     * {@code inner} or of one of its ancestors. False when either name is unknown.
     */
    public boolean contains(String outer, String inner) {
        Entry o = lookup(outer).orElse(null);
        Entry i = lookup(inner).orElse(null);
        return o != null && i != null && contains(o, i);
    }

    /** Entry form of {@link #contains(String, String)}. */
    public boolean contains(Entry outer, Entry inner) {
        Checks.notNull(outer, "outer");
        for (Entry e = Checks.notNull(inner, "inner"); e != null; e = index.parentOf(e)) {
            if (e.equals(outer)) return true;
            if (outer.kind() == Kind.COUNTRY && outer.country().equals(e.country())) return true;
        }
        return false;
    }

    /** The entry's parent entry, if it has one. */
    public Optional<Entry> parent(Entry entry) {
        return Optional.ofNullable(index.parentOf(Checks.notNull(entry, "entry")));
    }

    /** All entries, countries first, in file order. */
    public List<Entry> entries() {
        return index.entries();
    }

    /** SHA-256 (hex) of both data files: the lexicon hash for provenance. */
    public String fingerprint() {
        return index.fingerprint();
    }

    @Override
    public String toString() {
        return "Gazetteer[" + index.entries().size() + " entries, sha256=" + index.fingerprint().substring(0, 12) + "]";
    }

    private static byte[] resource(String path) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no gazetteer resource org/longarm/pack/" + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/longarm/pack/" + path, e);
        }
    }

    private static byte[] gunzip(String name, byte[] gz) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/longarm/pack/" + name, e);
        }
    }

    /** Reads the caller's stream to its end; closing it stays the caller's job. */
    private static byte[] bytes(InputStream in, String name) {
        try {
            return Checks.notNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
