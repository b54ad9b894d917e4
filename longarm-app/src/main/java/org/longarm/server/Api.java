package org.longarm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.longarm.export.Exports;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.longarm.search.SearchQuery;
import org.longarm.search.SearchResult;
import org.longarm.store.Review;
import org.longarm.store.Store;
import org.longarm.store.Watch;

/** The handlers of the REST API v1 (FORMATS.md) and of the feeds, one method per endpoint. */
final class Api {
    static final int MAX_ID = 200;
    static final int MAX_AUDIT = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final Catalog catalog;
    private final ApiToken token;
    private final Clock clock;

    Api(Store store, Catalog catalog, ApiToken token, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.token = token;
        this.clock = clock;
    }

    void routes(Javalin app) {
        app.get("/api/incidents", this::incidents);
        app.get("/api/incidents/{id}", this::incident);
        app.get("/api/incidents/{id}/reviews", this::reviews);
        app.post("/api/incidents/{id}/reviews", this::review);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/stats", this::stats);
        app.get("/api/map", this::map);
        app.get("/api/audit", this::audit);
        app.get("/api/watches", this::watches);
        app.post("/api/watches", this::addWatch);
        app.get("/api/openapi.json", ctx -> Assets.send(ctx, "openapi.json"));
        app.get("/feeds/incidents.atom", this::feed);
        app.get("/feeds/watch/{file}", this::watchFeed);
    }

    /** {@code GET /api/incidents}: a page of export objects, the total, the next cursor and facet counts. */
    void incidents(Context ctx) {
        SearchQuery q = Params.search(ctx);
        SearchResult r = catalog.search(q);
        StringBuilder items = new StringBuilder("[");
        for (String id : r.ids()) {
            Incident x = catalog.incident(id).orElse(null);
            if (x == null) continue;
            if (items.length() > 1) items.append(',');
            items.append(Exports.incidentJson(x));
        }
        items.append(']');
        int nextOffset = q.offset() + q.limit();
        ObjectNode rest = Json.object();
        rest.put("total", r.total());
        if (nextOffset < r.total()) rest.put("next", Params.cursorFor(nextOffset));
        else rest.putNull("next");
        ObjectNode facets = rest.putObject("facets");
        r.facets().forEach((dim, counts) -> facets.set(dim, Views.counts(counts)));
        String tail = Json.write(rest);
        Json.send(ctx, 200, "{\"items\":" + items + "," + tail.substring(1));
    }

    void incident(Context ctx) {
        Incident x = incidentOr404(ctx);
        Json.send(ctx, 200, Views.incident(x, store, catalog));
    }

    void reviews(Context ctx) {
        Incident x = incidentOr404(ctx);
        ArrayNode items = Json.array();
        store.reviews(x.id()).forEach(r -> items.add(Views.review(r)));
        Json.send(ctx, 200, list(items, items.size()));
    }

    /** {@code POST /api/incidents/{id}/reviews}: needs the token; {@code {"verdict", "note", "reviewer"?}}. */
    void review(Context ctx) {
        requireToken(ctx);
        ObjectNode body = body(ctx, Set.of("verdict", "note", "reviewer"));
        String verdict = text(body, "verdict", 20, true);
        if (!Review.VERDICTS.contains(verdict)) {
            throw ApiError.badRequest("verdict", "verdict must be confirmed, rejected or needs_work");
        }
        String note = text(body, "note", Review.MAX_NOTE, false);
        String who = who(body);
        Incident x = incidentOr404(ctx);
        ObjectNode detail = Json.object();
        detail.put("verdict", verdict);
        detail.put("note", note == null ? "" : note);
        Review saved = store.addReview(new Review(0, x.id(), verdict, note, who, clock.instant()), Json.write(detail));
        Json.send(ctx, 201, Views.review(saved));
    }

    void article(Context ctx) {
        String id = id(ctx);
        ArticleResult r = store.article(id).orElseThrow(() -> ApiError.notFound("no article with this id"));
        List<Incident> mentioning = store.incidentIdsMentioning(id).stream()
                .map(catalog::incident).flatMap(java.util.Optional::stream).toList();
        Json.send(ctx, 200, Views.article(r, mentioning, store));
    }

    /** {@code GET /api/stats}, optionally over the incidents the filters of {@code /api/incidents} match. */
    void stats(Context ctx) {
        Json.send(ctx, 200, Views.stats(catalog.all(Params.search(ctx)), store.stats()));
    }

    void map(Context ctx) {
        Json.send(ctx, 200, Views.map(catalog.all(Params.search(ctx))));
    }

    void audit(Context ctx) {
        int limit = Params.intParam(ctx, "limit", 100, 1, MAX_AUDIT);
        ArrayNode items = Json.array();
        store.audit(limit).forEach(e -> items.add(Views.audit(e)));
        Json.send(ctx, 200, list(items, items.size()));
    }

    void watches(Context ctx) {
        ArrayNode items = Json.array();
        store.watches().forEach(w -> items.add(Views.watch(w)));
        Json.send(ctx, 200, list(items, items.size()));
    }

