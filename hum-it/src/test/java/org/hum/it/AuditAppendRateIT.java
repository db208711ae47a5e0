package org.hum.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.hum.audit.control.AuditBatches;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.GroupCommit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail's append path inside Payara, with no HTTP in front: 8 writers, each
 * appending refusals through the real {@link AuditLog} EJB and JTA (each call returns once the
 * transaction holding its entry committed; those waiting together share one), then the single
 * chainer links them all. Asserts that every append landed and was chained with no
 * gap; prints the rate (a figure for the notes, never asserted). 250 entries a writer after 100
 * each to warm up, 2,800 in all; {@code -Dhum.it.audit-appends=1000} (per writer, after 400 each
 * to warm up) for figures, with {@code -Dhum.it.full-jit=true} (docs/testing.md, "Integration
 * tests"): the test runs in the server, which the stand starts with that property.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAppendRateIT {
    private static final int WRITERS = 8;
    private static final int PER_WRITER = Integer.getInteger(Stand.AUDIT_APPENDS, 250);
    private static final int WARM_UP = PER_WRITER >= 1000 ? 400 : 100;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    /** One entry per call, committed before the call returns, apart from the caller's transaction: the path of every refusal. */
    @EJB
    AuditLog log;

    /** How many transactions the entries took (docs/architecture.md, "Audit trail"). */
    @Inject
    AuditBatches batches;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/hum")
    DataSource dataSource;

    @Test
    void eightWritersAppendAndEveryEntryIsChained() throws Exception {
        String run = "rate-" + UUID.randomUUID().toString().substring(0, 8);
        appendAll("warm-" + run, WARM_UP); // JIT and pool warm-up, not measured: the first thousands of entries run slower
        GroupCommit.Counts before = batches.counts();
        long start = System.nanoTime();
        appendAll(run, PER_WRITER);
        double seconds = (System.nanoTime() - start) / 1e9;
        GroupCommit.Counts after = batches.counts();
        long transactions = after.transactions() - before.transactions();
        System.out.printf("AUDIT APPEND RATE in the container: %d entries by %d writers in %.2f s = %.0f entries/s, "
                        + "in %d transactions (%.1f entries a commit)%n", WRITERS * PER_WRITER, WRITERS, seconds,
                WRITERS * PER_WRITER / seconds, transactions, (after.entries() - before.entries()) / (double) transactions);

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT MIN(seq), MAX(seq), COUNT(*) FROM audit_event WHERE object_id = ?")) {
            s.setString(1, run);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(WRITERS * PER_WRITER, rs.getLong(3), "every append committed");
                long last = rs.getLong(2);
                long chained = 0;
                // the chainer's timer links committed entries once a second; it waits 5 s on each seq
                // whose transaction rolled back before it records a gap (docs/architecture.md, "Audit
                // trail"), and under a loaded run several such seqs can come in a row: wait up to 90 s
                for (int i = 0; i < 360 && chained < last; i++) {
                    Thread.sleep(250);
                    try (PreparedStatement head = c.prepareStatement("SELECT IFNULL(MAX(seq), 0) FROM audit_chain");
                         ResultSet h = head.executeQuery()) {
                        h.next();
                        chained = h.getLong(1);
                    }
                }
                assertTrue(chained >= last, "the chainer linked every entry: chained through " + chained + " of " + last);
            }
            try (PreparedStatement gaps = c.prepareStatement("SELECT COUNT(*) FROM audit_chain ch JOIN audit_event e "
                    + "ON e.seq = ch.seq WHERE e.object_id = ? AND NOT ch.gap AND ch.entry_hash = e.entry_hash")) {
                gaps.setString(1, run);
                try (ResultSet rs = gaps.executeQuery()) {
                    rs.next();
                    assertEquals(WRITERS * PER_WRITER, rs.getLong(1), "each entry has a link holding its own hash");
                }
            }
        }
    }

    private void appendAll(String objectId, int perWriter) throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(executor.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    log.refused("RATE_PROBE", "PROBE", objectId, null);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
    }
}
