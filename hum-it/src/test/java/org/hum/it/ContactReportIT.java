package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contact reports over REST (docs/domain.md, "Contact reports"): who records and reads,
 * the hard stops (appropriate adult, closure for cause), immutability and corrections,
 * idempotent resubmission, drafts that survive and stay private, welfare alerts, the tasking an
 * item answers, and the due list and dashboards. Every refusal asserts its status, its rule and
 * that nothing was written.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ContactReportIT {
    private static final List<String> TABLES = List.of("contact_report", "contact_attendee", "contact_item",
            "contact_draft", "source_risk_entry", "welfare_alert", "source_contact", "contact_plan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    // ---- helpers ----

    static String register(String compartment) {
        return register(compartment, LocalDate.now(ZoneOffset.UTC).minusYears(30));
    }

    static String register(String compartment, LocalDate dateOfBirth) {
        String code = "AA-CR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", Api.registration(code, compartment,
                "Contact Test " + code, dateOfBirth.toString(), "+1 555 010 3030"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A report body: one item graded 2 (NATO/Admiralty), the given others present. */
    static JsonObjectBuilder report(String narrative, JsonArrayBuilder others) {
        return Json.createObjectBuilder()
                .add("occurredAt", now().minus(Duration.ofHours(2)).toString())
                .add("method", "MEETING")
                .add("place", "Harbour cafe Zanzibar-4410, back room")
                .add("durationMinutes", 40)
                .add("narrative", narrative)
                .add("presentUsers", Json.createArrayBuilder().add(officer1()))
                .add("othersPresent", others)
                .add("items", Json.createArrayBuilder().add(item("The courier changes cars at Pier 9-Quokka", "2", null)));
    }

    static JsonObjectBuilder report(String narrative) {
        return report(narrative, Json.createArrayBuilder());
    }

    static JsonObjectBuilder item(String text, String credibility, String taskingId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("text", text).add("credibility", credibility);
        if (taskingId != null) {
            b.add("taskingId", taskingId);
        }
        return b;
    }

    static JsonArrayBuilder adult() {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "APPROPRIATE_ADULT")
                .add("description", "The source's aunt, Marisol-Quetzal"));
    }

    static Api.Reply submit(String user, String sourceId, JsonObjectBuilder body) {
        return Api.post(Api.token(user), "sources/" + sourceId + "/contact-reports", body.build().toString());
    }

    static Api.Reply submitWithKey(String user, String sourceId, String key, String body) {
        return Api.send(Api.request(Api.token(user), "sources/" + sourceId + "/contact-reports")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Api.Reply putDraft(String user, String clientId, String sourceId, JsonObjectBuilder report) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("sourceId", sourceId);
        if (report != null) {
            b.add("report", report);
        }
        return Api.send(Api.request(Api.token(user), "contact-drafts/" + clientId).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(b.build().toString())));
    }

    static Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : TABLES) {
            m.put(t, Rows.count(t));
        }
        return m;
    }

    static void refused(Map<String, Long> before, Api.Reply r, int status, String rule) throws SQLException {
        assertEquals(status, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5, r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    static void unchanged(Map<String, Long> before, Api.Reply r, int status) throws SQLException {
        assertEquals(status, r.status(), r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    static Api.Reply deactivate(String sourceId, boolean forCause) {
        return Api.post(Api.token(controller1()), "sources/" + sourceId + "/deactivation", Json.createObjectBuilder()
                .add("reason", "Lied about access").add("forCause", forCause).add("sourceTold", true).build().toString());
    }

    static List<JsonObject> section(String user, String key) {
        JsonObject d = DueListPages.whole(Api.token(user));
        return d.getJsonArray("sections").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("key").equals(key))
                .findFirst().map(s -> s.getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList())
                .orElseThrow(() -> new AssertionError("no section " + key + " for " + user + ": " + d));
    }

    static List<JsonObject> dueLines(String user, String sourceId) {
        JsonObject d = DueListPages.whole(Api.token(user));
        List<JsonObject> lines = new java.util.ArrayList<>();
        for (String list : List.of("overdue", "dueToday", "dueSoon")) {
            d.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .filter(l -> sourceId.equals(l.getString("sourceId", null)) && l.getString("kind").equals("CONTACT_DUE"))
                    .forEach(lines::add);
        }
        return lines;
    }

    static void moveClock(Instant to) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + to + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    /** A real tasking of a source ready for use, issued over REST by its handler and walked to {@code status}. */
    static String tasking(String sourceId, String status) {
        String requirement = RequirementIT.create(copper(), "HIGH");
        Api.Reply r = TaskingIT.create(officer1(), sourceId,
                TaskingIT.tasking(requirement, LifecycleIT.today().plusDays(10), true, "REPORT_OBSERVED"));
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        List<String> steps = switch (status) {
            case "ISSUED" -> List.of();
            case "IN_PROGRESS" -> List.of("acknowledgement", "start");
            case "FULFILLED" -> List.of("acknowledgement", "fulfilment");
            default -> throw new IllegalArgumentException(status);
        };
        for (String step : steps) {
            Api.Reply moved = TaskingIT.step(officer1(), id, step);
            assertEquals(200, moved.status(), moved.body());
        }
        return id;
    }

    // ---- recording and reading ----

    @Test
    void theHandlerRecordsAContactEveryReaderSeesItAndItsTextsAreStoredOnlyEncrypted() throws SQLException {
        String id = register(copper());
        Api.Reply r = submit(officer1(), id, report("Met as arranged; Hyacinth-Vole described the courier's route.")
                .add("nextContactAt", now().plus(Duration.ofDays(5)).toString()));
        assertEquals(201, r.status(), r.body());
        JsonObject report = r.json();
        String reportId = report.getString("id");
        assertTrue(r.header("Location").endsWith("/api/contact-reports/" + reportId), r.header("Location"));
        JsonObject current = report.getJsonObject("current");
        assertEquals(1, current.getInt("version"));
        assertEquals("MEETING", current.getString("method"));
        assertEquals("Harbour cafe Zanzibar-4410, back room", current.getString("place"));
        assertEquals(officer1(), current.getJsonArray("present").getJsonObject(0).getString("username"));
        assertEquals("2", current.getJsonArray("items").getJsonObject(0).getString("credibility"));
        assertEquals(officer1(), current.getString("recordedBy"));

        for (String reader : List.of(controller1(), authoriser2(), reviewer1(), officer1())) {
            Api.Reply read = Api.get(Api.token(reader), "contact-reports/" + reportId);
            assertEquals(200, read.status(), reader + ": " + read.body());
            assertEquals("Met as arranged; Hyacinth-Vole described the courier's route.",
                    read.json().getJsonObject("current").getString("narrative"));
        }
        JsonObject list = Api.get(Api.token(reviewer1()), "sources/" + id + "/contact-reports").json();
        assertEquals(1, list.getJsonArray("reports").size());
        assertFalse(list.getBoolean("mayRecord"), "a reviewer reads only");
        assertTrue(Api.get(Api.token(officer1()), "sources/" + id + "/contact-reports").json().getBoolean("mayRecord"));

        // the register the other features read answers for it: submitted, at its time
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT submitted, source_id FROM contact_report WHERE id = '" + reportId + "'")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1));
            assertEquals(id, rs.getString(2));
        }
        for (String table : TABLES) {
            String dump = Rows.dump(table);
            for (String secret : List.of("Zanzibar-4410", "Hyacinth-Vole", "Pier 9-Quokka")) {
                assertFalse(dump.contains(secret), secret + " is stored in plaintext in " + table);
            }
        }
        assertTrue(Rows.dump("audit_event").contains("CONTACT_REPORT_SUBMITTED"));

        // the next contact planned is due on its day, on the handler's due list
        resetClock(); // recomputes the due list now
        List<JsonObject> due = dueLines(officer1(), id);
        assertEquals(1, due.size(), due.toString());
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(5).toString(), due.get(0).getString("dueOn"));
    }

    @Test
    void eachRoleIsAllowedOrRefusedAndAnInvisibleFileIsNotFound() throws SQLException {
        String copper = register(copper());
        String body = report("Routine call").build().toString();
        String reportId = submit(officer1(), copper, report("Routine call")).json().getString("id");
        Map<String, Long> before = counts();
        unchanged(before, Api.post(Api.token(reviewer1()), "sources/" + copper + "/contact-reports", body), 403);
        unchanged(before, Api.post(Api.token(authoriser1()), "sources/" + copper + "/contact-reports", body), 403);
        assertEquals(403, Api.get(Api.token(admin1()), "sources/" + copper + "/contact-reports").status());
        assertEquals(403, Api.get(Api.token(admin1()), "contact-reports/" + reportId).status());
        // officer2 may not see a COPPER file: everything of it answers as missing
        unchanged(before, Api.post(Api.token(officer2()), "sources/" + copper + "/contact-reports", body), 404);
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + copper + "/contact-reports").status());
        assertEquals(404, Api.get(Api.token(officer2()), "contact-reports/" + reportId).status());
        unchanged(before, Api.post(Api.token(officer2()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "x").add("report", report("x")).build().toString()), 404);
        unchanged(before, putDraft(officer2(), "d-" + UUID.randomUUID(), copper, report("x")), 404);
        assertEquals(404, Api.get(Api.token(officer1()), "contact-reports/" + UUID.randomUUID()).status());
        assertEquals(404, Api.get(Api.token(officer1()), "contact-reports/not-an-id").status());
        assertEquals(404, Api.get(Api.token(officer1()), "sources/" + UUID.randomUUID() + "/contact-reports").status());

        // officer2 sees a MESA file officer1 handles, but does not handle it: reads, may not record
        String mesa = register(mesa());
        assertEquals(200, Api.get(Api.token(officer2()), "sources/" + mesa + "/contact-reports").status());
        Api.Reply notHandler = Api.post(Api.token(officer2()), "sources/" + mesa + "/contact-reports", body);
        unchanged(before, notHandler, 403);
        assertTrue(notHandler.json().getString("detail").contains("handler"), notHandler.body());
        // a controller records
        assertEquals(201, submit(controller1(), mesa, report("Controller's own meeting")).status());
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndWritesNothing() throws SQLException {
        String id = register(copper());
        Map<String, Long> before = counts();
        Api.Reply noNarrative = Api.post(Api.token(officer1()), "sources/" + id + "/contact-reports",
                report("x").add("narrative", " ").build().toString());
        unchanged(before, noNarrative, 400);
        assertTrue(noNarrative.body().contains("narrative"), noNarrative.body());
        Api.Reply badGrade = submit(officer1(), id, report("x").add("items", Json.createArrayBuilder()
                .add(item("ok", "2", null)).add(item("bad", "Z", null))));
        unchanged(before, badGrade, 400);
        assertEquals("items[1].credibility", badGrade.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        unchanged(before, submit(officer1(), id, report("x").add("method", "CARRIER_PIGEON")), 400);
        unchanged(before, submit(officer1(), id, report("x").add("presentUsers", Json.createArrayBuilder().add("nobody-such"))), 400);
        unchanged(before, submit(officer1(), id, report("x").add("welfareConcern", true)), 400);
        unchanged(before, submit(officer1(), id, report("x").add("occurredAt", now().plus(Duration.ofDays(1)).toString())), 400);
        unchanged(before, Api.post(Api.token(officer1()), "sources/" + id + "/contact-reports", "{\"narrative\":"), 400);
        unchanged(before, submit(officer1(), id, report("x").add("durationMinutes", "long")), 400);
    }

    // ---- hard stops ----

    @Test
    void aJuvenileUnderSixteenNeedsAnAppropriateAdultAmongThosePresent() throws SQLException {
        String fifteen = register(copper(), LocalDate.now(ZoneOffset.UTC).minusYears(16).plusDays(1));
        Map<String, Long> before = counts();
        refused(before, submit(officer1(), fifteen, report("Met at school gates")), 422, "juvenile.appropriate-adult");
        refused(before, submit(officer1(), fifteen, report("Met at school gates", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "INTERPRETER").add("description", "Interpreter")))), 422,
                "juvenile.appropriate-adult");
        // a draft is saved (typing goes on), but says at once what submission will need
        Api.Reply draft = putDraft(officer1(), "juv-" + UUID.randomUUID(), fifteen, report("Met at school gates"));
        assertEquals(201, draft.status(), draft.body());
        assertTrue(draft.json().getJsonArray("warnings").getString(0).contains("appropriate adult"), draft.body());
        Api.Reply withAdult = submit(officer1(), fifteen, report("Met at school gates", adult()));
        assertEquals(201, withAdult.status(), withAdult.body());
        assertEquals("APPROPRIATE_ADULT", withAdult.json().getJsonObject("current").getJsonArray("present")
                .getJsonObject(1).getString("role"));

        // sixteen today: no adult needed
        String sixteen = register(copper(), LocalDate.now(ZoneOffset.UTC).minusYears(16));
        assertEquals(201, submit(officer1(), sixteen, report("Met in the park")).status());
    }

    @Test
    void aSourceClosedForCauseIsRefusedUntilASeniorApprovesContact() throws SQLException {
        String id = register(copper());
        assertEquals(200, deactivate(id, true).status());
        Map<String, Long> before = counts();
        refused(before, submit(officer1(), id, report("Unplanned meeting")), 409, "source.closed-for-cause-contact");
        refused(before, submit(controller1(), id, report("Unplanned meeting")), 409, "source.closed-for-cause-contact");
        refused(before, putDraft(officer1(), "cfc-" + UUID.randomUUID(), id, report("Unplanned")), 409,
                "source.closed-for-cause-contact");

        Api.Reply approved = Api.post(Api.token(authoriser1()), "sources/" + id + "/contact-approvals",
                "{\"reason\":\"Source asked to meet about a threat\"}");
        assertEquals(201, approved.status(), approved.body());
        Api.Reply allowed = submit(officer1(), id, report("Meeting under senior approval"));
        assertEquals(201, allowed.status(), allowed.body());

        // a source merely deactivated (not for cause) may still be contacted
        String resting = register(copper());
        assertEquals(200, deactivate(resting, false).status());
        assertEquals(201, submit(officer1(), resting, report("Courtesy call")).status());
    }

    // ---- idempotency, immutability, corrections ----

    @Test
    void submittingTheSameReportTwiceCreatesItOnce() throws SQLException {
        String id = register(copper());
        String key = UUID.randomUUID().toString();
        String body = report("Signal lost halfway through the upload").build().toString();
        long before = Rows.count("contact_report");
        Api.Reply first = submitWithKey(officer1(), id, key, body);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = submitWithKey(officer1(), id, key, body);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(first.json().getJsonObject("current"), again.json().getJsonObject("current"));
        // the key may come in the body as well
        String inBody = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body)).readObject())
                .add("idempotencyKey", key).build().toString();
        Api.Reply third = Api.post(Api.token(officer1()), "sources/" + id + "/contact-reports", inBody);
        assertEquals(200, third.status(), third.body());
        assertEquals(first.json().getString("id"), third.json().getString("id"));
        assertEquals(before + 1, Rows.count("contact_report"), "one report, whatever the repeats");

        Map<String, Long> counts = counts();
        Api.Reply different = submitWithKey(officer1(), id, key, report("Another contact altogether").build().toString());
        refused(counts, different, 422, "contact.idempotency-key-reused");
        assertTrue(different.json().getString("detail").contains("different"), different.body());
        Api.Reply disagreeing = Api.send(Api.request(Api.token(officer1()), "sources/" + id + "/contact-reports")
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-header")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder(Json.createReader(
                        new java.io.StringReader(body)).readObject()).add("idempotencyKey", "k-field").build().toString())));
        unchanged(counts, disagreeing, 400);
        // another officer's key is their own
        Api.Reply controllers = submitWithKey(controller1(), id, key, body);
        assertEquals(201, controllers.status(), controllers.body());
        assertNotEquals(first.json().getString("id"), controllers.json().getString("id"));
    }

    @Test
    void oneOfficersConcurrentSubmissionsAllLandAndOneKeySentAtOnceCreatesOneReport() throws Exception {
        // sixteen at once by one officer over two files, each with its own key: before the key's
        // look-up stopped taking a gap lock on (recorded_by, idempotency_key), about one in twelve of
        // these died in a deadlock and answered 500
        List<String> files = List.of(register(copper()), register(copper()));
        String body = report("Met at the usual place; nothing new on the crossing").build().toString();
        long before = Rows.count("contact_report");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Api.Reply>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String file = files.get(i % 2);
                sent.add(pool.submit(() -> submitWithKey(officer1(), file, UUID.randomUUID().toString(), body)));
            }
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (var f : sent) {
                Api.Reply r = f.get();
                statuses.merge(r.status(), 1, Integer::sum);
                assertTrue(r.status() < 500, r.body());
            }
            assertEquals(Map.of(201, 64), statuses);
            assertEquals(before + 64, Rows.count("contact_report"));

            // one key sent eight times at once: one report, one 201, the rest 200 with its id
            String key = UUID.randomUUID().toString();
            List<java.util.concurrent.Future<Api.Reply>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                same.add(pool.submit(() -> submitWithKey(officer1(), files.get(0), key, body)));
            }
            Map<Integer, Integer> sameStatuses = new java.util.TreeMap<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var f : same) {
                Api.Reply r = f.get();
                sameStatuses.merge(r.status(), 1, Integer::sum);
                ids.add(r.json().getString("id"));
            }
            assertEquals(Map.of(200, 7, 201, 1), sameStatuses);
            assertEquals(1, ids.size(), "every answer names the one report");
            assertEquals(before + 65, Rows.count("contact_report"));

            // one key sent at once to two files (no file lock orders them): one report; the other is
            // the key reused for a different submission, whichever transaction saw the other first
            for (int round = 0; round < 4; round++) {
                String shared = UUID.randomUUID().toString();
                var a = pool.submit(() -> submitWithKey(officer1(), files.get(0), shared, body));
                var b = pool.submit(() -> submitWithKey(officer1(), files.get(1), shared, body));
                List<Integer> both = new java.util.ArrayList<>(List.of(a.get().status(), b.get().status()));
                java.util.Collections.sort(both);
                assertEquals(List.of(201, 422), both, a.get().body() + " / " + b.get().body());
            }
            assertEquals(before + 69, Rows.count("contact_report"));

            // sixteen at once on one file by two people who may record it: the file's row lock orders them
            List<java.util.concurrent.Future<Api.Reply>> oneFile = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String user = i % 2 == 0 ? officer1() : controller1();
                oneFile.add(pool.submit(() -> submitWithKey(user, files.get(1), UUID.randomUUID().toString(), body)));
            }
            for (var f : oneFile) {
                Api.Reply r = f.get();
                assertEquals(201, r.status(), r.body());
            }
            assertEquals(before + 85, Rows.count("contact_report"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectionIsANewVersionThatKeepsTheOldAndTheDatabaseRefusesToChangeEither() throws SQLException {
        String id = register(copper());
        String reportId = submit(officer1(), id, report("Met at 14:00 at the station")).json().getString("id");
        Map<String, Long> before = counts();
        unchanged(before, Api.post(Api.token(officer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("report", report("Met at 15:00")).build().toString()), 400);
        unchanged(before, Api.post(Api.token(reviewer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "r").add("report", report("Met at 15:00")).build().toString()), 403);

        Api.Reply corrected = Api.post(Api.token(officer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "Wrong hour noted in the field")
                        .add("report", report("Met at 15:00 at the station")).build().toString());
        assertEquals(201, corrected.status(), corrected.body());
        JsonArray versions = corrected.json().getJsonArray("versions");
        assertEquals(2, versions.size());
        assertEquals("Met at 14:00 at the station", versions.getJsonObject(0).getString("narrative"));
        assertEquals("Met at 15:00 at the station", versions.getJsonObject(1).getString("narrative"));
        assertEquals("Wrong hour noted in the field", versions.getJsonObject(1).getString("correctionReason"));
        assertEquals(2, corrected.json().getJsonObject("current").getInt("version"));
        String v2 = versions.getJsonObject(1).getString("id");

        // both visible to everyone who may see the file; asked by either version's id, the same report
        for (String reader : List.of(reviewer1(), authoriser2(), controller1())) {
            JsonObject byV2 = Api.get(Api.token(reader), "contact-reports/" + v2).json();
            assertEquals(reportId, byV2.getString("id"));
            assertEquals(2, byV2.getJsonArray("versions").size());
            assertEquals("Met at 15:00 at the station", byV2.getJsonObject("current").getString("narrative"));
        }
        JsonArray listed = Api.get(Api.token(reviewer1()), "sources/" + id + "/contact-reports").json().getJsonArray("reports");
        assertEquals(1, listed.size());
        assertEquals(2, listed.getJsonObject(0).getJsonArray("versions").size());

        // the database account may not change what was submitted, nor delete it
        try (Connection c = Stand.current().appConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE contact_report SET occurred_at = occurred_at WHERE id = '" + reportId + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE contact_report SET method = 'CALL' WHERE id = '" + reportId + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM contact_report WHERE id = '" + reportId + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM contact_item"));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE contact_item SET credibility = '1'"));
        }
        assertEquals(2, Api.get(Api.token(officer1()), "contact-reports/" + reportId).json().getJsonArray("versions").size());
    }

    // ---- drafts ----

    @Test
    void aDraftSurvivesIsPrivateToItsAuthorAndGoesOnceSubmitted() throws SQLException {
        String id = register(copper());
        String mesa = register(mesa());
        String clientId = "draft-" + UUID.randomUUID();
        Api.Reply created = putDraft(officer1(), clientId, id, Json.createObjectBuilder().add("narrative", "Half typed, Okapi-77"));
        assertEquals(201, created.status(), created.body());
        Api.Reply saved = putDraft(officer1(), clientId, id, report("Fully typed now, Okapi-77"));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(1, Rows.count("contact_draft WHERE client_id = '" + clientId + "'"));
        assertFalse(Rows.dump("contact_draft").contains("Okapi-77"), "a draft is stored in plaintext");

        // the connection came back: the draft is there, as typed
        Api.Reply read = Api.get(Api.token(officer1()), "contact-drafts/" + clientId);
        assertEquals(200, read.status(), read.body());
        assertEquals("Fully typed now, Okapi-77", read.json().getJsonObject("report").getString("narrative"));
        assertEquals("2", read.json().getJsonObject("report").getJsonArray("items").getJsonObject(0).getString("credibility"));
        assertTrue(Api.get(Api.token(officer1()), "contact-drafts").body().contains(clientId));
        assertTrue(section(officer1(), "CONTACT_DRAFTS").stream().anyMatch(e -> e.getString("objectId").equals(clientId)));

        // nobody else sees it, not even a controller of the file
        assertEquals(404, Api.get(Api.token(controller1()), "contact-drafts/" + clientId).status());
        assertFalse(Api.get(Api.token(controller1()), "contact-drafts").body().contains(clientId));
        assertEquals(404, Api.send(Api.request(Api.token(controller1()), "contact-drafts/" + clientId).DELETE()).status());
        assertEquals(403, Api.get(Api.token(reviewer1()), "contact-drafts").status());
        // a draft belongs to one file
        Map<String, Long> before = counts();
        unchanged(before, putDraft(officer1(), clientId, mesa, report("x")), 409);
        unchanged(before, putDraft(officer1(), "bad%20id", id, report("x")), 400);
        unchanged(before, putDraft(officer1(), "d".repeat(65), id, report("x")), 400);

        // submitted with its draft id: the report is made and the draft goes
        Api.Reply submitted = submit(officer1(), id, report("Fully typed now, Okapi-77").add("draftId", clientId));
        assertEquals(201, submitted.status(), submitted.body());
        assertEquals(404, Api.get(Api.token(officer1()), "contact-drafts/" + clientId).status());

        // discarding
        String other = "draft-" + UUID.randomUUID();
        assertEquals(201, putDraft(officer1(), other, id, null).status());
        assertEquals(204, Api.send(Api.request(Api.token(officer1()), "contact-drafts/" + other).DELETE()).status());
        assertEquals(404, Api.get(Api.token(officer1()), "contact-drafts/" + other).status());
    }

    // ---- welfare and security concerns ----

    @Test
    void aWelfareConcernUpdatesTheRiskAssessmentAndAlertsTheControllerUntilAcknowledged() throws SQLException {
        String id = register(copper());
        Api.Reply r = submit(officer1(), id, report("Source nervous").add("welfareConcern", true)
                .add("welfareText", "Threatened by the brother-in-law, Ibex-Marlow"));
        assertEquals(201, r.status(), r.body());
        String reportId = r.json().getString("id");

        JsonObject list = Api.get(Api.token(officer1()), "sources/" + id + "/contact-reports").json();
        JsonArray risk = list.getJsonArray("riskAssessment");
        assertEquals(1, risk.size());
        assertEquals("WELFARE", risk.getJsonObject(0).getString("kind"));
        assertEquals("Threatened by the brother-in-law, Ibex-Marlow", risk.getJsonObject(0).getString("text"));
        assertFalse(Rows.dump("source_risk_entry").contains("Ibex-Marlow"));

        // the controllers are alerted: on the alert list and the SUPERVISION dashboard
        JsonObject alert = alerts(controller1()).stream().filter(a -> a.getString("sourceId").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no alert for the source"));
        assertEquals(reportId, alert.getString("contactReportId"));
        assertTrue(alert.getBoolean("welfare"));
        assertFalse(alert.getBoolean("security"));
        assertEquals(officer1(), alert.getString("raisedBy"));
        String alertId = alert.getString("id");
        assertTrue(section(controller1(), "WELFARE_ALERTS").stream().anyMatch(e -> e.getString("objectId").equals(alertId)));
        assertTrue(alerts(authoriser1()).stream().anyMatch(a -> a.getString("id").equals(alertId)));
        assertEquals(403, Api.get(Api.token(officer1()), "welfare-alerts").status());
        // by pages: one at a time, oldest first, counted; bad bounds are 400s naming them
        JsonObject first = Api.get(Api.token(controller1()), "welfare-alerts?size=1").json();
        assertEquals(1, first.getJsonArray("alerts").size());
        assertTrue(first.getJsonNumber("total").longValue() >= 1);
        JsonObject last = Api.get(Api.token(controller1()), "welfare-alerts?size=1&from="
                + (first.getJsonNumber("total").longValue() - 1)).json();
        assertEquals(1, last.getJsonArray("alerts").size(), "the last line of the count is there");
        for (String bad : List.of("from=-1", "size=0", "size=501", "from=x")) {
            Api.Reply refused = Api.get(Api.token(controller1()), "welfare-alerts?" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals(bad.substring(0, bad.indexOf('=')), refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertFalse(Api.get(Api.token(officer2()), "dashboard").body().contains(alertId), (officer2() + " may not see the file"));

        // only a controller acknowledges it; then it leaves the lists; once only
        assertEquals(403, Api.post(Api.token(officer1()), "welfare-alerts/" + alertId + "/acknowledgement", "").status());
        assertEquals(403, Api.post(Api.token(authoriser1()), "welfare-alerts/" + alertId + "/acknowledgement", "").status());
        assertEquals(404, Api.post(Api.token(controller1()), "welfare-alerts/" + UUID.randomUUID() + "/acknowledgement", "").status());
        Api.Reply ack = Api.post(Api.token(controller1()), "welfare-alerts/" + alertId + "/acknowledgement", "");
        assertEquals(200, ack.status(), ack.body());
        assertEquals(controller1(), ack.json().getString("acknowledgedBy"));
        assertFalse(alerts(controller1()).stream().anyMatch(a -> a.getString("id").equals(alertId)));
        assertFalse(section(controller1(), "WELFARE_ALERTS").stream().anyMatch(e -> e.getString("objectId").equals(alertId)));
        Api.Reply again = Api.post(Api.token(controller1()), "welfare-alerts/" + alertId + "/acknowledgement", "");
        assertEquals(409, again.status(), again.body());
        assertTrue(Rows.dump("audit_event").contains("WELFARE_ALERT_ACKNOWLEDGED"));

        // a correction repeating the concern raises nothing new; a new security concern does
        long entries = Rows.count("source_risk_entry");
        long alertsBefore = Rows.count("welfare_alert");
        Api.Reply same = Api.post(Api.token(officer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "Typo in the place").add("report", report("Source nervous")
                        .add("welfareConcern", true).add("welfareText", "Threatened by the brother-in-law, Ibex-Marlow"))
                        .build().toString());
        assertEquals(201, same.status(), same.body());
        assertEquals(entries, Rows.count("source_risk_entry"));
        assertEquals(alertsBefore, Rows.count("welfare_alert"));
        Api.Reply security = submit(officer1(), id, report("Followed after the meeting").add("securityConcern", true)
                .add("securityText", "A grey van followed the source home"));
        assertEquals(201, security.status(), security.body());
        assertEquals(entries + 1, Rows.count("source_risk_entry"));
        assertTrue(alerts(controller1()).stream().anyMatch(a -> a.getString("sourceId").equals(id) && a.getBoolean("security")));
    }

    /** Every open alert the user may see, read page by page (500 at a time, the most a page holds). */
    static List<JsonObject> alerts(String user) {
        List<JsonObject> all = new ArrayList<>();
        for (int from = 0; ; ) {
            Api.Reply r = Api.get(Api.token(user), "welfare-alerts?size=500&from=" + from);
            assertEquals(200, r.status(), r.body());
            JsonObject page = Json.createReader(new java.io.StringReader(r.body())).readObject();
            assertEquals(from, page.getInt("from"));
            List<JsonObject> alerts = page.getJsonArray("alerts").stream().map(JsonValue::asJsonObject).toList();
            all.addAll(alerts);
            if (alerts.size() < 500) {
                return all;
            }
            from += alerts.size();
        }
    }

    // ---- the tasking an item answers ----

    @Test
    void anItemAnswersOnlyAnOpenTaskingOfTheSameSource() throws SQLException {
        String id = LifecycleIT.ready("CT-ANSWER").sourceId();
        String other = LifecycleIT.ready("CT-OTHER").sourceId();
        String foreign = tasking(other, "ISSUED");
        String fulfilled = tasking(id, "FULFILLED");
        String open = tasking(id, "IN_PROGRESS");
        Map<String, Long> before = counts();
        for (String tasking : List.of(UUID.randomUUID().toString(), "T-NOT-AN-ID", foreign)) {
            Api.Reply r = submit(officer1(), id, report("Answering").add("items", Json.createArrayBuilder()
                    .add(item("Answer", "2", tasking))));
            refused(before, r, 422, "contact.tasking-of-source");
            assertTrue(r.json().getString("detail").contains("not one of this source's taskings"), r.body());
        }
        refused(before, submit(officer1(), id, report("Answering").add("items", Json.createArrayBuilder()
                .add(item("Answer", "2", fulfilled)))), 422, "contact.tasking-open");
        Api.Reply answered = submit(officer1(), id, report("Answering").add("items", Json.createArrayBuilder()
                .add(item("Answer", "2", open))));
        assertEquals(201, answered.status(), answered.body());
        JsonObject item = answered.json().getJsonObject("current").getJsonArray("items").getJsonObject(0);
        assertEquals(open, item.getString("taskingId"));
        assertTrue(item.getString("taskingReference").matches("T-\\d{4}-[0-9A-Z]{6}"), item.toString());
    }

    // ---- the compliance view ----

    private static boolean withoutReport(String sourceId) {
        return section(reviewer1(), "CONTACTS_WITHOUT_REPORT").stream()
                .anyMatch(e -> e.getString("kind").equals("CONTACT_WITHOUT_REPORT") && e.getString("sourceId").equals(sourceId));
    }

    @Test
    void aPlannedContactWhoseDayPassedWithoutAReportAndAStaleDraftAreListedForCompliance() throws SQLException {
        String id = register(copper());
        String reportId = submit(officer1(), id, report("Planned the next one")
                .add("nextContactAt", now().plus(Duration.ofDays(1)).toString())).json().getString("id");
        String clientId = "stale-" + UUID.randomUUID();
        assertEquals(201, putDraft(officer1(), clientId, id, report("Never sent")).status());
        assertFalse(section(reviewer1(), "CONTACTS_WITHOUT_REPORT").stream().anyMatch(e -> e.getString("sourceId").equals(id)));

        Instant later = now().plus(Duration.ofDays(3));
        moveClock(later);
        List<JsonObject> listed = section(reviewer1(), "CONTACTS_WITHOUT_REPORT").stream()
                .filter(e -> e.getString("sourceId").equals(id)).toList();
        assertEquals(List.of("CONTACT_DRAFT_UNSUBMITTED", "CONTACT_WITHOUT_REPORT"),
                listed.stream().map(e -> e.getString("kind")).sorted().toList(), listed.toString());
        assertTrue(listed.stream().anyMatch(e -> e.getString("objectId").equals(reportId)));
        assertTrue(inOverdueRegister(id), "the register's overdue filter lists it");
        // a correction that plans nothing answers the line; one that plans again brings it back (the file's
        // contact state is recomputed from its current versions)
        assertEquals(201, Api.post(Api.token(officer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "No further meeting was agreed")
                        .add("report", report("Planned the next one")).build().toString()).status());
        assertFalse(withoutReport(id), "the corrected version plans nothing");
        assertFalse(inOverdueRegister(id), "nor does the register's overdue filter, at once: the contact clock asked again");
        assertEquals(201, Api.post(Api.token(officer1()), "contact-reports/" + reportId + "/corrections",
                Json.createObjectBuilder().add("reason", "The meeting was agreed after all").add("report",
                        report("Planned the next one").add("nextContactAt", later.minus(Duration.ofDays(2)).toString()))
                        .build().toString()).status());
        assertTrue(withoutReport(id), "planned again, and the day has passed");
        assertTrue(inOverdueRegister(id), "overdue again in the register");
        assertFalse(section(controller1(), "WELFARE_ALERTS").stream().anyMatch(e -> e.getString("sourceId").equals(id)));

        // a contact reported since the planned day closes it; the due list follows the latest contact
        assertEquals(201, submit(officer1(), id, report("The planned contact, late")
                .add("occurredAt", later.minus(Duration.ofHours(1)).toString())).status());
        assertFalse(section(reviewer1(), "CONTACTS_WITHOUT_REPORT").stream()
                .anyMatch(e -> e.getString("kind").equals("CONTACT_WITHOUT_REPORT") && e.getString("sourceId").equals(id)));
        assertFalse(inOverdueRegister(id), "the register's overdue filter follows the latest contact at once");
        moveClock(later); // recomputes the due list now rather than within the minute
        assertTrue(dueLines(officer1(), id).isEmpty(), "the latest contact planned nothing");
    }

    @Test
    void aContactPlannedForADayAlreadyPastPutsTheFileOnTheOverdueFilterAtOnce() {
        String id = register(copper());
        assertFalse(inOverdueRegister(id), "a new file plans no contact");
        // the latest contact, three days ago, planned one for yesterday: overdue now, found by the contact clock
        // itself, before the due list's next run (which may be a minute away)
        assertEquals(201, submit(officer1(), id, report("Planned one that did not happen")
                .add("occurredAt", now().minus(Duration.ofDays(3)).toString())
                .add("nextContactAt", now().minus(Duration.ofDays(1)).toString())).status());
        assertTrue(inOverdueRegister(id), "overdue on its planned contact at once");
        // the same through each other way a page is found: the caseload's list beside the clock's own query, the
        // order of a column kept on the file's row, the statuses' parts one after another; and counted with them
        for (String other : List.of("&handler=" + officer1(), "&sort=-lastContactAt", "&sort=status", "&sort=-nextReviewDue")) {
            Api.Reply r = Api.get(Api.token(reviewer1()), "oversight/register?size=100&overdue=true" + other);
            assertEquals(200, r.status(), r.body());
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertTrue(items.stream().anyMatch(row -> row.getString("id").equals(id)), other + ": " + r.body());
            assertTrue(items.stream().allMatch(row -> row.getBoolean("overdue")), "each row overdue, " + other);
            if (r.json().getInt("total") <= 100) {
                assertEquals(items.size(), r.json().getInt("total"), "counted as found, " + other);
            }
        }
        Api.Reply rest = Api.get(Api.token(reviewer1()), "oversight/register?size=100&overdue=false&sort=-registeredAt");
        assertEquals(200, rest.status(), rest.body());
        assertFalse(rest.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getString("id").equals(id)), "and not among the files not overdue");
        assertEquals(201, submit(officer1(), id, report("The late contact")).status());
        assertFalse(inOverdueRegister(id), "a contact reported since leaves it at once");
    }

    /** Whether the file is on the register's overdue filter, newest files first (this test's file among the first). */
    private static boolean inOverdueRegister(String sourceId) {
        Api.Reply r = Api.get(Api.token(reviewer1()), "oversight/register?size=100&overdue=true&sort=-registeredAt");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getString("id").equals(sourceId));
    }

    // ---- key rotation ----

    @Test
    void aDataKeyRotationReencryptsReportsAndDraftsWhichStillRead() throws Exception {
        String id = register(copper());
        String reportId = submit(officer1(), id, report("Before the rotation").add("welfareConcern", true)
                .add("welfareText", "Worried about eviction")).json().getString("id");
        String clientId = "rot-" + UUID.randomUUID();
        assertEquals(201, putDraft(officer1(), clientId, id, report("Draft before the rotation")).status());
        String admin = Api.token(admin1());
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100); // polls the job's state; asserts nothing about time
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        for (String table : List.of("contact_report", "contact_item", "contact_attendee", "contact_draft", "source_risk_entry")) {
            assertEquals(0, Rows.count(table + " WHERE dek_version = 1 AND " + (table.equals("contact_draft")
                    || table.equals("source_risk_entry") ? "source_id = '" + id + "'" : table.equals("contact_report")
                    ? "source_id = '" + id + "'" : "contact_id IN (SELECT id FROM contact_report WHERE source_id = '" + id + "')")),
                    table + " still under version 1");
        }
        JsonObject report = Api.get(Api.token(officer1()), "contact-reports/" + reportId).json();
        assertEquals("Before the rotation", report.getJsonObject("current").getString("narrative"));
        assertEquals("Worried about eviction", report.getJsonObject("current").getString("welfareText"));
        assertEquals("Draft before the rotation", Api.get(Api.token(officer1()), "contact-drafts/" + clientId).json()
                .getJsonObject("report").getString("narrative"));
    }
}