    /** {@code POST /api/watches}: needs the token; {@code {"name"?, "type"?, "country"?, "q"?}}, at least one rule. */
    void addWatch(Context ctx) {
        requireToken(ctx);
        ObjectNode body = body(ctx, Set.of("name", "type", "country", "q", "reviewer"));
        String name = text(body, "name", 200, false);
        String typeName = text(body, "type", 40, false);
        IncidentType type = null;
        if (typeName != null) {
            try {
                type = IncidentType.valueOf(typeName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("type", "type is not an incident type");
            }
        }
        String country = text(body, "country", 3, false);
        if (country != null) {
            if (!country.matches("[A-Za-z]{3}")) throw ApiError.badRequest("country", "country must be an ISO 3166 alpha-3 code");
            country = country.toUpperCase(Locale.ROOT);
        }
        String q = text(body, "q", Params.MAX_QUERY, false);
        if (type == null && country == null && q == null) throw ApiError.badRequest("type", "a watch needs a type, a country or a query");
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        Watch w = new Watch(HexFormat.of().formatHex(random), name, type, country, q, who(body), clock.instant());
        store.addWatch(w, Json.write(Views.watch(w)));
        Json.send(ctx, 201, Views.watch(w));
    }

    void feed(Context ctx) {
        List<Incident> all = catalog.all(SearchQuery.all(1));
        atom(ctx, "Longarm: new and changed incidents", "urn:longarm:feed:incidents", all);
    }

    void watchFeed(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".atom")) throw ApiError.notFound("no such feed");
        String id = file.substring(0, file.length() - ".atom".length());
        Watch w = store.watch(id).orElseThrow(() -> ApiError.notFound("no such watch"));
        SearchQuery q = new SearchQuery(w.type(), null, w.country(), null, null, w.query(), 0, 1);
        String title = "Longarm watch: " + (w.name() != null ? w.name() : describe(w));
        atom(ctx, title, "urn:longarm:feed:watch:" + w.id(), catalog.all(q));
    }

    private static String describe(Watch w) {
        StringBuilder b = new StringBuilder();
        if (w.type() != null) b.append(w.type().name());
        if (w.country() != null) b.append(b.length() == 0 ? "" : " in ").append(w.country());
        if (w.query() != null) b.append(b.length() == 0 ? "" : " matching ").append('"').append(w.query()).append('"');
        return b.toString();
    }

    private void atom(Context ctx, String title, String feedId, List<Incident> incidents) {
        String base = ctx.scheme() + "://" + ctx.host();
        String xml = Feeds.atom(title, base + ctx.path(), base, feedId, incidents, catalog, store.audit(MAX_AUDIT));
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    private Incident incidentOr404(Context ctx) {
        return catalog.incident(id(ctx)).orElseThrow(() -> ApiError.notFound("no incident with this id"));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) throw ApiError.badRequest("id", "id must be 1.." + MAX_ID + " characters");
        return id;
    }

    private void requireToken(Context ctx) {
        if (!token.accepts(ctx.header("Authorization"))) {
            throw new ApiError(401, "writes need Authorization: Bearer TOKEN (from $LONGARM_TOKEN or DATA/api-token)", "Authorization");
        }
    }

    private String who(ObjectNode body) {
        String reviewer = text(body, "reviewer", 80, false);
        if (reviewer != null && reviewer.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiError.badRequest("reviewer", "reviewer must not hold control characters");
        }
        return reviewer == null ? token.id() : reviewer + " (" + token.id() + ")";
    }

    /** The JSON object of a request body, at most {@link Server#MAX_BODY} bytes, with only the fields allowed. */
    private static ObjectNode body(Context ctx, Set<String> allowed) {
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(Server.MAX_BODY + 1);
        } catch (IOException e) {
            throw ApiError.badRequest("body", "cannot read the request body");
        }
        if (bytes.length > Server.MAX_BODY) throw new ApiError(413, "request body larger than " + Server.MAX_BODY + " bytes", "body");
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw ApiError.badRequest("body", "the body is not JSON");
        }
        if (node == null || !node.isObject()) throw ApiError.badRequest("body", "the body must be a JSON object");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw ApiError.badRequest(f.length() > 40 ? "body" : f, "unknown field");
        }
        return (ObjectNode) node;
    }

    private static String text(ObjectNode body, String field, int max, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) throw ApiError.badRequest(field, field + " is required");
            return null;
        }
        if (!v.isTextual()) throw ApiError.badRequest(field, field + " must be a string");
        String s = v.textValue().strip();
        if (s.length() > max) throw ApiError.badRequest(field, field + " is longer than " + max + " characters");
        if (s.isEmpty()) {
            if (required) throw ApiError.badRequest(field, field + " is required");
            return null;
        }
        return s;
    }

    private static ObjectNode list(ArrayNode items, long total) {
        ObjectNode o = Json.object();
        o.set("items", items);
        o.put("total", total);
        o.putNull("next");
        return o;
    }

}
