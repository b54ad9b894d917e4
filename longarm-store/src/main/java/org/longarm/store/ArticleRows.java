package org.longarm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.longarm.ingest.web.CanonicalUrl;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Mention;

/** The {@code article} and {@code article_mention} tables. Callers hold the transaction. */
final class ArticleRows {
    private static final String COLUMNS = "id, outlet, url, published, title, text, language, extra_json, flags, source,"
            + " sha256, imported_at, candidate, relevant, pipeline_version, result_json";

    /** Test seam: runs between the article row and its mention rows, inside the transaction. */
    Runnable midSave = () -> {};

    boolean has(Connection c, String id, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM article WHERE id = ? AND sha256 = ?")) {
            st.setString(1, id);
            st.setString(2, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    Optional<Instant> importedAt(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT imported_at FROM article WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    void save(Connection c, ArticleResult result, Instant now) throws SQLException {
        Article a = result.article();
        Instant importedAt = importedAt(c, a.id()).orElse(now);
        delete(c, a.id());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO article (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            st.setString(++i, a.id());
            st.setString(++i, a.outlet());
            st.setString(++i, a.url());
            st.setString(++i, a.published());
            st.setString(++i, a.title());
            st.setString(++i, a.text());
            st.setString(++i, a.language());
            st.setString(++i, a.extraJson());
            st.setString(++i, StoreJson.write(a.flags()));
            st.setString(++i, a.source());
            st.setString(++i, a.sha256());
            st.setString(++i, importedAt.toString());
            st.setInt(++i, result.candidate() ? 1 : 0);
            st.setInt(++i, result.relevant() ? 1 : 0);
            st.setString(++i, result.pipelineVersion());
            st.setString(++i, StoreJson.write(new StoreJson.ResultBody(result.incidents(), result.cites())));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE article SET canonical_url = ? WHERE id = ?")) {
            st.setString(1, CanonicalUrl.of(a.url()));
            st.setString(2, a.id());
            st.executeUpdate();
        }
        midSave.run();
        insertMentions(c, a.id(), result.incidents());
    }

    /** The id of a stored article other than {@code id} with the same text hash or canonical address, if any. */
    Optional<String> copyOf(Connection c, String id, String sha256, String url) throws SQLException {
        String canonical = CanonicalUrl.of(url);
        String sql = "SELECT id FROM article WHERE id <> ? AND (sha256 = ?"
                + (canonical == null ? "" : " OR canonical_url = ?") + ") ORDER BY id LIMIT 1";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id);
            st.setString(2, sha256);
            if (canonical != null) st.setString(3, canonical);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** True when an article with this canonical address is stored. */
    boolean hasUrl(Connection c, String url) throws SQLException {
        String canonical = CanonicalUrl.of(url);
        if (canonical == null) return false;
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM article WHERE canonical_url = ? LIMIT 1")) {
            st.setString(1, canonical);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Fills canonical_url of rows stored before schema v2; returns how many. */
    int fillCanonicalUrls(Connection c) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, url FROM article WHERE url IS NOT NULL AND canonical_url IS NULL");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) rows.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("UPDATE article SET canonical_url = ? WHERE id = ?")) {
            for (String[] r : rows) {
                String canonical = CanonicalUrl.of(r[1]);
                if (canonical == null) continue;
                st.setString(1, canonical);
                st.setString(2, r[0]);
                n += st.executeUpdate();
            }
        }
        return n;
    }

    private static void insertMentions(Connection c, String articleId, List<ArticleIncident> incidents) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO article_mention"
                + " (article_id, incident_index, mention_index, start_offset, end_offset, type, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < incidents.size(); i++) {
                List<Mention> mentions = incidents.get(i).mentions();
                for (int j = 0; j < mentions.size(); j++) {
                    Mention m = mentions.get(j);
                    st.setString(1, articleId);
                    st.setInt(2, i);
                    st.setInt(3, j);
                    st.setInt(4, m.span().start());
                    st.setInt(5, m.span().end());
                    st.setString(6, m.type().name());
                    st.setString(7, m.status().name());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static void delete(Connection c, String id) throws SQLException {
        for (String sql : List.of("DELETE FROM article_mention WHERE article_id = ?", "DELETE FROM article WHERE id = ?")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, id);
                st.executeUpdate();
            }
        }
    }

    List<ArticleResult> all(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM article ORDER BY id")) {
            List<ArticleResult> out = read(st);
            out.sort(Comparator.comparing(r -> r.article().id())); // the database's collation may differ from Java's
            return List.copyOf(out);
        }
    }

    Optional<ArticleResult> one(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
            st.setString(1, id);
            return read(st).stream().findFirst();
        }
    }

    List<String> ids(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM article ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }

    private static List<ArticleResult> read(PreparedStatement st) throws SQLException {
        List<ArticleResult> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Article a = new Article(rs.getString("id"), rs.getString("outlet"), rs.getString("url"),
                        rs.getString("published"), rs.getString("title"), rs.getString("text"),
                        rs.getString("language"), rs.getString("extra_json"), StoreJson.strings(rs.getString("flags")),
                        rs.getString("source"));
                StoreJson.ResultBody body = StoreJson.resultBody(rs.getString("result_json"));
                out.add(new ArticleResult(a, rs.getInt("candidate") != 0, body.incidents(), body.cites(),
                        rs.getString("pipeline_version")));
            }
        }
        return out;
    }
}
