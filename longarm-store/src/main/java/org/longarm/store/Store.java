package org.longarm.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.longarm.model.ArticleResult;
import org.longarm.model.Checks;
import org.longarm.model.Incident;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Front door of the embedded store: a SQLite file in the data folder, schema by migrations, portable SQL.
 * Saving an article and its extraction is one transaction, so a killed import leaves whole articles or none.
 * One connection, used by one thread at a time; the journal is a write-ahead log and a locked database is
 * waited for {@value #BUSY_TIMEOUT_MS} ms.
 */
public final class Store implements AutoCloseable {
    /** The database file's name in the data folder. */
    public static final String FILE_NAME = "longarm.db";
    static final int BUSY_TIMEOUT_MS = 10_000;

    /** Row counts: stored articles, those the prefilter let through, those with incidents, linked incidents. */
    public record Stats(int articles, int candidates, int relevant, int incidents) {}

    private final Connection connection;
    private final Clock clock;
    private final Path dataDir;
    final ArticleRows articles = new ArticleRows();
    private final IncidentRows incidents = new IncidentRows();
    private final ReviewRows reviews = new ReviewRows();
    private boolean closed;

    private Store(Connection connection, Clock clock, Path dataDir) {
        this.connection = connection;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /** The data folder this store lives in (the search index and the API token sit beside the database). */
    public Path dataDir() {
        return dataDir;
    }

    public static Store open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** Opens (creating folder, file and schema when missing) the store in {@code dataDir}; the clock stamps imports. */
    public static Store open(Path dataDir, Clock clock) {
        Checks.notNull(dataDir, "dataDir");
        Checks.notNull(clock, "clock");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir, e);
        }
        SQLiteDataSource ds = dataSource(dataDir.resolve(FILE_NAME));
        // Flyway logs through SLF4J, so the application decides where its notes go (none on standard output).
        try {
            // no ignore patterns: a store written by a newer Longarm (a future migration) is refused, not misread
            Flyway.configure().loggers("slf4j").dataSource(ds).locations("classpath:db/migration")
                    .ignoreMigrationPatterns(new String[0]).load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the store in " + dataDir + " to the current schema: " + e.getMessage(), e);
        }
        try {
            Connection c = ds.getConnection();
            c.setAutoCommit(false);
            Store store = new Store(c, clock, dataDir);
            store.write(store.articles::fillCanonicalUrls);
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dataDir, e);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /** True when an article with this id and this text hash is stored (a re-import then changes nothing). */
    public boolean has(String articleId, String sha256) {
        return read(c -> articles.has(c, articleId, sha256));
    }

    /**
     * The id of a stored copy of an article under another id: one with the same text (SHA-256) or the same
     * canonical address (see {@code CanonicalUrl}), whichever id sorts first; empty when there is none.
     */
    public Optional<String> copyOf(String articleId, String sha256, String url) {
        Checks.notNull(articleId, "articleId");
        Checks.notNull(sha256, "sha256");
        return read(c -> articles.copyOf(c, articleId, sha256, url));
    }

    /** True when an article with this canonical address is stored (so a feed item need not be fetched again). */
    public boolean hasUrl(String url) {
        Checks.notNull(url, "url");
        return read(c -> articles.hasUrl(c, url));
    }

    /** Stores (or replaces, when its text changed) an article and its extraction; keeps the first import time. */
    public void save(ArticleResult result) {
        Checks.notNull(result, "result");
        write(c -> {
            articles.save(c, result, clock.instant());
            return null;
        });
    }

    /** Stores several articles in one transaction: all of them, or (when one fails) none. */
    public void saveAll(List<ArticleResult> results) {
        Checks.notNull(results, "results");
        write(c -> {
            Instant now = clock.instant();
            for (ArticleResult r : results) articles.save(c, Checks.notNull(r, "result"), now);
            return null;
        });
    }

    /** Every stored article with its extraction, sorted by article id. */
    public List<ArticleResult> results() {
        return read(articles::all);
    }

    /** One stored article with its extraction. */
    public Optional<ArticleResult> article(String id) {
        return read(c -> articles.one(c, id));
    }

    /** Ids of every stored article, sorted. */
    public List<String> articleIds() {
        return read(articles::ids);
    }

    /** When the article with this id was first imported (kept across re-imports), if stored. */
    public Optional<Instant> importedAt(String articleId) {
        return read(c -> articles.importedAt(c, articleId));
    }

    /** Replaces the linked incidents in one transaction. */
    public void replaceIncidents(List<Incident> list) {
        Checks.notNull(list, "incidents");
        write(c -> {
            incidents.replaceAll(c, list);
            return null;
        });
    }

    /** Stored incidents sorted by id. */
    public List<Incident> incidents() {
        return read(incidents::all);
    }

    /** The incident with this id; an id that a later import merged into another incident resolves to that one. */
    public Optional<Incident> incident(String id) {
        return read(c -> {
            Optional<Incident> found = incidents.one(c, id);
            if (found.isPresent()) return found;
            Optional<String> now = incidents.aliasOf(c, id);
            return now.isPresent() ? incidents.one(c, now.get()) : Optional.empty();
        });
    }

    /** Ids of the stored incidents with a mention in the given article, sorted. */
    public List<String> incidentIdsMentioning(String articleId) {
        return read(c -> incidents.idsMentioning(c, articleId));
    }

    /** Stores an analyst's review (numbering it) and its audit row in one transaction; returns it numbered. */
    public Review addReview(Review review, String detailJson) {
        Checks.notNull(review, "review");
        return write(c -> {
            long id = reviews.addReview(c, review, detailJson);
            return new Review(id, review.incidentId(), review.verdict(), review.note(), review.who(), review.at());
        });
    }

    /** The reviews of an incident, newest first; they outlive re-imports (keyed by the incident's stable id). */
    public List<Review> reviews(String incidentId) {
        return read(c -> reviews.reviews(c, incidentId));
    }

    /** Stores a watch rule and its audit row in one transaction. */
    public void addWatch(Watch watch, String detailJson) {
        Checks.notNull(watch, "watch");
        write(c -> {
            reviews.addWatch(c, watch, detailJson);
            return null;
        });
    }

    /** Saved watch rules, oldest first. */
    public List<Watch> watches() {
        return read(reviews::watches);
    }

    public Optional<Watch> watch(String id) {
        return read(c -> reviews.watch(c, id));
    }

    /** The newest {@code limit} writes recorded through the API, newest first. */
    public List<AuditEntry> audit(int limit) {
        Checks.check(limit > 0, "limit must be positive, was " + limit);
        return read(c -> reviews.audit(c, limit));
    }

    public Stats stats() {
        return read(c -> new Stats(count(c, "SELECT COUNT(*) FROM article"),
                count(c, "SELECT COUNT(*) FROM article WHERE candidate = 1"),
                count(c, "SELECT COUNT(*) FROM article WHERE relevant = 1"),
                count(c, "SELECT COUNT(*) FROM incident")));
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Writes the log back into the database file and closes; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try (Connection c = connection) {
            c.rollback();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the store cleanly", e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private synchronized <T> T read(Work<T> work) {
        return write(work);
    }

    private synchronized <T> T write(Work<T> work) {
        if (closed) throw new IllegalStateException("the store is closed");
        try {
            T out = work.run(connection);
            connection.commit();
            return out;
        } catch (SQLException e) {
            rollback(e);
            throw new StoreException("store operation failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }
}
