package org.longarm.model;

/** Where something happened: ISO 3166 alpha-3 country, the place as written, coordinates from the gazetteer. */
public record Place(String country, String place, Double lat, Double lon, TextSpan span) {
    public Place {
        Checks.check(country == null || country.matches("[A-Z]{3}"), "country must be alpha-3, was '" + country + "'");
        Checks.check((lat == null) == (lon == null), "lat and lon go together");
    }

    /** How much the place says: a country, a place name, coordinates. */
    public int specificity() {
        return (country != null ? 1 : 0) + (place != null ? 2 : 0) + (lat != null ? 1 : 0);
    }
}
