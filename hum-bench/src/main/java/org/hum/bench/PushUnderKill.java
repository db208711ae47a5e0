package org.hum.bench;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The partner push while an instance dies (docs/testing.md, "Two instances"): the demo's sheriff's
 * office gets a push address on a loopback receiver here, and reports drawn from fresh contact
 * items are released over both instances, alternating, while the load runs and one instance is
 * killed. The receiver refuses every delivery (503) until the kill, so that what was released
 * before it is still in the outbox, retried by the instance that dies; afterwards every
 * acknowledged release must have reached the receiver, under the one delivery id the outbox gave it.
 */
final class PushUnderKill implements AutoCloseable {
    /** The sheriff's office, as the demo makes it; LOCAL is its kind. */
    static final String PARTNER = "Pima County Sheriff's Office";

    private final OperationsLoad[] instances;
    private final HttpServer receiver;
    /** Delivery id: how many times the receiver accepted it. */
    final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    /** The report versions whose release an instance acknowledged (200 to the approval). */
    final Set<String> released = ConcurrentHashMap.newKeySet();
    final AtomicLong unanswered = new AtomicLong();
    /** Attempts answered 503 while the receiver was closed. */
    final AtomicLong refusedAttempts = new AtomicLong();
    /** Whether the receiver takes deliveries (it answers 503 while not). */
    volatile boolean open = true;
    final AtomicLong serverErrors = new AtomicLong();
    /** The first step answered otherwise than as expected (status and the start of the answer), or null. */
    final AtomicReference<String> firstRefusal = new AtomicReference<>();
    private String organisation;
    private String description;

    PushUnderKill(OperationsLoad[] instances) throws Exception {
        this.instances = instances;
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/inbox", exchange -> {
            String id = exchange.getRequestHeaders().getFirst("X-HUM-Delivery-Id");
            exchange.getRequestBody().readAllBytes();
            if (id == null) {
                exchange.sendResponseHeaders(400, -1);
            } else if (!open) {
                refusedAttempts.incrementAndGet();
                exchange.sendResponseHeaders(503, -1); // down for now: the outbox keeps it and tries again
            } else {
                accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    /** The organisation's id (for the database's rows), once {@link #prepare} has run. */
    String organisation() {
        return organisation;
    }

    /**
     * Points the sheriff's office's push address at the receiver, has controller1 approve a source
     * description, and grades the files (a description fits a source's grade).
     */
    void prepare(String admin, String controller, String officer, List<String> files) throws Exception {
        HttpResponse<String> orgs = instances[0].send(admin, "GET", "admin/partners", null);
        for (JsonValue v : Json.createReader(new StringReader(orgs.body())).readArray()) {
            if (PARTNER.equals(v.asJsonObject().getString("name"))) {
                organisation = v.asJsonObject().getString("id");
            }
        }
        if (organisation == null) {
            throw new IllegalStateException("the demo's " + PARTNER + " is missing: " + orgs.statusCode());
        }
        OperationsLoad.expect(instances[1].send(admin, "PUT", "admin/partners/" + organisation,
                "{\"pushUrl\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/inbox\"}"), 200, "the push address");
        description = OperationsLoad.id(OperationsLoad.expect(instances[0].send(controller, "POST", "source-descriptions",
                "{\"text\":\"a source with direct access who has reported reliably in the past\",\"access\":\"DIRECT\","
                        + "\"reliabilities\":[\"A\",\"B\"]}"), 201, "a source description"));
        for (String file : files) {
            OperationsLoad.expect(instances[1].send(officer, "POST", "sources/" + file + "/grades",
                    "{\"grade\":\"B\",\"reason\":\"Corroborated twice\"}"), 201, "a grade");
        }
    }

    /**
     * One release: a contact item on {@code file}, a report drafted from it by reports1, submitted
     * and approved by controller1, each step on the instance {@code n} points at (the other one when
     * it refuses the connection). Only an approval answered 200 counts as released.
     */
    void releaseOne(int n, String file, String officer, String reports, String controller) {
        try {
            HttpResponse<String> contact = send(n, officer, "POST", "sources/" + file + "/contact-reports", """
                    {"occurredAt":"%s","method":"CALL","place":"By phone","durationMinutes":5,
                     "narrative":"Release check call %d.","presentUsers":["officer1"],"othersPresent":[],
                     "items":[{"text":"Trailers cross early (%d)","credibility":"2"}]}"""
                    .formatted(java.time.Instant.now().minusSeconds(3600), n, n), "Idempotency-Key", UUID.randomUUID().toString());
            if (refused("contact report", contact, 201)) {
                return;
            }
            String item = Json.createReader(new StringReader(contact.body())).readObject().getJsonObject("current")
                    .getJsonArray("items").getJsonObject(0).getString("id");
            HttpResponse<String> draft = send(n + 1, reports, "POST", "reports", """
                    {"title":"Trailer crossings %d","itemIds":["%s"],"notes":"Rests on one call.",
                     "releasableText":"Refrigerated trailers cross early on one weekday (%d).","subject":"precursor chemicals",
                     "area":"Sonora corridor","ports":["NOGALES_MARIPOSA"],"concerning":"%s","tlp":"AMBER",
                     "releasableTo":["LOCAL"],"sourceDescriptionId":"%s","purpose":"Push under kill check"}"""
                    .formatted(n, item, n, LocalDate.now().minusDays(7), description));
            if (refused("draft", draft, 201)) {
                return;
            }
            String version = OperationsLoad.id(draft.body());
            if (refused("submission", send(n, reports, "POST", "reports/" + version + "/submission", ""), 200)) {
                return;
            }
            HttpResponse<String> approval = send(n + 1, controller, "POST", "reports/" + version + "/approval", "");
            if (!refused("approval", approval, 200)) {
                released.add(version);
            }
        } catch (Exception e) {
            unanswered.incrementAndGet(); // sent and no answer: the step may or may not have been made; not resent
        }
    }

    /** Whether a step was answered otherwise than {@code expected}; the first such answer is kept to be shown. */
    private boolean refused(String step, HttpResponse<String> r, int expected) {
        if (r.statusCode() == expected) {
            return false;
        }
        String body = r.body() == null ? "" : r.body();
        firstRefusal.compareAndSet(null, step + " answered " + r.statusCode() + ": " + body.substring(0, Math.min(300, body.length())));
        return true;
    }

    private HttpResponse<String> send(int n, String token, String method, String path, String json, String... headers)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = instances[(n + attempt) % 2].send(token, method, path, json, headers);
                if (r.statusCode() >= 500) {
                    serverErrors.incrementAndGet();
                }
                return r;
            } catch (java.net.ConnectException refused) {
                if (attempt > 0) {
                    throw refused;
                }
                // nothing was sent: the other instance at once
            }
        }
    }

    @Override
    public void close() {
        receiver.stop(0);
    }
}
