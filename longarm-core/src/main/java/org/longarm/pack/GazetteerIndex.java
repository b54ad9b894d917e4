package org.longarm.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.longarm.pack.Gazetteer.Entry;
import org.longarm.pack.Gazetteer.Kind;
import org.longarm.pack.GazetteerTsv.Row;

/** Reads both data files into entries and names, checking every field; answers lookups. */
final class GazetteerIndex {
    static final List<String> COUNTRY_COLUMNS = List.of("alpha3", "name", "variants", "demonyms", "capital", "lat", "lon");
    static final List<String> PACK_COLUMNS = List.of("name", "variants", "kind", "country", "parent", "lat", "lon");
    /** A PROVINCE named with one of these last words does not also get "<name> Province". */
    private static final Set<String> UNIT_WORDS = Set.of("province", "prefecture", "krai", "oblast", "region", "territory", "state");

    private record Origin(Entry entry, boolean demonym, String file, int line) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<GazetteerName> names = new ArrayList<>();
    private final Map<String, Origin> byFolded = new HashMap<>();
    private final Map<String, Entry> byWritten = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>();
    private String fingerprint;

    private GazetteerIndex() {}

    static GazetteerIndex build(String countriesFile, byte[] countries, String packFile, byte[] pack) {
        return build(countriesFile, countries, packFile, pack, null, null);
    }

