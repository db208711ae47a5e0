package org.hum.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives two of the demo's files a past, so that a new installation shows what the clocks do when
 * time runs out: a file made through the REST API today has every clock a year ahead of it. The
 * rows a file's clocks read (its registration, status history, assignments, validations and their
 * conclusions, authorisations and their reviews, instructions, grades) are moved back by a number
 * of days, in one transaction, over the schema owner's account; the due list is rebuilt by its
 * job within the minute. The audit trail is never touched (its entries are chained by hash): the
 * entries of these files keep the day the demo made them, which docs/operations.md, "The rule clock",
 * says. Only ever run by {@code ./run} on the installation it has just made, before anyone has
 * used it.
 */
final class DemoHistory {
    /** The tables whose rows belong to a file by {@code source_id}, and whose days the clocks read. */
    private static final List<String> BY_SOURCE = List.of("source_particulars", "source_status_change",
            "source_assignment", "identity_grant", "source_instructions", "source_contact_approval", "source_grade",
            "source_risk_entry", "source_promise", "validation", "authorisation", "authorisation_amendment",
            "oia_authorisation");

    private DemoHistory() {
    }

    /** Moves every day of the file's rows {@code days} back, and drops its lines of the due list (its job rebuilds them). */
    static void moveBack(DatabaseProvisioner.Database db, String sourceId, int days) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.owner().user(), db.owner().password())) {
            c.setAutoCommit(false);
            for (String table : BY_SOURCE) {
                move(c, db.name(), table, "source_id = ?", sourceId, days);
            }
            move(c, db.name(), "source", "id = ?", sourceId, days);
            move(c, db.name(), "validation_conclusion",
                    "validation_id IN (SELECT id FROM validation WHERE source_id = ?)", sourceId, days);
            move(c, db.name(), "validation_dissent",
                    "validation_id IN (SELECT id FROM validation WHERE source_id = ?)", sourceId, days);
            move(c, db.name(), "authorisation_review",
                    "authorisation_id IN (SELECT id FROM authorisation WHERE source_id = ?)", sourceId, days);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM due_item WHERE source_id = ?")) {
                s.setString(1, sourceId);
                s.executeUpdate();
            }
            c.commit();
        }
    }

    private static void move(Connection c, String schema, String table, String where, String sourceId, int days)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? AND data_type IN ('timestamp', 'datetime', 'date') "
                + "ORDER BY ordinal_position")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("the demo's history expected days in table " + table + " and found none");
        }
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.isEmpty() ? "" : ", ").append('`').append(column).append("` = `").append(column)
                    .append("` - INTERVAL ").append(days).append(" DAY");
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE `" + table + "` SET " + set + " WHERE " + where)) {
            s.setString(1, sourceId);
            s.executeUpdate();
        }
    }
}
