package org.longarm.pack;

import java.util.List;
import java.util.Optional;

/** Placeholder until the gazetteer branch lands. */
public final class Gazetteer {
    public enum Kind { COUNTRY, PROVINCE, REGION, CITY, DISTRICT, VENUE }

    public record Entry(String name, Kind kind, String country, Double lat, Double lon, String parent) {}

    public record PlaceMatch(int start, int end, String asWritten, Entry entry, boolean demonym) {}

    public static Gazetteer forPack(String code) { return new Gazetteer(); }

    public List<PlaceMatch> find(String text, int regionStart, int regionEnd) { return List.of(); }

    public Optional<Entry> lookup(String name) { return Optional.empty(); }

    public boolean contains(String outer, String inner) { return false; }
}
