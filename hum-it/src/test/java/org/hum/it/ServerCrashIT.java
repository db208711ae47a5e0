package org.hum.it;

import org.hum.dev.PayaraDomain;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server killed (SIGKILL) while officers submit contact reports and payment requests: after it
 * starts again, every report it acknowledged is there exactly once and answers its own key again,
 * every acknowledged payment request is there, and the audit
 * trail verifies (the transactions cut off become recorded gaps, not a broken chain).
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ServerCrashIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyAcknowledgedReportSurvivesAKillAndTheTrailStillVerifies() throws Exception {
        List<String> files = List.of(ContactReportIT.register(copper()), ContactReportIT.register(copper()),
                ContactReportIT.register(copper()), ContactReportIT.register(copper()));
        String body = ContactReportIT.report("Crossing schedule for the week, as given").build().toString();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // key -> report id
        Map<String, String> fileOfKey = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger cutOff = new AtomicInteger();
        String token = Api.token(officer1());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<Object>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String file = files.get(t % files.size());
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    fileOfKey.put(key, file);
                    try {
                        Api.Reply r = Api.send(Api.request(token, "sources/" + file + "/contact-reports")
                                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
                        if (r.status() == 201) {
                            acknowledged.put(key, r.json().getString("id"));
                        } else {
                            assertTrue(r.status() < 500 || !running.get(), "before the kill: " + r.status() + " " + r.body());
                        }
                    } catch (RuntimeException connectionCut) {
                        cutOff.incrementAndGet(); // in flight when the server died: acknowledged or not, never both
                        return null;
                    }
                }
                return null;
            }));
        }
        // and payment requests on two ready files beside them
        Map<String, String> payments = new ConcurrentHashMap<>(); // payment id -> file
        for (int t = 0; t < 2; t++) {
            String ready = LifecycleIT.ready("CRASH-PAY" + t).sourceId();
            String paymentBody = PaymentSteps.request("15.00", "EXPENSES", PaymentSteps.contactReport(ready, true))
                    .build().toString();
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    try {
                        Api.Reply r = Api.post(token, "sources/" + ready + "/payments", paymentBody);
                        if (r.status() == 201) {
                            payments.put(r.json().getString("id"), ready);
                        } else {
                            assertTrue(r.status() < 500 || !running.get(), "before the kill: " + r.status() + " " + r.body());
                        }
                    } catch (RuntimeException connectionCut) {
                        cutOff.incrementAndGet();
                        return null;
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < 150 || payments.size() < 20) {
            Thread.sleep(50); // lets the load run; asserts nothing about time
        }
        PayaraDomain payara = PayaraDomain.at(Path.of(System.getProperty("payara.home")));
        ProcessHandle server = payara.serverProcess().orElseThrow(() -> new AssertionError("no pid file for the server"));
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close
        server.onExit().get(60, TimeUnit.SECONDS);
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        for (var w : workers) {
            w.get(); // an answer of 500 before the kill fails the test here
        }
        int before = acknowledged.size();
        assertTrue(before >= 150, "acknowledged before the kill: " + before);

        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        payara.start(quiet);
        for (int i = 0; i < 300 && !healthy(); i++) {
            Thread.sleep(200);
        }
        assertTrue(healthy(), "the server answers again after its restart");

        assertTrue(cutOff.get() > 0, "the kill cut requests off in flight");
        // every acknowledged report is there exactly once
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM contact_report WHERE id = ? AND idempotency_key = ?")) {
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                s.setString(1, e.getValue());
                s.setString(2, e.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "acknowledged report " + e.getValue());
                }
            }
        }
        // every acknowledged payment request too, on its file, still awaiting approval
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM payment WHERE id = ? AND source_id = ? "
                     + "AND status = 'REQUESTED'")) {
            for (Map.Entry<String, String> e : payments.entrySet()) {
                s.setString(1, e.getKey());
                s.setString(2, e.getValue());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "acknowledged payment " + e.getKey());
                }
            }
        }
        // and answers its own key again with the same report, creating nothing
        String fresh = Api.token(officer1());
        if (Api.get(fresh, "auth/me").status() == 401) {
            fresh = Api.token(officer1()); // a token from before the restart is refused once, then a new one is had
        }
        long reports = Rows.count("contact_report");
        int replayed = 0;
        for (Map.Entry<String, String> e : acknowledged.entrySet()) {
            if (replayed++ == 10) {
                break;
            }
            Api.Reply again = ContactReportIT.submitWithKey(officer1(), fileOfKey.get(e.getKey()), e.getKey(), body);
            assertEquals(200, again.status(), again.body());
            assertEquals(e.getValue(), again.json().getString("id"));
        }
        assertEquals(reports, Rows.count("contact_report"), "a replay creates nothing");

        // the trail: cut-off transactions became gaps, the chain verifies
        String reviewer = Api.token(reviewer1());
        AuditWitnessIT.checkpointNow(reviewer);
        String verdict = AuditWitnessIT.verify(AuditWitnessIT.database());
        assertTrue(verdict.startsWith("0|OK "), verdict);
        System.out.println("ServerCrashIT: " + before + " reports and " + payments.size() + " payment requests acknowledged before the kill, " + cutOff.get()
                + " requests cut off by it; all acknowledged ones there once after the restart");
    }

    private static boolean healthy() {
        try {
            return Api.send(Api.request(null, "health").GET()).status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}
