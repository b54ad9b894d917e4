package org.longarm.model;

/** Incident types of ONTOLOGY.md v1, with their PLOVER and CAMEO codes for exports. */
public enum IncidentType {
    DEFECTION("MIGRATE", "0233"),
    PURSUIT("COERCE", "1724"),
    ASSASSINATION("ASSAULT", "186"),
    ABDUCTION("ASSAULT", "181"),
    FORCED_RETURN("COERCE", "174"),
    SURVEILLANCE("COERCE", "175"),
    COERCION_BY_PROXY("COERCE", "172"),
    EXECUTION("ASSAULT", "1823"),
    THREAT("THREATEN", "130"),
    COUNTERMEASURE("COERCE", "173");

    public static final String ONTOLOGY_VERSION = "1";

    private final String plover;
    private final String cameo;

    IncidentType(String plover, String cameo) {
        this.plover = plover;
        this.cameo = cameo;
    }

    public String plover() { return plover; }

    public String cameo() { return cameo; }
}
