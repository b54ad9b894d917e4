package org.longarm.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.longarm.export.Exports;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Target;

/** How an incident becomes a Lucene document, and the fingerprint that tells whether an index is in step. */
final class IncidentDocs {
    static final String ID = "id";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String COUNTRY = "country";
    static final String DATED = "dated";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SORT_FROM = "sort_from";
    static final String MENTIONS = "mentions";
    static final String NAMES = "names";
    static final String PLACES = "places";
    /** Changes whenever the document layout does, so that an older index gets rebuilt. */
    static final String LAYOUT = "1";

    private IncidentDocs() {}

    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    static Document of(Incident x, FacetsConfig config) throws java.io.IOException {
        Document d = new Document();
        d.add(new StringField(ID, x.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(x.id())));
        d.add(new StringField(TYPE, x.type().name(), Field.Store.NO));
        d.add(new StringField(STATUS, x.status().name(), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(SearchIndex.FACET_TYPE, x.type().name()));
        d.add(new SortedSetDocValuesFacetField(SearchIndex.FACET_STATUS, x.status().name()));
        String country = x.location() == null ? null : x.location().country();
        if (country != null) {
            d.add(new StringField(COUNTRY, country, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(SearchIndex.FACET_COUNTRY, country));
        }
        if (x.perpetrator() != null) d.add(new SortedSetDocValuesFacetField(SearchIndex.FACET_PERPETRATOR, x.perpetrator()));
        LocalDate first = x.from() != null ? x.from() : x.to();
        if (first != null) d.add(new SortedSetDocValuesFacetField(SearchIndex.FACET_YEAR, Integer.toString(first.getYear())));
        boolean dated = x.from() != null || x.to() != null;
        d.add(new StringField(DATED, dated ? "1" : "0", Field.Store.NO));
        d.add(new LongPoint(FROM, x.from() == null ? Long.MIN_VALUE : x.from().toEpochDay()));
        d.add(new LongPoint(TO, x.to() == null ? Long.MAX_VALUE : x.to().toEpochDay()));
        d.add(new NumericDocValuesField(SORT_FROM, first == null ? Long.MIN_VALUE : first.toEpochDay()));
        List<String> mentions = new ArrayList<>();
        for (Mention m : x.mentions()) mentions.add(m.text());
        d.add(new TextField(MENTIONS, String.join("\n", mentions), Field.Store.NO));
        List<String> names = new ArrayList<>();
        if (x.perpetrator() != null) names.add(x.perpetrator());
        names.addAll(x.perpetratorAliases());
        for (Target t : x.targets()) names.add(t.name());
        d.add(new TextField(NAMES, String.join("\n", names), Field.Store.NO));
        List<String> places = new ArrayList<>();
        if (x.location() != null) {
            if (x.location().place() != null) places.add(x.location().place());
            if (country != null) places.add(country);
        }
        d.add(new TextField(PLACES, String.join("\n", places), Field.Store.NO));
        d.add(new StoredField("pipeline", x.pipeline() == null ? "" : x.pipeline()));
        return config.build(d);
    }

    /** SHA-256 over the layout and each incident's export line in id order: equal fingerprints, equal indexes. */
    static String fingerprint(List<Incident> incidents) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("layout " + LAYOUT + "\n").getBytes(StandardCharsets.UTF_8));
            incidents.stream().sorted(java.util.Comparator.comparing(Incident::id))
                    .forEach(x -> md.update((Exports.incidentJson(x) + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