    /**
     * Countries, then the packs' places, then (when given) the world's cities, most populous first: a city whose
     * name a country, a pack's place or a larger city already holds is left out, so the data need not be curated.
     */
    static GazetteerIndex build(String countriesFile, byte[] countries, String packFile, byte[] pack, String citiesFile, byte[] cities) {
        GazetteerIndex index = new GazetteerIndex();
        for (Row row : GazetteerTsv.read(countriesFile, countries, COUNTRY_COLUMNS)) index.addCountry(row);
        List<Row> packRows = GazetteerTsv.read(packFile, pack, PACK_COLUMNS);
        for (Row row : packRows) index.addPlace(row);
        for (Row row : packRows) index.checkParent(row);
        if (cities != null) {
            for (Row row : GazetteerTsv.read(citiesFile, cities, PACK_COLUMNS)) index.addCity(row);
        }
        index.fingerprint = cities == null ? sha256(countries, pack) : sha256(countries, concat(pack, cities));
        return index;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The folded form of a written name without its '~' or '=' prefix. */
    private static String folded(String written) {
        String w = written.strip();
        return GazetteerText.fold(w.startsWith("~") || w.startsWith("=") ? w.substring(1) : w);
    }

    /**
     * A world city: left out when its name is already held (a country, a pack's place, a larger city); its variants
     * that another entry holds, or that fold to its own name, are left out.
     */
    private void addCity(Row row) {
        String name = row.get("name");
        if (name.isEmpty() || byFolded.containsKey(folded(name))) return;
        String code = row.get("country");
        if (!byCode.containsKey(code)) throw row.fail("country", "not a country of the world file: '" + code + "'");
        Double lat = row.coordinate("lat", 90);
        Double lon = row.coordinate("lon", 180);
        Entry e = new Entry(GazetteerName.canonical(name), Kind.CITY, code, lat, lon, null);
        entries.add(e);
        byName.putIfAbsent(e.name(), e);
        add(row, "name", name, e, false);
        for (String v : row.get("variants").isEmpty() ? new String[0] : row.get("variants").split("\\|")) {
            if (!v.isBlank() && !byFolded.containsKey(folded(v))) add(row, "variants", v.strip(), e, false);
        }
    }

    List<Entry> entries() { return List.copyOf(entries); }

    List<GazetteerName> names() { return List.copyOf(names); }

    String fingerprint() { return fingerprint; }

    Entry lookup(String name) {
        Entry e = byWritten.get(name);
        if (e == null && name.matches("[A-Z]{3}")) e = byCode.get(name);
        if (e == null) {
            Origin o = byFolded.get(GazetteerText.fold(name));
            if (o != null && !o.demonym()) e = o.entry();
        }
        return e;
    }

    Entry parentOf(Entry e) {
        return e.parent() == null ? null : byName.get(e.parent());
    }

    private void addCountry(Row row) {
        String code = row.get("alpha3");
        if (!code.matches("[A-Z]{3}")) throw row.fail("alpha3", "not an ISO 3166 alpha-3 code (three capital letters): '" + code + "'");
        if (byCode.containsKey(code)) throw row.fail("alpha3", "repeats " + code);
        Entry e = entry(row, Kind.COUNTRY, code, null);
        byCode.put(code, e);
        addNames(row, e, "demonyms", true);
    }

    private void addPlace(Row row) {
        String kindName = row.get("kind");
        Kind kind;
        try {
            kind = Kind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null || kind == Kind.COUNTRY) throw row.fail("kind", "expected CITY, PROVINCE, REGION, VENUE or DISTRICT, found '" + kindName + "'");
        String code = row.get("country");
        if (!code.isEmpty() && !byCode.containsKey(code)) throw row.fail("country", "not a country of the world file: '" + code + "'");
        String parent = row.get("parent");
        Entry e = entry(row, kind, code.isEmpty() ? null : code, parent.isEmpty() ? null : parent);
        if (kind == Kind.PROVINCE) addProvinceForms(row, e);
    }

    private Entry entry(Row row, Kind kind, String code, String parent) {
        String written = row.get("name");
        if (written.isEmpty()) throw row.fail("name", "empty");
        Double lat = row.coordinate("lat", 90);
        Double lon = row.coordinate("lon", 180);
        if ((lat == null) != (lon == null)) throw row.fail(lat == null ? "lat" : "lon", "lat and lon go together");
        Entry e;
        try {
            e = new Entry(GazetteerName.canonical(written), kind, code, lat, lon, parent);
        } catch (IllegalArgumentException ex) {
            throw row.fail("name", ex.getMessage());
        }
        entries.add(e);
        byName.put(e.name(), e);
        add(row, "name", written, e, false);
        addNames(row, e, "variants", false);
        return e;
    }

    private void addNames(Row row, Entry e, String column, boolean demonym) {
        if (row.get(column).isEmpty()) return;
        for (String written : row.get(column).split("\\|", -1)) {
            if (written.isBlank()) throw row.fail(column, "empty name between '|'");
            add(row, column, written.strip(), e, demonym);
        }
    }

    private void addProvinceForms(Row row, Entry e) {
        for (GazetteerName n : List.copyOf(names)) {
            if (n.entry() != e || n.demonym() || n.rule() != GazetteerName.Rule.DEFAULT) continue;
            String s = n.surface();
            String last = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (UNIT_WORDS.contains(last) || last.endsWith("-do")) continue;
            Origin o = byFolded.get(GazetteerText.fold(s + " province"));
            if (o == null || o.entry() != e) add(row, "name", s + " province", e, false);
        }
    }

    private void add(Row row, String column, String written, Entry e, boolean demonym) {
        GazetteerName n;
        try {
            n = GazetteerName.parse(written, e, demonym);
        } catch (IllegalArgumentException ex) {
            throw row.fail(column, ex.getMessage());
        }
        String key = GazetteerText.fold(n.surface());
        Origin before = byFolded.get(key);
        if (before != null) {
            throw row.fail(column, "'" + n.surface() + "' already names " + before.entry().name() + " (" + before.file()
                    + " line " + before.line() + "); case and accents are ignored");
        }
        byFolded.put(key, new Origin(e, demonym, row.file(), row.line()));
        names.add(n);
        if (!demonym) byWritten.put(n.surface(), e);
    }

    private void checkParent(Row row) {
        Entry e = byName.get(GazetteerName.canonical(row.get("name")));
        if (e.parent() == null) return;
        Entry p = byName.get(e.parent());
        if (p == null) throw row.fail("parent", "not the canonical name of a place in either file: '" + e.parent() + "'");
        if (p.country() != null && !p.country().equals(e.country())) {
            throw row.fail("parent", "'" + p.name() + "' is in " + p.country() + ", but this place's country is " + e.country());
        }
        int steps = 0;
        for (Entry a = p; a != null; a = parentOf(a)) {
            if (a == e || ++steps > entries.size()) throw row.fail("parent", "parents form a cycle through '" + e.name() + "'");
        }
    }

    private static String sha256(byte[] countries, byte[] pack) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(countries);
            d.update("\u0000".getBytes(StandardCharsets.UTF_8));
            d.update(pack);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
