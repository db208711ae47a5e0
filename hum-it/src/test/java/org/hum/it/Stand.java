package org.hum.it;

import org.hum.dev.AppSettings;
import org.hum.dev.DatabaseProvisioner;
import org.hum.dev.DatabaseServer;
import org.hum.dev.DevSecrets;
import org.hum.dev.Migrations;
import org.hum.dev.Listening;
import org.hum.dev.PayaraDomain;
import org.hum.partner.cms.DevelopmentPki;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Stands up what the integration tests run against, once per test run and through the same
 * classes as the run command: the MariaDB at 127.0.0.1:3306 (else the embedded one), a
 * fresh {@code hum_it} database with its two accounts, and the unpacked Payara domain
 * configured with the pools and the application's settings. Arquillian then starts that
 * domain and deploys the real EAR.
 */
public class Stand implements LauncherSessionListener {
    /** One database per port offset, so that test runs side by side never share one. */
    public static final String DATABASE = "hum_it" + (portOffset() == 0 ? "" : "_" + portOffset());
    private static volatile Stand current;

    private DatabaseServer server;
    private DatabaseProvisioner.Database database;
    /** The administrator the application creates on its first start (no demo data on the stand). */
    public static final String ADMIN = "it-admin";
    /** The second administrator of the first start: approves {@link #ADMIN}'s account requests. */
    public static final String ADMIN2 = "it-admin2";
    private String password;
    private Path payaraHome;
    /** The database server's commit flush before the run, to put back at its end; null if left as it was. */
    private String flushBefore;

    public static Stand current() {
        if (current == null) {
            throw new IllegalStateException("the test stand is not up: run the tests through Maven (./mvnw verify)");
        }
        return current;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String payara = System.getProperty("payara.home");
        if (payara == null || current != null) {
            return; // not a failsafe run (an IDE running one unit test), or already up
        }
        try {
            Path home = Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath();
            Files.createDirectories(home);
            DevSecrets.ownerOnlyFolder(home);
            DevSecrets secrets = new DevSecrets(home.resolve("secrets"));
            server = DatabaseServer.locate(home.resolve("mariadb"),
                    Boolean.getBoolean("hum.it.embedded-db"), secrets, System.out);
            database = DatabaseProvisioner.provision(server, DATABASE, secrets, true);
            password = secrets.get("it.password");
            Migrations.apply(database, System.out); // as the run command does: the server holds no owner's account
            flushBefore = flushOncePerSecond();
            // fresh keys for every run: the database was just recreated
            deleteRecursively(home.resolve("app"));
            payaraHome = Path.of(payara);
            Path driver = Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.Map<String, String> settings = AppSettings.of(home.resolve("app"), secrets, database, ADMIN, ADMIN2, password);
            // only the test stand may move the rule clock: the ITs cross each deadline with it
            settings.put("hum.clock.adjustable", "true");
            // and only it answers each REST call with its count of SQL statements (FlatCostIT)
            settings.put("hum.stand.statement-counts", "true");
            // the register names a filter's files by id up to two, and longer lists by the query that finds them, so that
            // the suite's register pages pass through both (in production, lists of up to 5,000 go by id)
            settings.put("hum.register.named-ids", "2");
            // the overdue filter asks each feature again about the files the due list found overdue, up to 5,000, as in
            // production; -Dhum.it.asked-overdue=2 runs the suite with the list's own lines naming them instead
            settings.put("hum.register.asked-overdue", System.getProperty("hum.it.asked-overdue", "5000"));
            // pushes retry within seconds here, so the outbox IT need not wait out an hour's back-off
            settings.put("hum.partner.push.max-backoff-seconds", "3");
            // a TAXII account's burst is 60 requests here, refilled at 2 a second, so PartnerExchangeIT can reach the limit
            settings.put("hum.partner.taxii.burst", "60");
            settings.put("hum.partner.taxii.requests-per-second", "2");
            // the janitor destroys a retired key version seconds after, not a minute, looking every second: the ITs watch it do so
            settings.put("hum.keys.retired-grace-seconds", "4");
            settings.put("hum.keys.janitor-seconds", "1");
            // two public holidays the error register's working-day deadline must skip (ErrorRegisterIT)
            settings.put("hum.oversight.public-holidays", "2030-12-25,2031-01-01");
            // HTTPS on loopback with the development TLS certificate, as ./run --tls serves it: TransportIT and the second-factor browser test use it
            DevelopmentPki pki = DevelopmentPki.open(home.resolve("app"));
            DevelopmentPki.Issued tls = pki.tlsServer(java.util.List.of());
            PayaraDomain.at(payaraHome).withJvmOptions(serverJvmOptions()).configure(driver, database, settings, portOffset(), Listening.https(
                    Listening.LOOPBACK_ADDRESS, tls.key(), java.util.List.of(tls.certificate(), pki.ca().certificate())));
            // Arquillian reads its configuration after this, when the first test class starts
            System.setProperty("arq.container.payara.configuration.adminPort", Integer.toString(4848 + portOffset()));
            current = this;
        } catch (Exception e) {
            throw new IllegalStateException("could not stand up the test environment: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (current == this) {
            restoreFlush();
            server.close();
            current = null;
        }
    }

    /**
     * The test stand's server compiles with the client compiler only: a suite of short calls
     * spread over the whole application spends little time in any one method, and on two cores
     * the server compiler's threads took the time the calls needed (a sample of ten classes took
     * 4:16 where it took 5:03; docs/testing.md, "Integration tests"). {@code -Dhum.it.full-jit=true}
     * keeps both compilers, as {@code ./run} and production do, for figures that compare with
     * those of {@code ./run} (AuditAppendRateIT's, DeconflictionCostIT's).
     */
    static java.util.List<String> serverJvmOptions() {
        java.util.List<String> options = new java.util.ArrayList<>();
        if (!Boolean.getBoolean("hum.it.full-jit")) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        Integer appends = Integer.getInteger(AUDIT_APPENDS);
        if (appends != null) { // read by AuditAppendRateIT, which runs inside the server
            options.add("-D" + AUDIT_APPENDS + "=" + appends);
        }
        return java.util.List.copyOf(options);
    }

    /** How many entries each of AuditAppendRateIT's writers appends, where it runs: in the server. */
    static final String AUDIT_APPENDS = "hum.it.audit-appends";

    /**
     * While the run lasts, the database server writes each commit to its log at once and flushes the
     * log to disk once a second ({@code innodb_flush_log_at_trx_commit=2}) instead of at every commit:
     * on this kind of machine a flush took 2 ms, and 2,000 commits in a row took 4.0 s with one each
     * and 0.6 s without (docs/testing.md, "Integration tests"). A commit then survives the server's
     * own process being killed, as the fault tests need (ServerCrashIT kills the application server,
     * DatabaseOutageIT stops the database); only the machine's crash could lose the last second. The
     * value before is put back at the run's end; {@code -Dhum.it.flush-each-commit=true} leaves it.
     */
    private String flushOncePerSecond() {
        if (Boolean.getBoolean("hum.it.flush-each-commit")) {
            return null;
        }
        try (Connection c = server.rootConnection(); java.sql.Statement s = c.createStatement()) {
            String before;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT @@GLOBAL.innodb_flush_log_at_trx_commit")) {
                rs.next();
                before = rs.getString(1);
            }
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            System.out.println("Test stand: the database server flushes its log once a second while the tests run (it was "
                    + before + "; put back at the end; -Dhum.it.flush-each-commit=true leaves it)");
            return before;
        } catch (SQLException e) {
            System.out.println("Test stand: the database server's commit flush left as it is: " + e.getMessage());
            return null;
        }
    }

