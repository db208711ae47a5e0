package org.hum.config.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The job lease: the scheduled jobs (the audit chainer, the due lists, tasking and prospect
 * expiry, the key janitor, the partner push) run on the one server instance that holds it, so that
 * with two or more instances each job runs once, and when the holder dies another takes the jobs
 * over once the lease has lapsed (docs/operations.md, "Two instances").
 *
 * <p>One row in the database ({@code job_lease}), renewed every second by its holder in a short
 * transaction of its own, lapsing {@code hum.jobs.lease-seconds} after the last renewal by the
 * database's clock. An instance counts itself the holder only until that time less a safety margin
 * by its own monotonic clock, counted from before it asked: it stops running jobs before any other
 * instance can take the lease. Every holding is a tenure ({@code job_tenure}) and every run of a
 * minute-or-slower job a {@code job_run}, so who ran what can be read back.
 *
 * <p>Why the database rather than Payara's clustered timers or a clustered singleton: the lease
 * lives where the jobs' work lives, so it holds exactly while the database does (an instance cut
 * off from the database can do no job's work anyway); it needs no data grid to have formed, and
 * it works the same on one instance, on a deployment group, and in the test stand that redeploys.
 */
@ApplicationScoped
public class JobLease {
    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());
    static final String LEASE = "jobs";
    /** How long before the lease lapses in the database an instance stops counting itself its holder. */
    static final long MARGIN_NANOS = 2_000_000_000L;

    @Resource(lookup = "jdbc/hum")
    DataSource db;

    @Inject
    @ConfigProperty(name = "hum.jobs.lease-seconds", defaultValue = "6")
    int leaseSeconds;

    private final String holder = holderName();
    private volatile long heldUntilNanos = System.nanoTime();
    private volatile long tenure;

    /** This instance's name in the lease: the server instance's name and the process, nothing else. */
    static String holderName() {
        return System.getProperty("com.sun.aas.instanceName", "server") + "/" + ProcessHandle.current().pid();
    }

    /**
     * The lease's length: at least 3 s, since its holder stops counting itself the holder 2 s before
     * it lapses and renews every second (a shorter setting would leave no instance running the jobs).
     */
    int seconds() {
        return Math.max(3, leaseSeconds);
    }

    public String holder() {
        return holder;
    }

    /** Whether this instance holds the lease now: a job runs only when it does. */
    public boolean held() {
        return System.nanoTime() - heldUntilNanos < 0;
    }

    /**
     * Renews the lease if this instance holds it, takes it if it has lapsed, and otherwise leaves it
     * to its holder. Called every second; a failure (the database gone) leaves the lease to lapse.
     */
    public synchronized boolean renew() {
        long asked = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean held = renew(c);
                c.commit();
                heldUntilNanos = held ? asked + seconds() * 1_000_000_000L - MARGIN_NANOS : asked;
                return held;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            heldUntilNanos = asked;
            throw new IllegalStateException("the job lease could not be renewed: SQL state " + e.getSQLState(), e);
        }
    }

    private boolean renew(Connection c) throws SQLException {
        String current;
        long currentTenure;
        boolean lapsed;
        try (PreparedStatement s = c.prepareStatement(
                "select holder, tenure_id, expires_at < now(3) from job_lease where name = ? for update")) {
            s.setString(1, LEASE);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the job lease row is missing (migration V044)");
                }
                current = rs.getString(1);
                currentTenure = rs.getLong(2);
                lapsed = rs.getBoolean(3);
            }
        }
        if (current.equals(holder) && !lapsed) {
            try (PreparedStatement s = c.prepareStatement(
                    "update job_lease set expires_at = now(3) + interval ? second where name = ?")) {
                s.setInt(1, seconds());
                s.setString(2, LEASE);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update job_tenure set renewed_at = now(3) where id = ?")) {
                s.setLong(1, currentTenure);
                s.executeUpdate();
            }
            tenure = currentTenure;
            return true;
        }
        if (!lapsed) {
            return false;
        }
        long newTenure;
        try (PreparedStatement s = c.prepareStatement("insert into job_tenure (holder, previous_holder, since, renewed_at) "
                + "values (?, ?, now(3), now(3))", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, holder);
            s.setString(2, current);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                newTenure = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "update job_lease set holder = ?, tenure_id = ?, expires_at = now(3) + interval ? second where name = ?")) {
            s.setString(1, holder);
            s.setLong(2, newTenure);
            s.setInt(3, seconds());
            s.setString(4, LEASE);
            s.executeUpdate();
        }
        tenure = newTenure;
        LOG.info(() -> "This instance (" + holder + ") now runs the scheduled jobs"
                + (current.isEmpty() ? "" : ", after " + current + ", whose lease lapsed"));
        return true;
    }

    /**
     * Records that {@code job} ran here under the current tenure, and forgets runs older than a week
     * (and addresses' failed-login counts idle for a day) once a minute, with the due lists.
     * A failure to record is logged, not thrown: the job's own work has committed.
     */
    public void ran(String job) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "insert into job_run (job, holder, tenure_id, ran_at) values (?, ?, ?, now(3))")) {
            s.setString(1, job);
            s.setString(2, holder);
            s.setLong(3, tenure);
            s.executeUpdate();
            if (job.equals("due-lists")) {
                try (PreparedStatement d = c.prepareStatement("delete from job_run where ran_at < now(3) - interval 7 day")) {
                    d.executeUpdate();
                }
                // the failed-login counts of addresses idle for a day (the throttle forgets after an hour)
                try (PreparedStatement d = c.prepareStatement("delete from login_address where last_failure < "
                        + "now(6) - interval 1 day limit 1000")) {
                    d.executeUpdate();
                }
            }
        } catch (SQLException e) {
            LOG.warning(() -> "The run of " + job + " could not be recorded: SQL state " + e.getSQLState());
        }
    }
}
