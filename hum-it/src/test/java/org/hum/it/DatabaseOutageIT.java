package org.hum.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MariaDB stopped and started again while officers submit contact reports and payment requests
 * (docs/testing.md, "Fault tests"): while it is down, health answers 503 and every request 503
 * with a message (never 500); once it is back the same server serves again without a restart;
 * every acknowledged write is there once, a report sent again with its key is answered, not
 * duplicated, no report is left without its item, and the audit trail verifies.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DatabaseOutageIT {
    enum Phase { BEFORE, DOWN, RESTARTING, AFTER }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theServerAnswers503WhileTheDatabaseIsDownAndServesAgainWithNothingLostOrHalfWritten() throws Exception {
        long t0 = System.nanoTime();
        java.util.function.Supplier<String> elapsed = () -> (System.nanoTime() - t0) / 1_000_000 + " ms";
        List<String> files = List.of(ContactReportIT.register(copper()), ContactReportIT.register(copper()),
                ContactReportIT.register(copper()));
        List<String> ready = List.of(LifecycleIT.ready("OUTAGE-PAY0").sourceId(), LifecycleIT.ready("OUTAGE-PAY1").sourceId());
        String body = ContactReportIT.report("Crossing schedule for the week, as given").build().toString();
        String token = Api.token(officer1());

        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // idempotency key -> report id
        Map<String, String> unanswered = new ConcurrentHashMap<>();   // idempotency key -> file: refused or cut off
        Map<String, String> payments = new ConcurrentHashMap<>();     // payment id -> file
        Map<Phase, Integer> acknowledgedIn = new ConcurrentHashMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> whileDown = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String file = files.get(t % files.size());
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    Phase at = phase.get();
                    Api.Reply r;
                    try {
                        r = Api.send(Api.request(token, "sources/" + file + "/contact-reports")
                                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)));
                    } catch (RuntimeException cut) {
                        unanswered.put(key, file);
                        wrong.add(at + ": the connection to the server was cut: " + cut);
                        continue;
                    }
                    if (r.status() == 201) {
                        acknowledged.put(key, r.json().getString("id"));
                        acknowledgedIn.merge(phase.get(), 1, Integer::sum);
                    } else {
                        unanswered.put(key, file);
                        record(at, phase.get(), r, wrong, whileDown);
                    }
                }
            }));
        }
        for (String file : ready) {
            String paymentBody = PaymentSteps.request("15.00", "EXPENSES", PaymentSteps.contactReport(file, true))
                    .build().toString();
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    Phase at = phase.get();
                    Api.Reply r = Api.post(token, "sources/" + file + "/payments", paymentBody);
                    if (r.status() == 201) {
                        payments.put(r.json().getString("id"), file);
                    } else {
                        record(at, phase.get(), r, wrong, whileDown);
                    }
                }
            }));
        }
        awaitCount(() -> acknowledged.size() >= 40 && payments.size() >= 4, "load before the outage");
        System.out.println("DatabaseOutageIT: load running at " + elapsed.get());

        long expungedBefore = expungedTimers();
        phase.set(Phase.DOWN); // from the moment the shutdown begins
        Runnable restart = Stand.current().stopDatabase();
        try {
            Api.Reply health = awaitHealth(503);
            assertTrue(health.body().contains("\"database\":\"DOWN\""), health.body());
            awaitCount(() -> whileDown.size() >= 1 && unanswered.size() >= 10, "requests answered while the database is down");
        } finally {
            phase.set(Phase.RESTARTING);
            System.out.println("DatabaseOutageIT: down, health 503 at " + elapsed.get());
            restart.run();
        }
        System.out.println("DatabaseOutageIT: database answers again at " + elapsed.get());
        awaitHealth(200);
        System.out.println("DatabaseOutageIT: health 200 at " + elapsed.get());
        phase.set(Phase.AFTER);
        int reportsBefore = acknowledged.size();
        int paymentsBefore = payments.size();
        awaitCount(() -> acknowledged.size() >= reportsBefore + 20 && payments.size() >= paymentsBefore + 2,
                "writes acknowledged again after the database came back, by the same server");
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        for (Future<?> w : workers) {
            w.get();
        }
        System.out.println("DatabaseOutageIT: load stopped at " + elapsed.get());
        assertEquals(List.of(), wrong, "every answer was 201, or 503 with a message while the database was down");
        assertEquals(Set.of(503), whileDown, "while the database was down, every request was answered 503");

        // a report refused during the outage, sent again with its key: created once, or answered as made
        for (Map.Entry<String, String> e : unanswered.entrySet()) {
            Api.Reply again = ContactReportIT.submitWithKey(officer1(), e.getValue(), e.getKey(), body);
            assertTrue(again.status() == 201 || again.status() == 200, again.status() + " " + again.body());
            acknowledged.put(e.getKey(), again.json().getString("id"));
        }
        try (Connection c = Stand.current().rootConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM contact_report WHERE id = ? AND idempotency_key = ?")) {
                for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                    s.setString(1, e.getValue());
                    s.setString(2, e.getKey());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "acknowledged report " + e.getValue() + " is there once");
                    }
                }
            }
            // nothing half-written: every report of these files has the one item its body had, and
            // every report there was acknowledged (nothing committed behind an answer of 503)
            try (PreparedStatement s = c.prepareStatement("SELECT r.id, (SELECT COUNT(*) FROM contact_item i "
                    + "WHERE i.contact_id = r.id) FROM contact_report r WHERE r.source_id IN (?, ?, ?)")) {
                for (int i = 0; i < files.size(); i++) {
                    s.setString(i + 1, files.get(i));
                }
                int reports = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        reports++;
                        assertEquals(1, rs.getInt(2), "report " + rs.getString(1) + " has its item");
                    }
                }
                assertEquals(acknowledged.size(), reports, "every report there is one that was acknowledged");
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM payment WHERE id = ? AND source_id = ?")) {
                for (Map.Entry<String, String> e : payments.entrySet()) {
                    s.setString(1, e.getKey());
                    s.setString(2, e.getValue());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        assertEquals(1, rs.getInt(1), "acknowledged payment " + e.getKey());
                    }
                }
            }
        }
        // the background work survived the outage: no timer was given up by the server, the chainer
        // still appends each checkpoint to the witness file, the key janitor still destroys a retired version
        assertEquals(expungedBefore, expungedTimers(), "no timer was expunged by the server (EJB5119 in its log)");
        AuditWitnessIT.witnessedThrough(AuditWitnessIT.checkpointNow(Api.token(reviewer1())));
        System.out.println("DatabaseOutageIT: witnessed at " + elapsed.get());
        assertEquals("DONE", KeyLifecycleIT.rotate(Api.token(admin1()), files.get(0)).getString("state"));
        KeyLifecycleIT.awaitKeyStates(files.get(0), List.of("DESTROYED", "ACTIVE"));
        System.out.println("DatabaseOutageIT: retired key destroyed at " + elapsed.get());
        String verdict = AuditWitnessIT.verify(AuditWitnessIT.database());
        assertTrue(verdict.startsWith("0|OK "), verdict);
        System.out.println("DatabaseOutageIT: " + acknowledgedIn + " reports acknowledged by phase, " + payments.size()
                + " payment requests; " + unanswered.size() + " reports refused during the outage, then sent again with their keys");
    }

    /** An answer other than 201: while the database is down it must be 503 with a message; before and after, 4xx at worst. */
    private static void record(Phase sent, Phase answered, Api.Reply r, List<String> wrong, Set<Integer> whileDown) {
        boolean outage = sent != Phase.BEFORE || answered != Phase.BEFORE;
        boolean settled = sent == Phase.AFTER;
        if (outage && !settled) {
            whileDown.add(r.status());
            if (r.status() != 503 || !r.body().contains("database")) {
                wrong.add(sent + ": " + r.status() + " " + r.body());
            }
        } else if (r.status() >= 500) {
            wrong.add(sent + ": " + r.status() + " " + r.body());
        }
    }

    /** How many timers the server has given up on (EJB5119) so far, in its log and the log's rotated parts. */
    private static long expungedTimers() throws java.io.IOException {
        java.nio.file.Path log = Stand.current().serverLog();
        long n = 0;
        try (var files = java.nio.file.Files.list(log.getParent())) {
            for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                n += java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).split("EJB5119", -1).length - 1;
            }
        }
        return n;
    }

    private static Api.Reply awaitHealth(int status) throws InterruptedException {
        Api.Reply last = null;
        for (int i = 0; i < 600; i++) {
            try {
                last = Api.send(Api.request(null, "health").GET());
                if (last.status() == status) {
                    return last;
                }
            } catch (RuntimeException notYet) {
                // the server itself stays up; a refused connection would fail below
            }
            Thread.sleep(100); // polls health; asserts nothing about time
        }
        throw new AssertionError("health did not answer " + status + ": " + (last == null ? "no answer" : last.status() + " " + last.body()));
    }

    private static void awaitCount(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 1200 && !done.getAsBoolean(); i++) {
            Thread.sleep(100); // lets the load run; asserts nothing about time
        }
        assertTrue(done.getAsBoolean(), what);
    }
}
