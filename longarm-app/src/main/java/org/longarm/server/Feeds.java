package org.longarm.server;

import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.longarm.model.Incident;
import org.longarm.model.Place;
import org.longarm.store.AuditEntry;

/**
 * Atom feeds (RFC 4287) of new and changed incidents, newest change first: an incident changes when an article
 * reporting it is imported or an analyst reviews it. Written by an XML writer, so every value is escaped.
 */
final class Feeds {
    static final int ENTRIES = 50;
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private Feeds() {}

    /** The changed-at time of each incident: its last imported article, or a later review from the audit log. */
    static Map<String, Instant> changes(List<Incident> incidents, Catalog catalog, List<AuditEntry> audit) {
        Map<String, Instant> at = new HashMap<>();
        for (Incident x : incidents) at.put(x.id(), catalog.lastChanged(x.id()));
        for (AuditEntry e : audit) {
            if (e.action().equals("review")) at.computeIfPresent(e.target(), (id, t) -> e.at().isAfter(t) ? e.at() : t);
        }
        return at;
    }

    static String atom(String title, String selfUrl, String baseUrl, String feedId, List<Incident> incidents,
                       Catalog catalog, List<AuditEntry> audit) {
        Map<String, Instant> changed = changes(incidents, catalog, audit);
        List<Incident> newest = incidents.stream()
                .sorted(Comparator.comparing((Incident x) -> changed.get(x.id())).reversed().thenComparing(Incident::id))
                .limit(ENTRIES).toList();
        Instant updated = newest.isEmpty() ? Instant.EPOCH : changed.get(newest.get(0).id());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            text(w, "id", feedId);
            text(w, "title", title);
            text(w, "updated", updated.toString());
            link(w, "self", selfUrl, "application/atom+xml");
            link(w, "alternate", baseUrl + "/", "text/html");
            w.writeStartElement("author");
            text(w, "name", "Longarm");
            w.writeEndElement();
            text(w, "generator", "Longarm");
            for (Incident x : newest) entry(w, x, baseUrl, catalog.firstSeen(x.id()), changed.get(x.id()));
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, Incident x, String baseUrl, Instant published, Instant updated)
            throws XMLStreamException {
        w.writeStartElement("entry");
        text(w, "id", "urn:longarm:incident:" + x.id());
        text(w, "title", title(x));
        text(w, "published", published.toString());
        text(w, "updated", updated.toString());
        link(w, "alternate", baseUrl + "/#/incident/" + encode(x.id()), "text/html");
        w.writeStartElement("category");
        w.writeAttribute("term", x.type().name());
        w.writeEndElement();
        StringBuilder summary = new StringBuilder();
        if (!x.mentions().isEmpty()) summary.append('"').append(x.mentions().get(0).text()).append("\" (")
                .append(x.mentions().get(0).span().articleId()).append(')');
        summary.append(summary.length() == 0 ? "" : "; ").append(x.articles()).append(" article(s)");
        if (x.grade() != null) summary.append(", grade ").append(x.grade());
        w.writeStartElement("summary");
        w.writeAttribute("type", "text");
        w.writeCharacters(summary.toString());
        w.writeEndElement();
        w.writeEndElement();
    }

    static String title(Incident x) {
        StringBuilder b = new StringBuilder(x.type().name()).append(' ').append(x.status().name());
        Place p = x.location();
        if (p != null) {
            String where = p.place() != null ? p.place() + (p.country() != null ? ", " + p.country() : "") : p.country();
            if (where != null) b.append(" in ").append(where);
        }
        if (x.from() != null || x.to() != null) {
            b.append(" (").append(x.from() == null ? "?" : x.from()).append(" .. ").append(x.to() == null ? "?" : x.to()).append(')');
        }
        return b.toString();
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }
}
