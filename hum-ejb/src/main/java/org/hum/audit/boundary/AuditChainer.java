package org.hum.audit.boundary;

import org.hum.config.control.JobLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.api.Role;
import org.hum.api.audit.ChainStatus;
import org.hum.audit.control.AuditSettings;
import org.hum.config.control.OwnTransaction;
import org.hum.audit.control.AuditSigningKey;
import org.hum.audit.control.AuditWitness;
import org.hum.audit.control.ChainExtension;
import org.hum.audit.verify.Checkpoint;
import org.hum.audit.verify.ChainLink;
import org.hum.audit.verify.JdbcTrail;
import org.hum.audit.verify.SliceJson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one chainer: every second (and on demand) it links the committed audit entries into the
 * hash chain in seq order, records as gaps the seqs that rolled-back transactions left
 * behind (missing for {@code hum.audit.gap-seconds} and held by no transaction), and signs the head
 * as a checkpoint every {@code hum.audit.checkpoint-entries} seqs or
 * {@code hum.audit.checkpoint-seconds}. Writers never wait for it (docs/architecture.md, "Audit trail":
 * a shared chain head locked in every transaction cut throughput by more than half).
 *
 * <p>A singleton with the container's write lock: one chaining run at a time. Each run is
 * its own transaction, so a failed run leaves the chain as it was and the next one retries.
 */
@Singleton
@Startup
@DependsOn("Startup")
public class AuditChainer {
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    private static final int BATCH = 1000;
    /** MariaDB's answer to a locking read with NOWAIT on a row another transaction holds. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Resource(lookup = "jdbc/hum")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    AuditSettings settings;

    @Inject
    OwnTransaction ownTransaction;

    @Inject
    AuditSigningKey signingKey;

    @Inject
    AuditWitness witness;

    @Inject
    Clock clock;

    @Inject
    JobLease lease;

    /** When each missing seq was first seen missing: a gap is recorded only after a while. */
    private final Map<Long, Instant> missingSince = new HashMap<>();
    private boolean failing;
    private boolean witnessFailing;

    @PostConstruct
    void start() {
        signingKey.keyPair(); // fail the deployment now, not at the first checkpoint, if the key cannot be had
        timers.createIntervalTimer(1000, 1000, new TimerConfig("audit-chainer", false));
    }

    /**
     * Every second. The run is a transaction of its own ({@link OwnTransaction}), started from
     * outside any: a failure anywhere in it, its commit included (the database gone), is caught
     * here, because a timer callback that fails twice is expunged by the server and would never
     * run again (docs/architecture.md, "When the database goes away"). A failed run leaves the
     * chain as it was; the next one starts again from the last link.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!lease.held()) {
            return; // another instance chains (JobLease): the chain has one writer
        }
        try {
            ownTransaction.run(() -> {
                try {
                    run(false);
                } catch (SQLException e) {
                    throw new IllegalStateException("audit chaining failed: SQL state " + e.getSQLState(), e);
                }
            });
            if (failing) {
                LOG.info("Audit chaining works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) { // once, not every second
                LOG.log(Level.SEVERE, "Audit chaining failed; it retries every second. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }

    /** Chains what is committed now and signs the head if it moved: for reviewers, exports and tests. */
    @RolesAllowed({Role.COMPLIANCE_REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainStatus chainNow() {
        try {
            return run(true);
        } catch (SQLException e) {
            throw new IllegalStateException("audit chaining failed", e);
        }
    }

    /**
     * The signed checkpoints after {@code afterSeq}, oldest first, at most 1,000, one JSON object a
     * line: what a second party polls and keeps as its own witness (docs/operations.md,
     * "The audit witness"). A checkpoint carries counts, hashes and a signature, no identity.
     */
    @RolesAllowed({Role.COMPLIANCE_REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String witnessLines(long afterSeq) {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder out = new StringBuilder();
            for (Checkpoint cp : JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                    + " FROM audit_checkpoint WHERE last_seq > ? ORDER BY last_seq, id LIMIT 1000", afterSeq)) {
                out.append(SliceJson.witnessLine(cp));
            }
            return out.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit checkpoints", e);
        }
    }

    /** The newest seq handed out to an entry that is committed or in flight: what an export must wait for. */
    @RolesAllowed({Role.COMPLIANCE_REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long newestSeq() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit_event");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    private ChainStatus run(boolean forceCheckpoint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            witness(c);
            ChainExtension.Head head = head(c);
            long waitingFor;
            Instant now = clock.instant();
            while (true) {
                List<ChainExtension.Committed> committed = committedAfter(c, head.seq());
                // every seq missing below the newest committed one starts ageing now, together: a run of
                // rolled-back seqs costs one wait, not one wait each
                ChainExtension.missing(head.seq(), committed).forEach(seq -> missingSince.putIfAbsent(seq, now));
                ChainExtension.Extension x = ChainExtension.extend(head, committed,
                        seq -> !now.isBefore(missingSince.getOrDefault(seq, now).plus(settings.gapAfter()))
                                && abandoned(c, seq));
                insert(c, x.links());
                head = x.head();
                waitingFor = x.waitingFor();
                if (committed.size() < BATCH || waitingFor >= 0) {
                    break;
                }
            }
            long chainedThrough = head.seq();
            missingSince.keySet().removeIf(seq -> seq <= chainedThrough);
            Checkpoint last = lastCheckpoint(c);
            long lastSeq = last == null ? 0 : last.lastSeq();
            if (head.seq() > lastSeq && (forceCheckpoint || ChainExtension.checkpointDue(lastSeq,
                    last == null ? null : last.signedAt(), head.seq(), now, settings.checkpointEntries(),
                    settings.checkpointInterval()))) {
                insert(c, ChainExtension.sign(signingKey.keyPair(), head, now));
                lastSeq = head.seq();
            }
            return new ChainStatus(head.seq(), head.entryCount(), lastSeq, waitingFor);
        }
    }

    /**
     * Whether no transaction holds {@code seq}: a locking read that does not wait finds neither a
     * committed entry nor an uncommitted one (an insert in flight holds its row's lock, and the read
     * fails at once). Only then may a missing seq become a gap, however long it has been missing:
     * a transaction that runs for minutes keeps its seq, and its entry is chained when it commits.
     * The age test before it covers the instant between the counter's step and the row's insert.
     */
    private static boolean abandoned(Connection c, long seq) {
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM audit_event WHERE seq = ? LOCK IN SHARE MODE NOWAIT")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                return !rs.next(); // a row: it committed since the batch was read, and the next pass chains it
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return false; // in flight
            }
            throw new IllegalStateException("cannot tell whether audit seq " + seq + " is in flight", e);
        }
    }

