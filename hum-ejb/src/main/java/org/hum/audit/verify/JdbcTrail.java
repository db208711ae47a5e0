package org.hum.audit.verify;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit tables over plain JDBC, for the verifier and for the chainer. Times are
 * read as {@code UNIX_TIMESTAMP(...)} (exact microseconds, whatever the session's time zone)
 * and written with {@code FROM_UNIXTIME(?)}, so that the hashed instant survives the round trip.
 */
public final class JdbcTrail {
    public static final String ENTRY_COLUMNS = "seq, UNIX_TIMESTAMP(occurred_at), actor, actor_roles, action, "
            + "object_type, object_id, label, purpose, outcome, client_address, correlation_id, entry_hash";
    public static final String LINK_COLUMNS = "seq, prev_chain_hash, entry_hash, chain_hash, gap";
    public static final String CHECKPOINT_COLUMNS = "id, last_seq, entry_count, chain_hash, UNIX_TIMESTAMP(signed_at), "
            + "signature, key_id";

    private JdbcTrail() {
    }

    /**
     * The whole trail, for verification against the database, read in one repeatable-read
     * transaction: the three tables as of one instant, though the chainer keeps writing.
     */
    public static AuditSlice readAll(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            AuditSlice slice = new AuditSlice(
                    entries(c, "SELECT " + ENTRY_COLUMNS + " FROM audit_event ORDER BY seq"),
                    links(c, "SELECT " + LINK_COLUMNS + " FROM audit_chain ORDER BY seq"),
                    checkpoints(c, "SELECT " + CHECKPOINT_COLUMNS + " FROM audit_checkpoint ORDER BY last_seq, id"),
                    true);
            c.commit();
            return slice;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * The whole trail for the verifier, read a range at a time ({@link TrailCheck#RANGE} sequence
     * numbers) in one repeatable-read transaction: every range as of one instant, though the
     * chainer keeps writing, and never the whole trail in memory. The caller commits when done.
     */
    static Trail ranges(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        List<Checkpoint> checkpoints = checkpoints(c, "SELECT " + CHECKPOINT_COLUMNS + " FROM audit_checkpoint ORDER BY last_seq, id");
        long firstLink;
        long lastLink;
        long maxEntry;
        try (PreparedStatement s = c.prepareStatement("SELECT (SELECT MIN(seq) FROM audit_chain), (SELECT MAX(seq) FROM audit_chain), "
                + "(SELECT MAX(seq) FROM audit_event)"); ResultSet rs = s.executeQuery()) {
            rs.next();
            firstLink = rs.getObject(1) == null ? -1 : rs.getLong(1);
            lastLink = rs.getObject(2) == null ? -1 : rs.getLong(2);
            maxEntry = rs.getObject(3) == null ? 0 : rs.getLong(3);
        }
        return new Trail(true, checkpoints, firstLink, lastLink, maxEntry) {
            @Override
            Range range(long from, long to) throws SQLException {
                return Range.of(entries(c, "SELECT " + ENTRY_COLUMNS + " FROM audit_event WHERE seq BETWEEN ? AND ?", from, to),
                        links(c, "SELECT " + LINK_COLUMNS + " FROM audit_chain WHERE seq BETWEEN ? AND ?", from, to));
            }

            @Override
            ChainLink link(long seq) throws SQLException {
                List<ChainLink> found = links(c, "SELECT " + LINK_COLUMNS + " FROM audit_chain WHERE seq = ?", seq);
                return found.isEmpty() ? null : found.get(0);
            }
        };
    }

    public static List<AuditEntry> entries(Connection c, String sql, Object... params) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), AuditHashes.fromMicros(micros(rs.getBigDecimal(2))), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getBytes(13)));
            }
        }
        return out;
    }

    public static List<ChainLink> links(Connection c, String sql, Object... params) throws SQLException {
        List<ChainLink> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new ChainLink(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4), rs.getBoolean(5)));
            }
        }
        return out;
    }

    public static List<Checkpoint> checkpoints(Connection c, String sql, Object... params) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4),
                        AuditHashes.fromMicros(micros(rs.getBigDecimal(5))), rs.getBytes(6), rs.getString(7)));
            }
        }
        return out;
    }

    /** An instant as the argument of {@code FROM_UNIXTIME(?)}: seconds with six decimals. */
    public static BigDecimal seconds(java.time.Instant t) {
        return BigDecimal.valueOf(AuditHashes.micros(t), 6);
    }

    private static long micros(BigDecimal seconds) {
        return seconds.movePointRight(6).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
