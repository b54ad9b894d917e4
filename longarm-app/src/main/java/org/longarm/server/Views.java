package org.longarm.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.longarm.export.Exports;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Target;
import org.longarm.model.TextSpan;
import org.longarm.store.AuditEntry;
import org.longarm.store.Review;
import org.longarm.store.Store;
import org.longarm.store.Watch;

/** The JSON bodies of the API beyond the export objects: one incident in full, one article, stats, the map, writes. */
final class Views {
    private Views() {}

    /** The export object plus each article's own reading ({@code reports}), the source chain and the reviews. */
    static ObjectNode incident(Incident x, Store store, Catalog catalog) {
        ObjectNode o = Json.parseOwn(Exports.incidentJson(x));
        ArrayNode reports = o.putArray("reports");
        for (ArticleIncident r : x.reports()) reports.add(report(r));
        ArrayNode sources = o.putArray("sources");
        Set<String> articles = new LinkedHashSet<>();
        for (Mention m : x.mentions()) articles.add(m.span().articleId());
        for (String id : articles) {
            ObjectNode s = sources.addObject();
            s.put("article", id);
            Optional<ArticleResult> r = store.article(id);
            if (r.isEmpty()) continue;
            Article a = r.get().article();
            s.put("outlet", a.outlet());
            s.put("title", a.title());
            s.put("url", a.url());
            s.put("published", a.published());
            ArrayNode cites = s.putArray("cites");
            r.get().cites().forEach(cites::add);
        }
        o.put("first_seen", catalog.firstSeen(x.id()).toString());
        o.put("last_changed", catalog.lastChanged(x.id()).toString());
        ArrayNode reviews = o.putArray("reviews");
        for (Review rv : store.reviews(x.id())) reviews.add(review(rv));
        return o;
    }

    private static ObjectNode report(ArticleIncident r) {
        ObjectNode o = Json.object();
        o.put("article", r.articleId());
        o.put("type", r.type().name());
        o.put("status", r.status().name());
        o.put("origin_state", r.originState());
        if (r.perpetrator() == null) {
            o.putNull("perpetrator");
        } else {
            ObjectNode p = o.putObject("perpetrator");
            p.put("name", r.perpetrator().name());
            p.put("as_written", r.perpetrator().alias());
            span(p, r.perpetrator().span());
        }
        ArrayNode targets = o.putArray("targets");
        for (Target t : r.targets()) {
            ObjectNode n = targets.addObject();
            n.put("name", t.name());
            n.put("kind", t.kind().name());
            span(n, t.span());
        }
        if (r.count() == null) {
            o.putNull("target_count");
        } else {
            ObjectNode c = o.putObject("target_count");
            c.put("value", r.count().value());
            span(c, r.count().span());
        }
        Place p = r.location();
        if (p == null) {
            o.putNull("location");
        } else {
            ObjectNode l = o.putObject("location");
            l.put("country", p.country());
            l.put("place", p.place());
            span(l, p.span());
        }
        ObjectNode t = o.putObject("time");
        t.put("from", r.time().from() == null ? null : r.time().from().toString());
        t.put("to", r.time().to() == null ? null : r.time().to().toString());
        t.put("expression", r.time().expression());
        span(t, r.time().span());
        o.put("mentions", r.mentions().size());
        return o;
    }

    private static void span(ObjectNode o, TextSpan s) {
        if (s == null) {
            o.putNull("span");
            return;
        }
        ObjectNode n = o.putObject("span");
        n.put("start", s.start());
        n.put("end", s.end());
    }

    /** An article: metadata, text, the mentions in it of stored incidents, and those incidents' ids. */
    static ObjectNode article(ArticleResult r, List<Incident> mentioning, Store store) {
        Article a = r.article();
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("published", a.published());
        o.put("title", a.title());
        o.put("language", a.language());
        o.put("relevant", r.relevant());
        o.put("candidate", r.candidate());
        ArrayNode cites = o.putArray("cites");
        r.cites().forEach(cites::add);
        ArrayNode flags = o.putArray("flags");
        a.flags().forEach(flags::add);
        o.put("sha256", a.sha256());
        o.put("pipeline", r.pipelineVersion());
        o.put("imported_at", store.importedAt(a.id()).map(Object::toString).orElse(null));
        o.put("text", a.text());
        ArrayNode mentions = o.putArray("mentions");
        ArrayNode incidents = o.putArray("incidents");
        for (Incident x : mentioning) {
            ObjectNode i = incidents.addObject();
            i.put("id", x.id());
            i.put("type", x.type().name());
            i.put("status", x.status().name());
            for (Mention m : x.mentions()) {
                if (!m.span().articleId().equals(a.id())) continue;
                ObjectNode n = mentions.addObject();
                n.put("incident", x.id());
                n.put("start", m.span().start());
                n.put("end", m.span().end());
                n.put("text", m.text());
                n.put("type", m.type().name());
                n.put("status", m.status().name());
                n.put("hedged", m.hedged());
                ObjectNode at = n.putObject("attribution");
                at.put("kind", m.attribution().kind().name());
                at.put("source", m.attribution().source());
            }
        }
        return o;
    }