    private void restoreFlush() {
        if (flushBefore == null) {
            return;
        }
        try (Connection c = server.rootConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = " + Integer.parseInt(flushBefore));
        } catch (SQLException | RuntimeException e) {
            System.out.println("Test stand: could not put the database server's commit flush back to " + flushBefore + ": "
                    + e.getMessage());
        }
    }

    /** {@code -Dhum.it.port-offset=N} moves every server port by N, to test beside a running {@code ./run}. */
    public static int portOffset() {
        return Integer.getInteger("hum.it.port-offset", 0);
    }

    /**
     * Stops the database the tests run on (the fault tests' outage) and returns what starts it
     * again and waits until it answers; see {@link DatabaseServer#stopUntilRestarted()}.
     */
    public Runnable stopDatabase() {
        Runnable restart = server.stopUntilRestarted();
        return () -> {
            restart.run();
            if (flushBefore != null) {
                flushOncePerSecond(); // a restart reads the server's own setting again
            }
        };
    }

    /** The password of the stand's administrator and of every test class's cast ({@link Cast}). */
    public String password() {
        return password;
    }

    /** The domain's configuration, as the server reads it (its connection pools among it). */
    public Path domainXml() {
        return PayaraDomain.at(payaraHome).domainDir().resolve("config/domain.xml");
    }

    public Path serverLog() {
        return PayaraDomain.at(payaraHome).serverLog();
    }

    /** A root connection to the test database: for reading rows as an attacker with a dump would. */
    public Connection rootConnection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), "root", server.rootPassword());
    }

    /**
     * Kills every connection the database holds for these accounts, as a lost database, a failover
     * or an operator's {@code KILL} would drop them; answers how many there were.
     */
    public int killConnectionsOf(String... users) throws SQLException {
        try (Connection c = rootConnection(); java.sql.Statement s = c.createStatement();
             java.sql.PreparedStatement list = c.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST WHERE USER IN ("
                     + String.join(", ", java.util.Collections.nCopies(users.length, "?")) + ")")) {
            for (int i = 0; i < users.length; i++) {
                list.setString(i + 1, users[i]);
            }
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                try {
                    s.execute("KILL CONNECTION " + id);
                } catch (SQLException gone) {
                    // closed between the list and the kill
                }
            }
            return ids.size();
        }
    }

    /** A connection as the application's own account, to prove what its grants allow. */
    public Connection appConnection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.app().user(), database.app().password());
    }

    /** The wrapped data keys' table, in the key schema. */
    public static String keysTable() {
        return DATABASE + "_keys.data_key";
    }

    public DatabaseProvisioner.Database database() {
        return database;
    }

    private static void deleteRecursively(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
