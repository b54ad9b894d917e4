package org.longarm.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;

/**
 * Front door of the embedded store: a SQLite file in the data folder, schema by migrations, portable SQL.
 * Saving an article and its extraction is one transaction, so a killed import leaves whole articles or none.
 */
public final class Store implements AutoCloseable {
    public static Store open(Path dataDir) {
        throw new UnsupportedOperationException("TODO");
    }

    /** True when an article with this id and this text hash is stored (a re-import then changes nothing). */
    public boolean has(String articleId, String sha256) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Stores (or replaces, when its text changed) an article and its extraction; keeps the first import time. */
    public void save(ArticleResult result) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every stored article with its extraction, sorted by article id. */
    public List<ArticleResult> results() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Replaces the linked incidents in one transaction. */
    public void replaceIncidents(List<Incident> incidents) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Stored incidents sorted by id. */
    public List<Incident> incidents() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<Incident> incident(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {}
}