    /** Counts by type, status, country and month (of the interval's start, else its end). */
    static ObjectNode stats(List<Incident> incidents, Store.Stats store) {
        Map<String, Integer> type = new TreeMap<>();
        Map<String, Integer> status = new TreeMap<>();
        Map<String, Integer> country = new TreeMap<>();
        Map<String, Integer> month = new TreeMap<>();
        Map<String, Map<String, Integer>> monthByType = new TreeMap<>();
        int undated = 0;
        for (Incident x : incidents) {
            type.merge(x.type().name(), 1, Integer::sum);
            status.merge(x.status().name(), 1, Integer::sum);
            String c = x.location() == null || x.location().country() == null ? "unknown" : x.location().country();
            country.merge(c, 1, Integer::sum);
            LocalDate d = x.from() != null ? x.from() : x.to();
            if (d == null) {
                undated++;
                continue;
            }
            String m = d.toString().substring(0, 7);
            month.merge(m, 1, Integer::sum);
            monthByType.computeIfAbsent(m, k -> new TreeMap<>()).merge(x.type().name(), 1, Integer::sum);
        }
        ObjectNode o = Json.object();
        o.put("incidents", incidents.size());
        o.put("articles", store.articles());
        o.put("relevant_articles", store.relevant());
        o.set("by_type", counts(type));
        o.set("by_status", counts(status));
        o.set("by_country", counts(country));
        o.set("by_month", counts(month));
        ObjectNode mt = o.putObject("by_month_and_type");
        monthByType.forEach((k, v) -> mt.set(k, counts(v)));
        o.put("undated", undated);
        return o;
    }

    static ObjectNode counts(Map<String, Integer> m) {
        ObjectNode o = Json.object();
        m.forEach(o::put);
        return o;
    }

    /** Incidents with coordinates grouped by place: one point per place with its count and a few ids. */
    static ObjectNode map(List<Incident> incidents) {
        record Key(double lat, double lon) {}
        Map<Key, List<Incident>> at = new LinkedHashMap<>();
        Map<String, Integer> byCountry = new TreeMap<>();
        for (Incident x : incidents) {
            Place p = x.location();
            if (p == null) continue;
            if (p.country() != null) byCountry.merge(p.country(), 1, Integer::sum);
            if (p.lat() != null) at.computeIfAbsent(new Key(p.lat(), p.lon()), k -> new ArrayList<>()).add(x);
        }
        ObjectNode o = Json.object();
        ArrayNode points = o.putArray("points");
        at.forEach((k, list) -> {
            ObjectNode n = points.addObject();
            n.put("lat", k.lat());
            n.put("lon", k.lon());
            Place p = list.get(0).location();
            n.put("place", p.place());
            n.put("country", p.country());
            n.put("count", list.size());
            ArrayNode ids = n.putArray("ids");
            list.stream().limit(20).forEach(x -> ids.add(x.id()));
        });
        o.set("by_country", counts(byCountry));
        return o;
    }

    static ObjectNode review(Review r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("incident", r.incidentId());
        o.put("verdict", r.verdict());
        o.put("note", r.note());
        o.put("who", r.who());
        o.put("at", r.at().toString());
        return o;
    }

    static ObjectNode audit(AuditEntry e) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("at", e.at().toString());
        o.put("who", e.who());
        o.put("action", e.action());
        o.put("target", e.target());
        try {
            o.set("detail", Json.MAPPER.readTree(e.detailJson()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException bad) {
            o.put("detail", e.detailJson());
        }
        return o;
    }

    static ObjectNode watch(Watch w) {
        ObjectNode o = Json.object();
        o.put("id", w.id());
        o.put("name", w.name());
        o.put("type", w.type() == null ? null : w.type().name());
        o.put("country", w.country());
        o.put("q", w.query());
        o.put("who", w.who());
        o.put("created", w.created().toString());
        o.put("feed", "/feeds/watch/" + w.id() + ".atom");
        return o;
    }
}
