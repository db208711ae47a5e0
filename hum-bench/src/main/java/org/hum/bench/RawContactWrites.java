package org.hum.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference beside HUM's contact-report rate (docs/performance.md, "The load suite"): the
 * same rows a contact report writes, written by plain JDBC on the same MariaDB, in a scratch
 * database of its own ({@value #DATABASE}, made afresh each run): per transaction the file's row
 * locked (HUM writes one file's reports one at a time), a contact report row with ciphertext-sized
 * blobs, its intelligence item and one audit row with its hash, with the same keys and indexes as
 * HUM's tables; then commit. No HTTP, no rules, no encryption, no JPA: what the database alone costs.
 */
final class RawContactWrites {
    static final String DATABASE = "hum_bench_raw";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RawContactWrites() {
    }

    static OperationsLoad.Result run(String rootJdbc, int threads, long seconds, int files) throws Exception {
        String url = rootJdbc.endsWith("/") ? rootJdbc : rootJdbc + "/";
        List<String> sources = new ArrayList<>();
        String officer = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
            s.execute("USE " + DATABASE);
            s.execute("CREATE TABLE source (id CHAR(36) NOT NULL PRIMARY KEY, updated_at TIMESTAMP(6) NULL, "
                    + "last_contact_at TIMESTAMP(6) NULL, INDEX ix_source_contact_order (last_contact_at, id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE contact_report (id CHAR(36) NOT NULL PRIMARY KEY, seq BIGINT NOT NULL AUTO_INCREMENT, "
                    + "source_id CHAR(36) NOT NULL, occurred_at TIMESTAMP(6) NOT NULL, submitted BOOLEAN NOT NULL, "
                    + "report_id CHAR(36) NULL, version INT NOT NULL DEFAULT 1, method VARCHAR(16) NOT NULL, "
                    + "duration_minutes INT NOT NULL, recorded_by CHAR(36) NULL, recorded_at TIMESTAMP(6) NULL, "
                    + "idempotency_key VARCHAR(128) NULL, dek_version INT NOT NULL, place VARBINARY(2048) NULL, "
                    + "narrative MEDIUMBLOB NULL, request_fingerprint VARBINARY(512) NULL, "
                    + "UNIQUE KEY uq_seq (seq), UNIQUE KEY uq_version (report_id, version), "
                    + "UNIQUE KEY uq_idempotency (recorded_by, idempotency_key), INDEX ix_source (source_id, seq), "
                    + "CONSTRAINT fk_report_source FOREIGN KEY (source_id) REFERENCES source (id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE contact_item (id CHAR(36) NOT NULL PRIMARY KEY, contact_id CHAR(36) NOT NULL, "
                    + "position INT NOT NULL, credibility VARCHAR(2) NOT NULL, dek_version INT NOT NULL, text MEDIUMBLOB NOT NULL, "
                    + "INDEX ix_contact (contact_id, position), "
                    + "CONSTRAINT fk_item_report FOREIGN KEY (contact_id) REFERENCES contact_report (id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE source_contact (source_id CHAR(36) NOT NULL PRIMARY KEY, last_contact_at TIMESTAMP(6) NOT NULL, "
                    + "latest_report_id CHAR(36) NOT NULL, latest_version_id CHAR(36) NOT NULL, next_contact_at TIMESTAMP(6) NULL, "
                    + "CONSTRAINT fk_state_source FOREIGN KEY (source_id) REFERENCES source (id)) ENGINE=InnoDB");
            s.execute("CREATE TABLE contact_plan (version_id CHAR(36) NOT NULL PRIMARY KEY, report_id CHAR(36) NOT NULL, "
                    + "source_id CHAR(36) NOT NULL, occurred_at TIMESTAMP(6) NOT NULL, next_contact_at TIMESTAMP(6) NOT NULL, "
                    + "INDEX ix_due (next_contact_at), INDEX ix_plan_source (source_id, next_contact_at)) ENGINE=InnoDB");
            s.execute("CREATE TABLE audit_event (seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, occurred_at TIMESTAMP(6) NOT NULL, "
                    + "actor VARCHAR(64) NOT NULL, action VARCHAR(48) NOT NULL, object_type VARCHAR(32) NULL, "
                    + "object_id VARCHAR(64) NULL, label VARCHAR(255) NULL, outcome VARCHAR(16) NOT NULL, "
                    + "client_address VARCHAR(64) NULL, correlation_id VARCHAR(64) NULL, entry_hash BINARY(32) NOT NULL, "
                    + "INDEX ix_time (occurred_at), INDEX ix_actor (actor, seq), INDEX ix_action (action, seq), "
                    + "INDEX ix_object (object_type, object_id, seq)) ENGINE=InnoDB");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO source (id) VALUES (?)")) {
                for (int i = 0; i < files; i++) {
                    String id = UUID.randomUUID().toString();
                    sources.add(id);
                    p.setString(1, id);
                    p.executeUpdate();
                }
            }
        }
        AtomicLong ok = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url + DATABASE, "root", "")) {
                    c.setAutoCommit(false);
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    while (System.nanoTime() < end) {
                        int n = (int) counter.incrementAndGet();
                        long t0 = System.nanoTime();
                        write(c, sha, sources.get(n % files), officer, n);
                        latencies.add(System.nanoTime() - t0);
                        ok.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the raw writes failed: " + errors.get(0).getMessage(), errors.get(0));
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + DATABASE);
        }
        return new OperationsLoad.Result(ok.get(), elapsed, OperationsLoad.percentile(sorted, 50),
                OperationsLoad.percentile(sorted, 95), OperationsLoad.percentile(sorted, 99));
    }

    /**
     * One contact report's rows in one transaction, the file's row locked first, and the file's
     * contact state moved as HUM moves it (its latest contact read, then written; its plans answered;
     * the latest contact copied onto the file's row for the register's sort).
     */
    private static void write(Connection c, MessageDigest sha, String source, String officer, int n) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String report = UUID.randomUUID().toString();
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM source WHERE id = ? FOR UPDATE");
             PreparedStatement r = c.prepareStatement("INSERT INTO contact_report (id, source_id, occurred_at, submitted, "
                     + "report_id, version, method, duration_minutes, recorded_by, recorded_at, idempotency_key, dek_version, "
                     + "place, narrative, request_fingerprint) VALUES (?, ?, ?, TRUE, ?, 1, 'CALL', 5, ?, ?, ?, 1, ?, ?, ?)");
             PreparedStatement i = c.prepareStatement("INSERT INTO contact_item (id, contact_id, position, credibility, "
                     + "dek_version, text) VALUES (?, ?, 0, '3', 1, ?)");
             PreparedStatement last = c.prepareStatement("SELECT last_contact_at FROM source_contact WHERE source_id = ?");
             PreparedStatement latest = c.prepareStatement("INSERT INTO source_contact (source_id, last_contact_at, "
                     + "latest_report_id, latest_version_id, next_contact_at) VALUES (?, ?, ?, ?, NULL) ON DUPLICATE KEY UPDATE "
                     + "last_contact_at = VALUES(last_contact_at), latest_report_id = VALUES(latest_report_id), "
                     + "latest_version_id = VALUES(latest_version_id), next_contact_at = NULL");
             PreparedStatement answered = c.prepareStatement("DELETE FROM contact_plan WHERE source_id = ? AND next_contact_at < ?");
             PreparedStatement mirror = c.prepareStatement("UPDATE source SET last_contact_at = (SELECT c.last_contact_at "
                     + "FROM source_contact c WHERE c.source_id = ?) WHERE id = ?");
             PreparedStatement a = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, object_type, "
                     + "object_id, label, outcome, client_address, correlation_id, entry_hash) "
                     + "VALUES (?, 'officer1', 'CONTACT_REPORT_SUBMITTED', 'CONTACT_REPORT', ?, 'SENSITIVE//COPPER', "
                     + "'SUCCESS', '127.0.0.1', ?, ?)")) {
            lock.setString(1, source);
            lock.executeQuery().close();
            r.setString(1, report);
            r.setString(2, source);
            r.setTimestamp(3, now);
            r.setString(4, report);
            r.setString(5, officer);
            r.setTimestamp(6, now);
            r.setString(7, UUID.randomUUID().toString());
            r.setBytes(8, bytes(60)); // the sizes of HUM's AES-GCM envelopes of the load's texts
            r.setBytes(9, bytes(120));
            r.setBytes(10, bytes(60));
            r.executeUpdate();
            i.setString(1, UUID.randomUUID().toString());
            i.setString(2, report);
            i.setBytes(3, bytes(70));
            i.executeUpdate();
            last.setString(1, source);
            last.executeQuery().close();
            latest.setString(1, source);
            latest.setTimestamp(2, now);
            latest.setString(3, report);
            latest.setString(4, report);
            latest.executeUpdate();
            answered.setString(1, source);
            answered.setTimestamp(2, now);
            answered.executeUpdate();
            mirror.setString(1, source);
            mirror.setString(2, source);
            mirror.executeUpdate();
            a.setTimestamp(1, now);
            a.setString(2, report);
            a.setString(3, UUID.randomUUID().toString());
            a.setBytes(4, sha.digest((report + n).getBytes(StandardCharsets.UTF_8)));
            a.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
