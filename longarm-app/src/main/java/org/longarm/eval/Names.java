package org.longarm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** score.py's name normalizers: {@code norm_name} with its alias table, and {@code norm_outlet}. */
final class Names {
    private static final Map<String, List<String>> ALIASES = Map.of(
            "mss", List.of("ministry of state security", "state security department", "ssd", "bowibu",
                    "ministry of state security (north korea)", "state security ministry", "national security agency"),
            "rgb", List.of("reconnaissance general bureau"),
            "kju", List.of("kim jong un", "kim jong-un", "kim jong un (north korea)"),
            "prk", List.of("north korea", "north korean government", "north korean authorities", "pyongyang",
                    "democratic people's republic of korea", "dprk", "north korean regime"));
    private static final Map<String, String> CANON = canon();
    private static final Pattern THE = Pattern.compile("^the\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_JUNK = Pattern.compile("[^a-z0-9' ()-]");
    private static final Pattern TLD = Pattern.compile("\\.(com|co\\.uk|net|org|kr|jp)$");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    private Names() {}

    private static Map<String, String> canon() {
        Map<String, String> m = new HashMap<>();
        ALIASES.forEach((k, v) -> {
            v.forEach(a -> m.put(a, k));
            m.put(k, k);
        });
        return Map.copyOf(m);
    }

    /** {@code norm_name(s)}: a string or a {@code {"name": ...}} object; null for None or an empty name. */
    static String name(JsonNode n) {
        if (!Py.truthy(n)) return null;
        if (n.isObject()) {
            n = n.get("name");
            if (!Py.truthy(n)) return null;
        }
        String s = n.isTextual() ? n.textValue() : n.asText();
        s = THE.matcher(lower(Py.strip(s))).replaceAll("");
        s = Py.strip(NAME_JUNK.matcher(s).replaceAll(""));
        return CANON.getOrDefault(s, s);
    }

    /** {@code norm_outlet(s)}: lower case letters and digits only, without "the", "www." or a common top-level domain. */
    static String outlet(JsonNode n) {
        String s = Py.truthy(n) ? (n.isTextual() ? n.textValue() : n.asText()) : "";
        s = THE.matcher(lower(Py.strip(s))).replaceAll("");
        s = TLD.matcher(s).replaceAll("");
        s = WWW.matcher(s).replaceAll("");
        return NOT_ALNUM.matcher(s).replaceAll("");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
