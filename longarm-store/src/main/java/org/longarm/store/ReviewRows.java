package org.longarm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.longarm.model.IncidentType;

/**
 * The {@code review}, {@code watch} and {@code audit} tables (V3). Ids are numbered in the writing transaction
 * (portable: no autoincrement syntax). Every write adds its audit row in the same transaction. Callers hold it.
 */
final class ReviewRows {
    long addReview(Connection c, Review r, String detailJson) throws SQLException {
        long id = next(c, "review");
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO review (id, incident_id, verdict, note, who, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, r.incidentId());
            st.setString(3, r.verdict());
            st.setString(4, r.note());
            st.setString(5, r.who());
            st.setString(6, r.at().toString());
            st.executeUpdate();
        }
        audit(c, new AuditEntry(0, r.at(), r.who(), "review", r.incidentId(), detailJson));
        return id;
    }

    List<Review> reviews(Connection c, String incidentId) throws SQLException {
        List<Review> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, incident_id, verdict, note, who, at FROM review WHERE incident_id = ? ORDER BY id DESC")) {
            st.setString(1, incidentId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6))));
                }
            }
        }
        return List.copyOf(out);
    }

    void addWatch(Connection c, Watch w, String detailJson) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO watch (id, name, type, country, query, who, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, w.id());
            st.setString(2, w.name());
            st.setString(3, w.type() == null ? null : w.type().name());
            st.setString(4, w.country());
            st.setString(5, w.query());
            st.setString(6, w.who());
            st.setString(7, w.created().toString());
            st.executeUpdate();
        }
        audit(c, new AuditEntry(0, w.created(), w.who(), "watch", w.id(), detailJson));
    }

    List<Watch> watches(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, name, type, country, query, who, created_at FROM watch ORDER BY created_at, id")) {
            return readWatches(st);
        }
    }

    Optional<Watch> watch(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, name, type, country, query, who, created_at FROM watch WHERE id = ?")) {
            st.setString(1, id);
            return readWatches(st).stream().findFirst();
        }
    }

    private static List<Watch> readWatches(PreparedStatement st) throws SQLException {
        List<Watch> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(3);
                out.add(new Watch(rs.getString(1), rs.getString(2), type == null ? null : IncidentType.valueOf(type),
                        rs.getString(4), rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7))));
            }
        }
        return List.copyOf(out);
    }

    void audit(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO audit (id, at, who, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, next(c, "audit"));
            st.setString(2, e.at().toString());
            st.setString(3, e.who());
            st.setString(4, e.action());
            st.setString(5, e.target());
            st.setString(6, e.detailJson());
            st.executeUpdate();
        }
    }

    /** The newest {@code limit} audit rows, newest first. */
    List<AuditEntry> audit(Connection c, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, at, who, action, target, detail FROM audit ORDER BY id DESC LIMIT ?")) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static long next(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
