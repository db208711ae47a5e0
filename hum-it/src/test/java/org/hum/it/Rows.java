package org.hum.it;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the test database directly, as someone holding a dump of it would. */
public final class Rows {
    private Rows() {
    }

    public static long count(String table) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The status kept on the file's row for the register (its latest change's), as the database holds it. */
    public static String fileStatus(String sourceId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT status FROM source WHERE id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every column of every row of the table, as text (bytes read as UTF-8 and as Latin-1). */
    public static String dump(String table) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof byte[] bytes) {
                        b.append(new String(bytes, StandardCharsets.UTF_8)).append('|')
                                .append(new String(bytes, StandardCharsets.ISO_8859_1)).append('|');
                    } else if (value != null) {
                        b.append(value).append('|');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** As {@link #dump(String)}, for lambdas and assertions that cannot throw. */
    public static String dumpUnchecked(String table) {
        try {
            return dump(table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
