package org.hum.keys.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.crypto.control.FieldCipher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Counts the ciphertexts still sealed under one version of a data key, wherever they are: every
 * binary column of every table the application reads, searched for envelopes that begin with
 * that version's header (format, key id, version). No feature has to declare its columns, so a
 * column added later is searched too; a hash or signature in such a column cannot begin with the
 * 21 bytes of a header except by a collision of 2^-168. Before a retired version is destroyed,
 * the janitor asks here that nothing still needs it (docs/architecture.md, "Field-level
 * encryption").
 */
@ApplicationScoped
public class CiphertextCensus {
    private static final Logger LOG = Logger.getLogger(CiphertextCensus.class.getName());
    /** Names as information_schema gives them; anything else is not put into a statement. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    @Resource(lookup = "jdbc/hum")
    DataSource data;

    /**
     * Where envelopes under {@code version} of key {@code dekId} still are: "table.column" to how
     * many rows, only the places that have any; empty when nothing uses the version.
     */
    public Map<String, Long> sealedUnder(String dekId, int version) {
        byte[] header = FieldCipher.headerBytes(UUID.fromString(dekId), version);
        try (Connection c = data.getConnection()) {
            // each count sees what is committed now: a pooled connection outside a transaction may
            // still hold an earlier snapshot (repeatable read), which could miss a late write
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            List<String[]> columns = binaryColumns(c);
            Map<String, Long> found = new LinkedHashMap<>();
            if (columns.isEmpty()) {
                return found;
            }
            StringBuilder sql = new StringBuilder();
            for (String[] col : columns) {
                if (!sql.isEmpty()) {
                    sql.append(" UNION ALL ");
                }
                // LEFT on a binary column compares bytes; the length of the header is fixed
                sql.append("SELECT ?, COUNT(*) FROM `").append(col[0]).append("` WHERE LEFT(`").append(col[1])
                        .append("`, ").append(header.length).append(") = ?");
            }
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (String[] col : columns) {
                    s.setString(p++, col[0] + "." + col[1]);
                    s.setBytes(p++, header);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getLong(2) > 0) {
                            found.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            LOG.severe(() -> "The ciphertext census could not read the data schema: SQL state " + e.getSQLState());
            throw new HumException(ErrorCode.UNAVAILABLE, "The database is not reachable; nothing was destroyed. Try again shortly.");
        }
    }

    /** Every binary column of the tables the application's account may read, in a stable order. */
    private static List<String[]> binaryColumns(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('binary', 'varbinary', 'tinyblob', 'blob', "
                + "'mediumblob', 'longblob') ORDER BY TABLE_NAME, COLUMN_NAME");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                if (NAME.matcher(table).matches() && NAME.matcher(column).matches()) {
                    columns.add(new String[] {table, column});
                }
            }
        }
        return columns;
    }
}
