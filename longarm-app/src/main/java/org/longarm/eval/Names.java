package org.longarm.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** score.py's name normalizers: {@code norm_name} with its alias table, and {@code norm_outlet}. */
final class Names {
    private static final Map<String, String> CANON = canon();
    private static final Pattern THE = Pattern.compile("^the\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_JUNK = Pattern.compile("[^a-z0-9' ()-]");
    private static final Pattern TLD = Pattern.compile("\\.(com|co\\.uk|net|org|kr|jp)$");
    private static final Pattern WWW = Pattern.compile("^www\\.");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    private Names() {}

    /** score.py's {@code CANON}: every alias and every key to its key, a later key winning on a shared alias. */
    private static Map<String, String> canon() {
        Map<String, String> m = new HashMap<>();
        String resource = "aliases.tsv";
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) throw new IllegalStateException(resource + ": expected key<TAB>aliases: " + line);
                for (String a : cols[1].split("\\|")) m.put(a, cols[0]);
                m.put(cols[0], cols[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return Map.copyOf(m);
    }

    /** The alias table as score.py's {@code CANON} holds it, for the test that compares the two. */
    static Map<String, String> canonTable() {
        return CANON;
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
