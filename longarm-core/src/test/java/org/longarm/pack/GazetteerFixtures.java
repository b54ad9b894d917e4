package org.longarm.pack;

import java.nio.charset.StandardCharsets;

/** Tiny inline gazetteers: rows are written with " ; " between columns and turned into TSV. */
final class GazetteerFixtures {
    static final String COUNTRIES_HEADER = "alpha3\tname\tvariants\tdemonyms\tcapital\tlat\tlon\n";
    static final String PACK_HEADER = "name\tvariants\tkind\tcountry\tparent\tlat\tlon\n";

    private GazetteerFixtures() {}

    static byte[] tsv(String header, String... rows) {
        StringBuilder b = new StringBuilder(header);
        for (String r : rows) b.append(String.join("\t", r.split("\\s*;\\s*", -1))).append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Gazetteer gazetteer(String[] countries, String... places) {
        return Gazetteer.load("c.tsv", tsv(COUNTRIES_HEADER, countries), "p.tsv", tsv(PACK_HEADER, places));
    }
}