    /**
     * Appends to the witness the checkpoints committed since it last wrote (before this run signs
     * one of its own, so that only committed ones are witnessed), and compares the two ends.
     */
    private void witness(Connection c) throws SQLException {
        long through = witness.witnessedThrough();
        List<Checkpoint> newer = JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                + " FROM audit_checkpoint WHERE last_seq > " + through + " ORDER BY last_seq, id LIMIT 1000");
        try {
            witness.append(newer);
            witnessFailing = false;
        } catch (java.io.UncheckedIOException e) {
            // chaining goes on without it: the checkpoints stay in the database and are appended once it can
            if (!witnessFailing) {
                LOG.severe(() -> "The audit witness cannot be written; it retries every second. Cause: " + e.getMessage());
                witnessFailing = true;
            }
            return;
        }
        if (newer.isEmpty()) {
            Checkpoint last = lastCheckpoint(c);
            witness.compare(last == null ? 0 : last.lastSeq());
        }
    }

    /** The chain's last link, and its entry count: the last checkpoint's count plus the entries linked since. */
    private static ChainExtension.Head head(Connection c) throws SQLException {
        Checkpoint last = lastCheckpoint(c);
        long signedSeq = last == null ? 0 : last.lastSeq();
        long signedCount = last == null ? 0 : last.entryCount();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, chain_hash, (SELECT COUNT(*) FROM audit_chain "
                + "WHERE seq > ? AND gap = FALSE) FROM audit_chain ORDER BY seq DESC LIMIT 1")) {
            s.setLong(1, signedSeq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new ChainExtension.Head(rs.getLong(1), rs.getBytes(2), signedCount + rs.getLong(3))
                        : ChainExtension.Head.START;
            }
        }
    }

    private static List<ChainExtension.Committed> committedAfter(Connection c, long seq) throws SQLException {
        List<ChainExtension.Committed> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, entry_hash FROM audit_event WHERE seq > ? ORDER BY seq LIMIT " + BATCH)) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChainExtension.Committed(rs.getLong(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }

    private static Checkpoint lastCheckpoint(Connection c) throws SQLException {
        List<Checkpoint> last = JdbcTrail.checkpoints(c, "SELECT " + JdbcTrail.CHECKPOINT_COLUMNS
                + " FROM audit_checkpoint ORDER BY last_seq DESC, id DESC LIMIT 1");
        return last.isEmpty() ? null : last.get(0);
    }

    private static void insert(Connection c, List<ChainLink> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_chain (seq, prev_chain_hash, entry_hash, "
                + "chain_hash, gap) VALUES (?, ?, ?, ?, ?)")) {
            for (ChainLink l : links) {
                s.setLong(1, l.seq());
                s.setBytes(2, l.prevChainHash());
                s.setBytes(3, l.entryHash());
                s.setBytes(4, l.chainHash());
                s.setBoolean(5, l.gap());
                s.addBatch();
                if (l.gap()) {
                    LOG.warning(() -> "Audit seq " + l.seq() + " recorded as a gap: no entry was committed for it "
                            + "(its transaction rolled back)");
                }
            }
            s.executeBatch();
        }
    }

    private static void insert(Connection c, Checkpoint cp) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_checkpoint (last_seq, entry_count, chain_hash, "
                + "signed_at, signature, key_id) VALUES (?, ?, ?, FROM_UNIXTIME(?), ?, ?)")) {
            s.setLong(1, cp.lastSeq());
            s.setLong(2, cp.entryCount());
            s.setBytes(3, cp.chainHash());
            s.setBigDecimal(4, JdbcTrail.seconds(cp.signedAt()));
            s.setBytes(5, cp.signature());
            s.setString(6, cp.keyId());
            s.executeUpdate();
        }
    }
}
