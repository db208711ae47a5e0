package org.hum.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditContext;
import org.hum.audit.control.AuditLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The refusals' entries committed together (docs/architecture.md, "Audit trail") inside Payara,
 * through the real {@link AuditLog}: many callers at once, each of whom must find its own entry
 * committed, once, the moment its call returns, with what its own context said, and the chainer
 * must link them all with no gap; and an entry the database refuses fails its own caller only.
 */
@ExtendWith(ArquillianExtension.class)
class AuditBatchIT {
    private static final int WRITERS = 16;
    private static final int PER_WRITER = 100;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @EJB
    AuditLog log;

    /** The test's own request: what the web tier would have set for a caller of this request. */
    @Inject
    AuditContext context;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/hum")
    DataSource dataSource;

    @Test
    void concurrentRefusalsAreEachCommittedOnceBeforeTheirCallReturnsAndChainedWithNoGap() throws Exception {
        String run = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> early = new CopyOnWriteArrayList<>();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(executor.submit(() -> {
                try (Connection c = dataSource.getConnection();
                     PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE object_id = ?")) {
                    for (int i = 0; i < PER_WRITER; i++) {
                        String id = run + "-w" + writer + "-" + i;
                        if (i % 2 == 0) {
                            log.refused("BATCH_PROBE", "PROBE", id, "W" + writer);
                        } else {
                            log.refusedUnseen("BATCH_PROBE", "PROBE", id);
                        }
                        s.setString(1, id);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) != 1) {
                                early.add(id + " seen " + rs.getLong(1) + " times on return");
                            }
                        }
                    }
                }
                return null;
            }));
        }
        // meanwhile this request's own refusals, each with this request's address, correlation id and purpose
        context.set("203.0.113.9", run + "-corr", "case " + run);
        int own = 0;
        while (!writers.stream().allMatch(Future::isDone) && own < 200) {
            log.refused("BATCH_PROBE", "PROBE", run + "-own-" + own, null);
            own++;
        }
        for (Future<?> f : writers) {
            f.get();
        }
        assertEquals(List.of(), early, "every call returned with its entry committed, once");

        Map<String, String[]> rows = new HashMap<>();
        long first;
        long last;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT object_id, label, actor, outcome, client_address, "
                     + "correlation_id, purpose, seq FROM audit_event WHERE object_id LIKE ? ORDER BY seq")) {
            s.setString(1, run + "-%");
            first = Long.MAX_VALUE;
            last = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] was = rows.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)});
                    assertEquals(null, was, "one entry for " + rs.getString(1));
                    first = Math.min(first, rs.getLong(8));
                    last = Math.max(last, rs.getLong(8));
                }
            }
        }
        assertEquals(WRITERS * PER_WRITER + own, rows.size(), "no entry lost");
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < PER_WRITER; i++) {
                String[] row = rows.get(run + "-w" + w + "-" + i);
                assertEquals(i % 2 == 0 ? "W" + w : null, row[0], "each entry with its own caller's label");
                assertEquals("anonymous", row[1]);
                assertEquals("REFUSED", row[2]);
                assertEquals(null, row[3], "a writer thread has no request: no address, not another caller's");
                assertEquals(null, row[4]);
            }
        }
        for (int i = 0; i < own; i++) {
            String[] row = rows.get(run + "-own-" + i);
            assertEquals("203.0.113.9", row[3], "the request's own address, whoever wrote the batch");
            assertEquals(run + "-corr", row[4]);
            assertEquals("case " + run, row[5]);
        }

        awaitChained(last);
        try (Connection c = dataSource.getConnection();
             PreparedStatement linked = c.prepareStatement("SELECT COUNT(*) FROM audit_chain ch JOIN audit_event e "
                     + "ON e.seq = ch.seq WHERE e.object_id LIKE ? AND NOT ch.gap AND ch.entry_hash = e.entry_hash");
             PreparedStatement gaps = c.prepareStatement("SELECT COUNT(*) FROM audit_chain WHERE gap AND seq BETWEEN ? AND ?")) {
            linked.setString(1, run + "-%");
            assertEquals(rows.size(), count(linked), "each entry has a link holding its own hash");
            gaps.setLong(1, first);
            gaps.setLong(2, last);
            assertEquals(0, count(gaps), "no sequence number skipped among the batches' entries");
        }
    }

    @Test
    void anEntryTheDatabaseRefusesFailsItsOwnCallerAndNoOther() throws Exception {
        String run = "refuse-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(executor.submit(() -> {
                int n = 0;
                while (!stop.get() || n < 20) {
                    log.refused("BATCH_PROBE", "PROBE", run + "-w" + writer + "-" + n, null);
                    n++;
                }
                return n;
            }));
        }
        // a purpose longer than its column (the web tier never lets one through): the insert fails
        context.set("203.0.113.9", run + "-corr", "p".repeat(65));
        int failed = 0;
        try {
            for (int i = 0; i < 30; i++) {
                String id = run + "-bad-" + i;
                assertThrows(EJBException.class, () -> log.refused("BATCH_PROBE", "PROBE", id, null),
                        "the caller whose entry cannot be written sees the failure");
                failed++;
            }
        } finally {
            stop.set(true);
        }
        int written = 0;
        for (Future<Integer> f : writers) {
            written += f.get();
        }
        assertEquals(30, failed);
        try (Connection c = dataSource.getConnection();
             PreparedStatement bad = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE object_id LIKE ?");
             PreparedStatement good = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT object_id) FROM audit_event "
                     + "WHERE object_id LIKE ?")) {
            bad.setString(1, run + "-bad-%");
            assertEquals(0, count(bad), "nothing of a refused entry written");
            good.setString(1, run + "-w%");
            try (ResultSet rs = good.executeQuery()) {
                rs.next();
                assertEquals(written, rs.getLong(1), "every other caller's entry committed, though its batch held a bad one");
                assertEquals(written, rs.getLong(2), "none twice");
            }
        }
    }

    private void awaitChained(long last) throws SQLException, InterruptedException {
        long chained = 0;
        // the chainer links committed entries once a second and waits the gap timeout on a seq
        // rolled back (docs/architecture.md, "Audit trail"): wait up to 90 s
        try (Connection c = dataSource.getConnection();
             PreparedStatement head = c.prepareStatement("SELECT IFNULL(MAX(seq), 0) FROM audit_chain")) {
            for (int i = 0; i < 360 && chained < last; i++) {
                Thread.sleep(250);
                chained = count(head);
            }
        }
        assertTrue(chained >= last, "the chainer linked every entry: chained through " + chained + " of " + last);
    }

    private static long count(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
