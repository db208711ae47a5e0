package org.hum.login.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.hum.config.control.JobLease;
import org.hum.login.control.TokenCache;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Reads the security epoch every tenth of a second on every instance, for the bearer-token checks
 * it keeps ({@link TokenCache}; docs/architecture.md, "Identity"), and once a second says in
 * {@code server_instance} that this instance runs and reads it. A read that fails leaves what is
 * kept untrusted within half a second: every token is then checked in the database again.
 *
 * <p>On a thread of its own, not an enterprise bean timer: under a load that kept both cores busy,
 * the timer's callbacks came late often enough that about 30 % of the checks found the cache
 * untrusted and read the database (docs/performance.md, "The token check kept between requests").
 */
@Singleton
@Startup
@DependsOn("Startup")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SecurityEpochPoll {
    private static final Logger LOG = Logger.getLogger(SecurityEpochPoll.class.getName());
    /** Rows of instances not seen for this long are removed (by any instance, now and then). */
    private static final int FORGET_HOURS = 24;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "jdbc/hum")
    DataSource db;

    @Inject
    TokenCache cache;

    @Inject
    JobLease lease;

    private volatile boolean stopped;
    private Thread poller;
    private long lastSeenWritten;
    private long polls;
    private boolean failing;

    @PostConstruct
    void start() {
        poller = threads.newThread(this::run);
        poller.setName("hum-security-epoch");
        poller.setDaemon(true);
        poller.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        poller.interrupt();
    }

    private void run() {
        long next = System.nanoTime();
        while (!stopped) {
            poll();
            next += TimeUnit.MILLISECONDS.toNanos(TokenCache.POLL_MILLIS);
            long wait = next - System.nanoTime();
            if (wait < 0) {
                next = System.nanoTime(); // late: the next read at once, and the rhythm from there
                continue;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void poll() {
        long started = System.nanoTime();
        try (Connection c = db.getConnection()) {
            if (started - lastSeenWritten > TimeUnit.SECONDS.toNanos(1) || lastSeenWritten == 0) {
                try (PreparedStatement s = c.prepareStatement("insert into server_instance (name, seen_at) values (?, now(3)) "
                        + "on duplicate key update seen_at = now(3)")) {
                    s.setString(1, lease.holder());
                    s.executeUpdate();
                }
                lastSeenWritten = started;
                if (polls++ % 3600 == 0) {
                    try (PreparedStatement s = c.prepareStatement("delete from server_instance where seen_at < now(3) - interval "
                            + FORGET_HOURS + " hour")) {
                        s.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select epoch from security_epoch where id = 1");
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the security epoch's row is missing");
                }
                cache.polled(started, rs.getLong(1));
            }
            failing = false;
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.warning(() -> "Reading the security epoch failed; bearer tokens are checked in the database until it "
                        + "succeeds again. Cause: " + e.getClass().getName());
                failing = true;
            }
        }
    }
}
