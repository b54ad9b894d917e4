package org.longarm.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.longarm.model.Incident;
import org.longarm.model.Mention;

/** The {@code incident} and {@code incident_mention} tables. Callers hold the transaction. */
final class IncidentRows {
    void replaceAll(Connection c, List<Incident> incidents) throws SQLException {
        keepOldIds(c, incidents);
        try (PreparedStatement m = c.prepareStatement("DELETE FROM incident_mention");
             PreparedStatement i = c.prepareStatement("DELETE FROM incident")) {
            m.executeUpdate();
            i.executeUpdate();
        }
        try (PreparedStatement inc = c.prepareStatement("INSERT INTO incident"
                + " (id, type, status, origin_state, country, time_from, time_to, pipeline_version, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement men = c.prepareStatement("INSERT INTO incident_mention"
                     + " (incident_id, mention_index, article_id, start_offset, end_offset, type)"
                     + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Incident x : incidents) {
                inc.setString(1, x.id());
                inc.setString(2, x.type().name());
                inc.setString(3, x.status().name());
                inc.setString(4, x.originState());
                inc.setString(5, x.location() == null ? null : x.location().country());
                inc.setString(6, x.from() == null ? null : x.from().toString());
                inc.setString(7, x.to() == null ? null : x.to().toString());
                inc.setString(8, x.pipeline());
                inc.setString(9, StoreJson.write(x));
                inc.addBatch();
                for (int j = 0; j < x.mentions().size(); j++) {
                    Mention m = x.mentions().get(j);
                    men.setString(1, x.id());
                    men.setInt(2, j);
                    men.setString(3, m.span().articleId());
                    men.setInt(4, m.span().start());
                    men.setInt(5, m.span().end());
                    men.setString(6, m.type().name());
                    men.addBatch();
                }
            }
            inc.executeBatch();
            men.executeBatch();
        }
    }

    /**
     * Before the incidents are replaced: every stored id that the new set no longer has becomes an alias of the new
     * incident that holds its first mention, and aliases that pointed at such ids follow them. Nothing else moves.
     */
    private static void keepOldIds(Connection c, List<Incident> incidents) throws SQLException {
        java.util.Set<String> fresh = new java.util.HashSet<>();
        java.util.Map<String, String> holder = new java.util.HashMap<>();
        for (Incident x : incidents) {
            fresh.add(x.id());
            for (Mention m : x.mentions()) holder.putIfAbsent(key(m.span().articleId(), m.span().start(), m.span().end(), m.type().name()), x.id());
        }
        java.util.Map<String, String> moved = new java.util.TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT incident_id, article_id, start_offset, end_offset, type"
                + " FROM incident_mention WHERE mention_index = 0");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String old = rs.getString(1);
                if (fresh.contains(old)) continue;
                String now = holder.get(key(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                if (now != null) moved.put(old, now);
            }
        }
        java.util.Map<String, String> aliases = new java.util.TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT alias_id, incident_id FROM incident_alias");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) aliases.put(rs.getString(1), rs.getString(2));
        }
        aliases.replaceAll((alias, target) -> fresh.contains(target) ? target : moved.getOrDefault(target, target));
        aliases.putAll(moved);
        aliases.keySet().removeIf(fresh::contains);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM incident_alias")) {
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO incident_alias (alias_id, incident_id) VALUES (?, ?)")) {
            for (java.util.Map.Entry<String, String> e : aliases.entrySet()) {
                ins.setString(1, e.getKey());
                ins.setString(2, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static String key(String article, int start, int end, String type) {
        return article + "|" + start + "|" + end + "|" + type;
    }

    /** The incident an old id now belongs to, when that id was merged into another. */
    Optional<String> aliasOf(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT incident_id FROM incident_alias WHERE alias_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    List<Incident> all(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT json FROM incident ORDER BY id")) {
            List<Incident> out = read(st);
            out.sort(Comparator.comparing(Incident::id)); // the database's collation may differ from Java's
            return List.copyOf(out);
        }
    }

    Optional<Incident> one(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT json FROM incident WHERE id = ?")) {
            st.setString(1, id);
            return read(st).stream().findFirst();
        }
    }

    /** Ids of the incidents with a mention in this article, sorted. */
    List<String> idsMentioning(Connection c, String articleId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT DISTINCT incident_id FROM incident_mention WHERE article_id = ? ORDER BY incident_id")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
        }
        Collections.sort(ids);
        return List.copyOf(ids);
    }

    private static List<Incident> read(PreparedStatement st) throws SQLException {
        List<Incident> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) out.add(StoreJson.incident(rs.getString(1)));
        }
        return out;
    }
}
