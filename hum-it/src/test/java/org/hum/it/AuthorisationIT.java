package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authorisations, OIA and instructions over REST, for each role and each refusal. No source is
 * validated yet on this branch (another feature records validation), so every grant reaches the
 * policy's validation.initial refusal; to exercise review, renewal and cancellation a test marks
 * an application granted directly in the database (the grant itself is unit-tested through the
 * policy with a fake validation). Demo data: KESTREL and HERON (COPPER, officer1), SPARROW (MESA).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationIT {
    private static String kestrel;
    private static String heron;
    private static String sparrow;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void sourcesAndUsers() throws SQLException {
        kestrel = sourceId("KESTREL");
        heron = sourceId("HERON");
        sparrow = sourceId("SPARROW");
        String admin = Api.token("admin1");
        String pw = Stand.current().demoPassword();
        // one person who is both a case officer and an authorising officer: may not grant their own application
        AdminApi.createUser(admin, "dual1", "SECRET", List.of("CASE_OFFICER", "AUTHORISING_OFFICER"),
                List.of("COPPER", "MESA"), pw);
        // a controller of MESA only: may not see COPPER files, nor their due items
        AdminApi.createUser(admin, "mesactl1", "SECRET", List.of("CONTROLLER"), List.of("MESA"), pw);
    }

    private static String sourceId(String codeName) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement p = c.prepareStatement("SELECT id FROM source WHERE code_name = ?")) {
            p.setString(1, codeName);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), "demo source " + codeName);
                return rs.getString(1);
            }
        }
    }

    static String application(String kind) {
        return Json.createObjectBuilder().add("kind", kind)
                .add("necessity", "Only insider reporting shows the precursor routes through the port.")
                .add("proportionality", "Less intrusive means (open sources, surveillance) were tried and failed.")
                .add("tasks", "Report shipment timings at the Mariposa crossing.")
                .add("collateralIntrusion", "Co-workers' movements; minimised by reporting on shipments only.")
                .add("confidentialInformation", "none likely").build().toString();
    }

    private static String apply(String user, String sourceId) {
        Api.Reply r = Api.post(Api.token(user), "sources/" + sourceId + "/authorisations", application("STANDARD"));
        assertEquals(201, r.status(), r.body());
        assertEquals("APPLIED", r.json().getString("status"));
        assertTrue(Api.isNull(r.json(), "endsAt"), "an application has no end yet");
        return r.json().getString("id");
    }

    private static String grantBody(boolean risks) {
        return Json.createObjectBuilder().add("risksExplainedAndUnderstood", risks).build().toString();
    }

    private static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }

    private static String review() {
        return Json.createObjectBuilder().add("useMade", "Two meetings; one report.")
                .add("tasksGiven", "Shipment timings.").add("informationObtained", "Two consignments identified.")
                .build().toString();
    }

    private static void refusedBy(Api.Reply r, int status, String rule) {
        assertEquals(status, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5);
    }

    /** Test set-up only: marks an application granted from {@code start} to {@code end}, as a grant would. */
    private static void markGranted(String authorisationId, Instant start, Instant end) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement p = c.prepareStatement("UPDATE authorisation SET status = 'GRANTED', decided_at = ?, "
                     + "decided_by = (SELECT id FROM app_user WHERE username = 'authoriser1'), risks_explained = TRUE, "
                     + "term_started_at = ?, ends_at = ? WHERE id = ?")) {
            p.setTimestamp(1, Timestamp.from(start));
            p.setTimestamp(2, Timestamp.from(start));
            p.setTimestamp(3, Timestamp.from(end));
            p.setString(4, authorisationId);
            assertEquals(1, p.executeUpdate());
        }
    }

    @Test
    void caseOfficersAndControllersApplyOthersMayNot() throws SQLException {
        apply("officer1", kestrel);
        apply("controller1", kestrel);
        String body = application("URGENT_ORAL");
        assertEquals(403, Api.post(Api.token("authoriser1"), "sources/" + kestrel + "/authorisations", body).status());
        assertEquals(403, Api.post(Api.token("reviewer1"), "sources/" + kestrel + "/authorisations", body).status());
        assertEquals(403, Api.post(Api.token("admin1"), "sources/" + kestrel + "/authorisations", body).status());
        // officer2 cannot see KESTREL (COPPER): exactly as a file that does not exist
        Api.Reply hidden = Api.post(Api.token("officer2"), "sources/" + kestrel + "/authorisations", body);
        Api.Reply missing = Api.post(Api.token("officer2"), "sources/00000000-0000-0000-0000-000000000000/authorisations", body);
        assertEquals(404, hidden.status());
        assertEquals(missing.json().getString("detail"), hidden.json().getString("detail"));
        // every field is required, and a due date is never accepted
        Api.Reply incomplete = Api.post(Api.token("officer1"), "sources/" + kestrel + "/authorisations",
                "{\"kind\":\"STANDARD\",\"necessity\":\"x\"}");
        assertEquals(400, incomplete.status(), incomplete.body());
        Api.Reply typedDue = Api.post(Api.token("officer1"), "sources/" + kestrel + "/authorisations",
                application("STANDARD").replace("}", ",\"endsAt\":\"2030-01-01T00:00:00Z\"}"));
        assertEquals(400, typedDue.status(), typedDue.body());
        // the texts are stored encrypted only
        String rows = Rows.dump("authorisation");
        assertFalse(rows.contains("Mariposa"), "the tasks are stored encrypted");
        assertFalse(rows.contains("precursor routes"), "the necessity is stored encrypted");
    }

    @Test
    void onlyAnAuthorisingOfficerGrantsAndTheRuleProfileRefusesAnUnvalidatedSource() {
        String id = apply("officer1", kestrel);
        assertEquals(403, Api.post(Api.token("officer1"), "authorisations/" + id + "/grant", grantBody(true)).status());
        assertEquals(403, Api.post(Api.token("controller1"), "authorisations/" + id + "/grant", grantBody(true)).status());
        assertEquals(403, Api.post(Api.token("reviewer1"), "authorisations/" + id + "/grant", grantBody(true)).status());
        refusedBy(Api.post(Api.token("authoriser1"), "authorisations/" + id + "/grant", grantBody(false)), 422,
                "authorisation.risks-explained");
        refusedBy(Api.post(Api.token("authoriser1"), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "validation.initial");
        refusedBy(Api.post(Api.token("authoriser2"), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "validation.initial");
        // nothing was written: still an application
        assertEquals("APPLIED", Api.get(Api.token("officer1"), "authorisations/" + id).json().getString("status"));
    }

    @Test
    void nobodyGrantsOrRefusesTheirOwnApplication() {
        String id = apply("dual1", heron);
        refusedBy(Api.post(Api.token("dual1"), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "authorisation.not-own-application");
        refusedBy(Api.post(Api.token("dual1"), "authorisations/" + id + "/refusal", reason("no")), 409,
                "authorisation.not-own-application");
        // another authorising officer refuses it, once
        Api.Reply refused = Api.post(Api.token("authoriser2"), "authorisations/" + id + "/refusal",
                reason("Necessity not shown."));
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("Necessity not shown.", refused.json().getString("decisionReason"));
        assertEquals(409, Api.post(Api.token("authoriser1"), "authorisations/" + id + "/refusal", reason("again")).status());
    }

    @Test
    void reviewsByAnAuthorisingOfficerRenewalOnlyAfterAReviewCancellationWithAReason() throws SQLException {
        String id = apply("officer1", kestrel);
        Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        markGranted(id, start, start.atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
        String ao = Api.token("authoriser1");
        JsonObject granted = Api.get(Api.token("reviewer1"), "authorisations/" + id).json();
        assertTrue(granted.getBoolean("inForce"));
        assertEquals(LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3).toString(), granted.getString("nextReviewDue"),
                "the review falls due the profile's review interval after the grant");
        assertFalse(granted.getBoolean("renewable"));

        // renewal before any review: refused, naming the rule
        refusedBy(Api.post(ao, "authorisations/" + id + "/renewal", "{}"), 409, "authorisation.renewal-needs-review");
        // reviews: authorising officers only
        assertEquals(403, Api.post(Api.token("officer1"), "authorisations/" + id + "/reviews", review()).status());
        assertEquals(403, Api.post(Api.token("controller1"), "authorisations/" + id + "/reviews", review()).status());
        Api.Reply reviewed = Api.post(Api.token("authoriser2"), "authorisations/" + id + "/reviews", review());
        assertEquals(201, reviewed.status(), reviewed.body());
        assertEquals(1, reviewed.json().getJsonArray("reviews").size());
        assertTrue(reviewed.json().getBoolean("renewable"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString(), reviewed.json().getString("nextReviewDue"),
                "the next review counts from this one");
        // now the renewal reaches the rule profile, which refuses an unvalidated source
        refusedBy(Api.post(ao, "authorisations/" + id + "/renewal", "{}"), 409, "validation.initial");
        assertEquals(403, Api.post(Api.token("officer1"), "authorisations/" + id + "/renewal", "{}").status());

        // cancellation: authorising officers, with a reason
        assertEquals(403, Api.post(Api.token("officer1"), "authorisations/" + id + "/cancellation", reason("done")).status());
        assertEquals(400, Api.post(ao, "authorisations/" + id + "/cancellation", "{}").status());
        Api.Reply cancelled = Api.post(ao, "authorisations/" + id + "/cancellation", reason("No longer needed."));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertFalse(cancelled.json().getBoolean("inForce"));
        assertEquals(409, Api.post(ao, "authorisations/" + id + "/cancellation", reason("again")).status());
        assertEquals(409, Api.post(ao, "authorisations/" + id + "/reviews", review()).status());
        assertFalse(Rows.dump("authorisation_review").contains("consignments"), "reviews are stored encrypted");
    }

    private static String oia(LocalDate starts, LocalDate ends) {
        return Json.createObjectBuilder()
                .add("conduct", "Accompany the courier to the Mariposa warehouse and load the marked pallets only.")
                .add("startsOn", starts.toString()).add("endsOn", ends.toString()).build().toString();
    }

    @Test
    void oiaIsSpecificProspectiveAtMostNinetyDaysAndRefusedByTheRuleProfile() {
        String ao = Api.token("authoriser1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String path = "sources/" + kestrel + "/oia";
        refusedBy(Api.post(ao, path, oia(today.minusDays(1), today.plusDays(10))), 422, "oia.prospective");
        refusedBy(Api.post(ao, path, oia(today, today.plusDays(90))), 422, "oia.max-duration");
        Api.Reply vague = Api.post(ao, path, Json.createObjectBuilder().add("conduct", "whatever is needed")
                .add("startsOn", today.toString()).add("endsOn", today.plusDays(5).toString()).build().toString());
        assertEquals(400, vague.status(), vague.body());
        assertEquals(400, Api.post(ao, path, oia(today.plusDays(5), today.plusDays(4))).status());
        // 90 days from today, well formed: the policy refuses it (no validation, no authorisation in force)
        Api.Reply refused = Api.post(ao, path, oia(today, today.plusDays(89)));
        refusedBy(refused, 409, "validation.initial");
        assertTrue(refused.json().getString("detail").contains("authorisation.current"), refused.body());
        assertEquals(403, Api.post(Api.token("officer1"), path, oia(today, today.plusDays(5))).status());
        assertEquals(403, Api.post(Api.token("controller1"), path, oia(today, today.plusDays(5))).status());
        assertEquals(404, Api.post(Api.token("authoriser1"), "sources/not-an-id/oia", oia(today, today)).status());
    }

    @Test
    void instructionsAreGivenBeforeAnotherPersonAndAcknowledged() {
        String officer = Api.token("officer1");
        String path = "sources/" + sparrow + "/instructions";
        Api.Reply self = Api.post(officer, path, "{\"witness\":\"officer1\",\"sourceAcknowledged\":true}");
        refusedBy(self, 422, "witness.another-person");
        refusedBy(Api.post(officer, path, "{\"witness\":\"controller1\",\"sourceAcknowledged\":false}"), 422,
                "source.acknowledged");
        assertEquals(400, Api.post(officer, path, "{\"witness\":\"nobody-here\",\"sourceAcknowledged\":true}").status());
        assertEquals(403, Api.post(Api.token("authoriser1"), path,
                "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}").status());
        Api.Reply given = Api.post(officer, path, "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}");
        assertEquals(201, given.status(), given.body());
        assertEquals("controller1", given.json().getString("witness"));
        Instant until = Instant.parse(given.json().getString("currentUntil"));
        Instant givenAt = Instant.parse(given.json().getString("givenAt"));
        assertEquals(givenAt.atZone(ZoneOffset.UTC).plusYears(1).toInstant(), until, "repeated yearly");
        JsonObject overview = Api.get(Api.token("reviewer1"), "sources/" + sparrow + "/authorisations").json();
        assertEquals(until.toString(), Instant.parse(overview.getString("instructionsCurrentUntil")).toString());
        assertTrue(Api.isNull(overview, "currentUntil"), "no authorisation in force");
    }

    private static Set<String> kinds(JsonObject dashboard, String list, String sourceId) {
        JsonArray items = dashboard.getJsonArray(list);
        return items.stream().map(v -> v.asJsonObject()).filter(o -> sourceId.equals(o.getString("sourceId", "")))
                .map(o -> o.getString("kind")).collect(java.util.stream.Collectors.toSet());
    }

    private static void moveClock(Instant to) {
        Api.Reply r = Api.send(Api.request(Api.token("admin1"), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + to + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    private static void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token("admin1"), "admin/rule-clock").DELETE()).status());
    }

    @Test
    void aReviewFallsDueOnTheDashboardsOfThoseWhoMaySeeIt() throws SQLException {
        String id = apply("officer1", heron);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        markGranted(id, start, start.atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
        LocalDate reviewDue = LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3);
        try {
            moveClock(reviewDue.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            JsonObject before = Api.get(Api.token("officer1"), "dashboard").json();
            assertTrue(kinds(before, "dueSoon", heron).contains("AUTHORISATION_REVIEW_DUE"), before.toString());
            assertFalse(kinds(before, "overdue", heron).contains("AUTHORISATION_REVIEW_DUE"));

            moveClock(reviewDue.atTime(12, 0).toInstant(ZoneOffset.UTC));
            JsonObject handler = Api.get(Api.token("officer1"), "dashboard").json();
            assertTrue(kinds(handler, "dueToday", heron).contains("AUTHORISATION_REVIEW_DUE"), handler.toString());
            assertTrue(handler.getJsonArray("scope").toString().contains("HANDLED"));
            assertFalse(handler.toString().contains("Lucia"), "never an identity");

            moveClock(reviewDue.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            for (String user : List.of("officer1", "controller1", "authoriser1", "reviewer1")) {
                JsonObject d = Api.get(Api.token(user), "dashboard").json();
                assertTrue(kinds(d, "overdue", heron).contains("AUTHORISATION_REVIEW_DUE"), user + ": " + d);
            }
            // a case officer who does not handle HERON, and a controller who may not see COPPER, see nothing of it
            for (String user : List.of("officer2", "mesactl1")) {
                Api.Reply r = Api.get(Api.token(user), "dashboard");
                assertEquals(200, r.status(), r.body());
                assertFalse(r.body().contains(heron), user + " sees no line of HERON");
                assertFalse(r.body().contains("HERON"), user + " sees no line of HERON");
            }
            assertEquals(403, Api.get(Api.token("admin1"), "dashboard").status());
        } finally {
            resetClock();
        }
        // once the clock is back, the review is no longer due today or overdue
        JsonObject after = Api.get(Api.token("officer1"), "dashboard").json();
        assertFalse(kinds(after, "overdue", heron).contains("AUTHORISATION_REVIEW_DUE"));
        assertNotNull(after.getString("today"));
    }
}
