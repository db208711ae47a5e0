package org.hum.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.hum.dev.PayaraDomain;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.hum.it.Cast.controller1;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Push delivery from the outbox: a loopback receiver refuses the first deliveries, then is down
 * while the server restarts; every release and the recall still arrive, each delivery id
 * accepted exactly once, and each delivery is in the dissemination log.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PartnerPushIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** What the receiver saw: every attempt, and the deliveries it accepted (by id, with a count). */
    static final class Receiver implements AutoCloseable {
        final List<String> attempts = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        final Map<String, String> kindOf = new ConcurrentHashMap<>();
        final AtomicInteger refuseNext;
        private final HttpServer server;

        Receiver(int port, int refuseFirst) throws Exception {
            refuseNext = new AtomicInteger(refuseFirst);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/inbox", exchange -> {
                String id = exchange.getRequestHeaders().getFirst("X-HUM-Delivery-Id");
                String kind = exchange.getRequestHeaders().getFirst("X-HUM-Delivery-Kind");
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                byte[] body = exchange.getRequestBody().readAllBytes();
                attempts.add(id + " " + kind + " " + type + " " + body.length);
                if (refuseNext.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    kindOf.put(id, kind + " " + type);
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void everyReleaseAndRecallArrivesOnceThroughRefusalsAndARestart() throws Exception {
        Receiver receiver = new Receiver(0, 2);
        int port = receiver.port();
        PartnerSteps.Org org = PartnerSteps.org("push", "TERRITORIAL", "http://127.0.0.1:" + port + "/inbox");

        PartnerExchangeIT.Released first = PartnerExchangeIT.release(1, "TERRITORIAL");
        await(() -> receiver.accepted.size() == 1, "the first release delivered after two refusals: " + receiver.attempts);
        assertTrue(receiver.attempts.size() >= 3, "refused twice, then accepted: " + receiver.attempts);

        // the receiver goes down; a second report is released; the server restarts
        receiver.close();
        PartnerExchangeIT.Released second = PartnerExchangeIT.release(1, "TERRITORIAL");
        Thread.sleep(2500); // at least one failed attempt while nobody answers
        PayaraDomain payara = PayaraDomain.at(Path.of(System.getProperty("payara.home")));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        payara.stop(quiet);
        payara.start(quiet);
        await(() -> Api.send(Api.request(null, "health").GET()).status() == 200, "the server back after its restart");

        // back up on the same port; a withdrawal after the restart
        Receiver back = new Receiver(port, 0);
        try {
            Api.Reply withdrawn = Api.post(token(controller1()), "reports/" + first.versionId() + "/withdrawal",
                    "{\"reason\":\"Superseded by a corrected report\"}");
            assertEquals(200, withdrawn.status(), withdrawn.body());
            await(() -> back.accepted.size() == 2, "the second release and the recall after the restart: " + back.attempts);
            Map<String, AtomicInteger> all = new ConcurrentHashMap<>(receiver.accepted);
            back.accepted.forEach((id, n) -> all.merge(id, n, (a, b) -> new AtomicInteger(a.get() + b.get())));
            assertEquals(3, all.size(), "three deliveries: " + all.keySet());
            all.forEach((id, n) -> assertEquals(1, n.get(), "delivery " + id + " accepted once"));
            List<String> kinds = back.kindOf.values().stream().map(k -> k.split(" ")[0]).sorted().toList();
            assertEquals(List.of("RECALL", "RELEASE"), kinds);
            assertTrue(back.kindOf.values().stream().allMatch(k -> k.contains("application/pkcs7-mime")),
                    "encrypted for the organisation's certificate: " + back.kindOf);
            Thread.sleep(1500);
            assertEquals(2, back.accepted.size(), "nothing delivered twice after a while: " + back.attempts);
        } finally {
            back.close();
        }
        for (PartnerExchangeIT.Released r : List.of(first, second)) {
            Api.Reply log = Api.get(token(Cast.reviewer1()), "disseminations?size=100&action=DELIVERY&reportId=" + r.reportId());
            assertEquals(200, log.status(), log.body());
            long pushed = log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(row -> org.name().equals(row.getString("recipient")))
                    .filter(row -> row.getString("purpose", "").contains("pushed")).count();
            assertEquals(r == first ? 2 : 1, pushed, "each push in the log: " + log.body());
        }
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the server may be restarting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
