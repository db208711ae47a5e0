package org.hum.login.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hum.access.control.AuthenticatedUser;
import org.hum.access.control.Viewer;
import org.hum.config.control.JobLease;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Bearer-token checks kept between requests, trusted only while this instance's last read of the
 * security epoch is fresh (docs/architecture.md, "Identity"). The epoch is one row that the
 * database's own triggers move in the same transaction as any change to what a check reads (a token
 * revoked, a user disabled, a clearance, role or compartment changed), whoever makes it. Every
 * instance reads it every {@link #POLL_MILLIS} ms ({@link #polled}); one that finds it moved drops
 * everything it kept, and one whose last successful read began more than {@link #TRUST_MILLIS} ms
 * ago keeps nothing and checks every token in the database, as it would with no cache (a database
 * that does not answer, a stalled poll). A check that began its read before a drop is never kept
 * (each entry carries the generation it was read under).
 *
 * <p>A change made through HUM also holds at once: the instance that made it drops what it kept as
 * the transaction commits, and, when another instance is running, waits {@link #TRUST_MILLIS} ms
 * and a margin before it answers, by which time every other instance has either read the moved
 * epoch or stopped trusting what it kept ({@link #changedInThisTransaction}). A change typed into
 * the database by hand holds on every instance within {@link #TRUST_MILLIS} ms.
 *
 * <p>Keys are the tokens' SHA-256, as the database stores them; at most {@link #MAX_ENTRIES}
 * tokens are kept (past that the cache starts afresh).
 */
@ApplicationScoped
public class TokenCache {
    private static final Logger LOG = Logger.getLogger(TokenCache.class.getName());
    /** How often every instance reads the epoch. */
    public static final long POLL_MILLIS = 100;
    /** How long after its start a successful read of the epoch lets this instance trust what it kept. */
    public static final long TRUST_MILLIS = 500;
    /** How recently another instance must have read the epoch to count as running. */
    static final int RUNNING_SECONDS = 5;
    static final int MAX_ENTRIES = 20_000;

    /** What one check read: the request's viewer and the authenticated user, until the token expires. */
    public record Kept(long generation, Instant expiresAt, Viewer viewer, AuthenticatedUser user) {
    }

    @Resource(lookup = "jdbc/hum")
    DataSource db;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    JobLease lease;

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** {@link System#nanoTime()} at the start of the last read of the epoch that succeeded. */
    private volatile long trustedFrom;
    private volatile boolean everRead;
    private long lastEpoch = Long.MIN_VALUE;

    /** A kept check of this token's hash, if this instance may trust it now. */
    public Kept get(byte[] tokenHash, Instant now) {
        if (!trusted()) {
            return null;
        }
        Kept k = kept.get(HexFormat.of().formatHex(tokenHash));
        if (k == null || k.generation() != generation.get() || !k.expiresAt().isAfter(now)) {
            return null;
        }
        return k;
    }

    /** The generation a check reads under: take it before the read, keep with {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps a check read under {@code readUnder}; one read before a drop is not kept. */
    public void keep(byte[] tokenHash, long readUnder, Instant expiresAt, Viewer viewer, AuthenticatedUser user) {
        if (readUnder != generation.get()) {
            return;
        }
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(HexFormat.of().formatHex(tokenHash), new Kept(readUnder, expiresAt, viewer, user));
    }

    /** Whether this instance's last successful read of the epoch is fresh. */
    public boolean trusted() {
        return everRead && System.nanoTime() - trustedFrom < TimeUnit.MILLISECONDS.toNanos(TRUST_MILLIS);
    }

    /** Drops everything kept. */
    public void drop() {
        generation.incrementAndGet();
        kept.clear();
    }

    /**
     * One read of the epoch, begun at {@code startedNanos}, found {@code epoch}: a moved epoch drops
     * everything kept before this read makes what is kept trusted again. Called by the poll only.
     */
    public synchronized void polled(long startedNanos, long epoch) {
        if (epoch != lastEpoch) {
            drop();
            lastEpoch = epoch;
        }
        if (!everRead || startedNanos - trustedFrom > 0) {
            trustedFrom = startedNanos;
        }
        everRead = true;
    }

    /**
     * Called inside a transaction that changes access (a token revoked, a user's rights changed):
     * once it commits, this instance drops what it kept and, if another instance is running, waits
     * until every other instance has read the moved epoch or stopped trusting its cache, before the
     * caller answers.
     */
    public void changedInThisTransaction() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the triggers moved the epoch inside the transaction
            }

            @Override
            public void afterCompletion(int status) {
                drop();
                if (status == Status.STATUS_COMMITTED) {
                    awaitOtherInstances();
                }
            }
        });
    }

    private void awaitOtherInstances() {
        try {
            if (otherInstancesRunning() == 0) {
                return;
            }
            Thread.sleep(TRUST_MILLIS + 2 * POLL_MILLIS);
        } catch (SQLException | RuntimeException e) {
            // not known whether another runs: wait as if one did
            LOG.warning(() -> "Could not tell whether another instance runs; waiting as if one did. Cause: "
                    + e.getClass().getName());
            try {
                Thread.sleep(TRUST_MILLIS + 2 * POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int otherInstancesRunning() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from server_instance where name <> ? "
                     + "and seen_at > now(3) - interval " + RUNNING_SECONDS + " second")) {
            s.setString(1, lease.holder());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
