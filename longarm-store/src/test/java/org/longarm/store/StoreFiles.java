package org.longarm.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Looks into a store's SQLite file directly, beside the store's own API, for tests of what is on disk. */
final class StoreFiles {
    private StoreFiles() {}

    static String integrityCheck(Path dataDir) throws SQLException {
        try (Connection c = connect(dataDir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static int countRows(Path dataDir, String sql) throws SQLException {
        try (Connection c = connect(dataDir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Store.FILE_NAME));
    }
}
