package org.longarm.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.search.SearchIndex;
import org.longarm.search.SearchQuery;
import org.longarm.search.SearchResult;
import org.longarm.store.Store;

/**
 * What the server reads: the stored incidents in memory with the search index over them, and for each incident when
 * its articles were first and last imported. Another process's import is seen at the next request (checked at most
 * once a second): it commits a new index, and the catalog then reloads from the store.
 */
final class Catalog implements AutoCloseable {
    private static final long CHECK_NANOS = 1_000_000_000L;

    private final Store store;
    private final SearchIndex index;
    private volatile State state;
    private long lastCheck = System.nanoTime();

    record State(Map<String, Incident> byId, Map<String, Instant> firstSeen, Map<String, Instant> lastChanged) {}

    private Catalog(Store store, SearchIndex index, List<Incident> incidents) {
        this.store = store;
        this.index = index;
        this.state = load(store, incidents);
    }

    /** Opens the search index (rebuilding it when missing or out of step) and loads the incidents. */
    static Catalog open(Store store) {
        List<Incident> incidents = store.incidents();
        return new Catalog(store, SearchIndex.open(store.dataDir(), incidents), incidents);
    }

    private static State load(Store store, List<Incident> incidents) {
        Map<String, Incident> byId = new LinkedHashMap<>();
        Map<String, Instant> imported = new HashMap<>();
        Map<String, Instant> first = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        for (Incident x : incidents) {
            byId.put(x.id(), x);
            for (Mention m : x.mentions()) {
                String a = m.span().articleId();
                Instant at = imported.computeIfAbsent(a, id -> store.importedAt(id).orElse(Instant.EPOCH));
                first.merge(x.id(), at, (p, q) -> p.isBefore(q) ? p : q);
                last.merge(x.id(), at, (p, q) -> p.isAfter(q) ? p : q);
            }
            first.putIfAbsent(x.id(), Instant.EPOCH);
            last.putIfAbsent(x.id(), Instant.EPOCH);
        }
        return new State(byId, first, last);
    }

    /** Picks up a newer index (another process imported) and reloads the incidents then. */
    void refreshIfChanged() {
        synchronized (this) {
            long now = System.nanoTime();
            if (now - lastCheck < CHECK_NANOS) return;
            lastCheck = now;
            if (!index.refresh()) return;
        }
        state = load(store, store.incidents());
    }

    /** The incident with this id; an id merged into another incident by a later import resolves to that one. */
    Optional<Incident> incident(String id) {
        Incident x = state.byId().get(id);
        if (x != null) return Optional.of(x);
        return store.incident(id).map(found -> state.byId().getOrDefault(found.id(), found));
    }

    SearchResult search(SearchQuery q) {
        return index.search(q);
    }

    /** Every incident the query matches, in search order. */
    List<Incident> all(SearchQuery q) {
        Map<String, Incident> byId = state.byId();
        List<Incident> out = new ArrayList<>();
        for (String id : index.ids(q)) {
            Incident x = byId.get(id);
            if (x != null) out.add(x);
        }
        return out;
    }

    int size() {
        return state.byId().size();
    }

    /** When the first article reporting the incident was imported. */
    Instant firstSeen(String id) {
        return state.firstSeen().getOrDefault(id, Instant.EPOCH);
    }

    /** When the latest article reporting the incident was imported. */
    Instant lastChanged(String id) {
        return state.lastChanged().getOrDefault(id, Instant.EPOCH);
    }

    @Override
    public void close() {
        index.close();
    }
}
