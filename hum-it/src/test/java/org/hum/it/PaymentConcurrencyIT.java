package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two approvers at once, and many requests at once: one approval and one clear refusal, never
 * two; concurrent requests all counted in the source's exposure, so none escapes the lifetime tier.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PaymentConcurrencyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Runs the calls together, released at once by a barrier; their replies in order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    barrier.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> replies = new ArrayList<>();
            for (Future<T> f : futures) {
                replies.add(f.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoApproversApprovingOneStepAtOnceGiveOneApprovalAndOneClearRefusal() throws Exception {
        String source = LifecycleIT.ready("CONC-APPROVE").sourceId();
        for (int round = 0; round < 3; round++) {
            String id = PaymentSteps.requested(officer1(), source, PaymentSteps.request("25", "EXPENSES",
                    PaymentSteps.contactReport(source, true))).getString("id");
            String controller = Api.token(controller1());
            String authoriser = Api.token(authoriser2());
            List<Api.Reply> replies = atOnce(List.of(
                    () -> Api.post(controller, "payments/" + id + "/approvals", "{}"),
                    () -> Api.post(authoriser, "payments/" + id + "/approvals", "{}")));
            long ok = replies.stream().filter(r -> r.status() == 200).count();
            List<Api.Reply> refusedReplies = replies.stream().filter(r -> r.status() == 409).toList();
            assertEquals(1, ok, replies.toString());
            assertEquals(1, refusedReplies.size(), replies.toString());
            assertEquals("payment.already-approved", refusedReplies.get(0).json().getString("rule"));
            assertTrue(refusedReplies.get(0).json().getString("detail").contains("already approved"));
            assertEquals(1L, PaymentSteps.count("SELECT COUNT(*) FROM payment_decision WHERE payment_id = ?", id),
                    "exactly one approval row");
            assertEquals("APPROVED", Api.get(controller, "payments/" + id).json().getString("status"));
        }
    }

    @Test
    void concurrentRequestsDoNotEscapeTheLifetimeTier() throws Exception {
        String admin = Api.token(admin1());
        JsonObject saved = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        try {
            // small figures (senior < headquarters <= annual <= lifetime): 8 requests of 200 cross 1,000 after the fifth
            Api.Reply tuned = putProfile(admin, Json.createObjectBuilder(saved).add("seniorPaymentThreshold", 100)
                    .add("headquartersPaymentThreshold", 500).add("annualHeadquartersThreshold", 1000)
                    .add("lifetimeHeadquartersThreshold", 1000).build().toString());
            assertEquals(200, tuned.status(), tuned.body());
            String source = LifecycleIT.ready("CONC-LIFE").sourceId();
            String contact = PaymentSteps.contactReport(source, true);
            String body = PaymentSteps.request("200.00", "EXPENSES", contact).build().toString();
            String officer = Api.token(officer1());
            int n = 8;
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(() -> Api.post(officer, "sources/" + source + "/payments", body));
            }
            List<Api.Reply> replies = atOnce(calls);
            List<BigDecimal> exposures = new ArrayList<>();
            int withLifetimeStep = 0;
            for (Api.Reply r : replies) {
                assertEquals(201, r.status(), r.body());
                BigDecimal lifetime = r.json().getJsonNumber("lifetimeExposure").bigDecimalValue();
                exposures.add(lifetime);
                boolean needsHq = PaymentSteps.tiers(r.json()).contains("HEADQUARTERS_LIFETIME");
                assertEquals(needsHq, PaymentSteps.tiers(r.json()).contains("HEADQUARTERS_ANNUAL"), r.body());
                assertTrue(PaymentSteps.tiers(r.json()).contains("SENIOR_FIELD"), r.body());
                assertEquals(lifetime.compareTo(new BigDecimal("1000")) > 0, needsHq,
                        "a request past the lifetime figure needs the headquarters step: " + r.body());
                withLifetimeStep += needsHq ? 1 : 0;
            }
            exposures.sort(BigDecimal::compareTo);
            for (int i = 0; i < n; i++) {
                assertEquals(0, new BigDecimal(200 * (i + 1)).compareTo(exposures.get(i)),
                        "each request counted every other one before it: " + exposures);
            }
            assertEquals(3, withLifetimeStep, "the sixth, seventh and eighth cross 1,000");
        } finally {
            assertEquals(200, putProfile(admin, saved.toString()).status());
        }
    }

    @Test
    void sixteenRequestsAtOnceOverFourFilesAllLandOnce() throws Exception {
        List<String> sources = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        readyFiles("CONC-SPREAD", sources, contacts);
        String officer = Api.token(officer1());
        long before = PaymentSteps.count("SELECT COUNT(*) FROM payment WHERE source_id IN (?, ?, ?, ?)",
                sources.toArray(String[]::new));
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int f = i % 4;
            String body = PaymentSteps.request("40.00", "EXPENSES", contacts.get(f)).build().toString();
            calls.add(() -> Api.post(officer, "sources/" + sources.get(f) + "/payments", body));
        }
        List<Api.Reply> replies = atOnce(calls);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Api.Reply r : replies) {
            assertEquals(201, r.status(), r.body());
            ids.add(r.json().getString("id"));
        }
        assertEquals(16, ids.size(), "sixteen payments, each once");
        assertEquals(before + 16, PaymentSteps.count("SELECT COUNT(*) FROM payment WHERE source_id IN (?, ?, ?, ?)",
                sources.toArray(String[]::new)));
        for (String source : sources) {
            PaymentSteps.assertExposureAgrees(source); // each file's running total took every one of its requests
        }
    }

    @Test
    void sixteenClientsOfTwoPeopleOverFourFilesWriteContactReportsAndPaymentsTogetherEachOnce() throws Exception {
        // the load the product meets on a busy day: several people, several files, both kinds of write
        // at once; a deadlock or a lock wait the database times out is retried inside the request
        List<String> sources = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        readyFiles("CONC-MIXED", sources, contacts);
        String[] files = sources.toArray(String[]::new);
        String in = "(?, ?, ?, ?)";
        long reportsBefore = PaymentSteps.count("SELECT COUNT(*) FROM contact_report WHERE source_id IN " + in, files);
        long paymentsBefore = PaymentSteps.count("SELECT COUNT(*) FROM payment WHERE source_id IN " + in, files);
        List<String> people = List.of(Api.token(officer1()), Api.token(controller1()));
        String narrative = ContactReportIT.report("Met at the usual place; a new driver on the morning crossing")
                .build().toString();
        int rounds = 4;
        List<Callable<List<Api.Reply>>> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            int client = c;
            clients.add(() -> {
                List<Api.Reply> replies = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    int f = (client / 2 + round) % 4; // each file takes both kinds of write from both people
                    String person = people.get(client % 2);
                    if ((client + round) % 2 == 0) {
                        replies.add(Api.send(Api.request(person, "sources/" + files[f] + "/contact-reports")
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(narrative))));
                    } else {
                        replies.add(Api.post(person, "sources/" + files[f] + "/payments",
                                PaymentSteps.request("15.00", "EXPENSES", contacts.get(f)).build().toString()));
                    }
                }
                return replies;
            });
        }
        java.util.Set<String> reports = new java.util.HashSet<>();
        java.util.Set<String> payments = new java.util.HashSet<>();
        for (List<Api.Reply> client : atOnce(clients)) {
            for (Api.Reply r : client) {
                assertEquals(201, r.status(), r.body());
                (r.json().containsKey("amount") ? payments : reports).add(r.json().getString("id"));
            }
        }
        assertEquals(32, reports.size(), "thirty-two contact reports, each answered once with its own id");
        assertEquals(32, payments.size(), "thirty-two payments, each answered once with its own id");
        assertEquals(reportsBefore + 32, PaymentSteps.count(
                "SELECT COUNT(*) FROM contact_report WHERE source_id IN " + in, files), "each report written once");
        assertEquals(paymentsBefore + 32, PaymentSteps.count(
                "SELECT COUNT(*) FROM payment WHERE source_id IN " + in, files), "each payment written once");
        for (String source : sources) {
            PaymentSteps.assertExposureAgrees(source);
        }

        // the dashboard finds them in SQL, a hundred at a time: an approver sees every one requested by
        // someone else, whatever number are pending in the installation, and never their own
        List<String> officers = new ArrayList<>();
        for (String id : payments) {
            String by = Api.get(people.get(0), "payments/" + id).json().getString("requestedBy");
            if (by.equals(officer1())) {
                officers.add(id);
            }
        }
        assertEquals(16, officers.size(), "half of them requested by officer1");
        List<String> controllers = PaymentSteps.dashboardLines(controller1(), "PENDING_PAYMENT_APPROVALS");
        assertTrue(controllers.containsAll(officers), "the controller may approve officer1's requests");
        assertTrue(payments.stream().filter(id -> !officers.contains(id)).noneMatch(controllers::contains),
                "never the controller's own requests");
        assertTrue(PaymentSteps.dashboardLines(authoriser2(), "PENDING_PAYMENT_APPROVALS").containsAll(payments),
                "an authorising officer may approve all of them");
        String controller = people.get(1);
        for (String bad : List.of("from=-1&section=PENDING_PAYMENT_APPROVALS", "from=abc&section=PENDING_PAYMENT_APPROVALS",
                "section=NO_SUCH_LIST", "from=5")) {
            Api.Reply r = Api.get(controller, "dashboard?" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals(bad.startsWith("from=5") || bad.startsWith("section") ? "section" : "from",
                    r.json().getJsonArray("errors").getJsonObject(0).getString("field"), "names the field: " + r.body());
        }
    }

    /** Four ready files, each with a submitted contact report for payments to rest on. */
    private static void readyFiles(String prefix, List<String> sources, List<String> contacts) throws Exception {
        for (int i = 0; i < 4; i++) {
            String source = LifecycleIT.ready(prefix + i).sourceId();
            sources.add(source);
            contacts.add(PaymentSteps.contactReport(source, true));
        }
    }

    private static Api.Reply putProfile(String admin, String json) {
        return Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

}
