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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authorisations, OIA and instructions over REST, for each role and each refusal. The cast's
 * sources are not validated, so a grant on them reaches the policy's validation.initial refusal;
 * the grant, review, renewal, OIA and cancellation paths run on fresh sources validated the real
 * way (findings by officer1, a conclusion by controller1). The class's cast ({@link Cast}):
 * KESTREL and HERON (COPPER, officer1), SPARROW (MESA).
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AuthorisationIT {
    private static String kestrel;
    private static String heron;
    private static String sparrow;
    private static String dual1;
    private static String mesactl1;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void sourcesAndUsers() {
        kestrel = Cast.source("KESTREL").id();
        heron = Cast.source("HERON").id();
        sparrow = Cast.source("SPARROW").id();
        dual1 = "dual1-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        mesactl1 = "mesactl1-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        String admin = Api.token(admin1());
        String pw = Cast.password();
        // one person who is both a case officer and an authorising officer: may not grant their own application
        AdminApi.createUser(admin, dual1, "SECRET", List.of("CASE_OFFICER", "AUTHORISING_OFFICER"),
                List.of(copper(), mesa()), pw);
        // a controller of MESA only: may not see COPPER files, nor their due items
        AdminApi.createUser(admin, mesactl1, "SECRET", List.of("CONTROLLER"), List.of(mesa()), pw);
    }

    static String application(String kind) {
        return Json.createObjectBuilder().add("kind", kind)
                .add("necessity", "Only insider reporting shows the precursor routes through the port.")
                .add("proportionality", "Less intrusive means (open sources, surveillance) were tried and failed.")
                .add("tasks", "Report shipment timings at the Mariposa crossing.")
                .add("collateralIntrusion", "Co-workers' movements; minimised by reporting on shipments only.")
                .add("confidentialInformation", "none likely").build().toString();
    }

    static String apply(String user, String sourceId) {
        Api.Reply r = Api.post(Api.token(user), "sources/" + sourceId + "/authorisations", application("STANDARD"));
        assertEquals(201, r.status(), r.body());
        assertEquals("APPLIED", r.json().getString("status"));
        assertTrue(Api.isNull(r.json(), "endsAt"), "an application has no end yet");
        return r.json().getString("id");
    }

    static String grantBody(boolean risks) {
        return Json.createObjectBuilder().add("risksExplainedAndUnderstood", risks).build().toString();
    }

    static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }

    static String review() {
        return Json.createObjectBuilder().add("useMade", "Two meetings; one report.")
                .add("tasksGiven", "Shipment timings.").add("informationObtained", "Two consignments identified.")
                .build().toString();
    }

    private static void refusedBy(Api.Reply r, int status, String rule) {
        assertEquals(status, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5);
    }

    private static int counter;

    /** A fresh COPPER source handled by officer1, with the given declared special categories. */
    static String freshSource(String prefix, String... categories) {
        String code = prefix + "-" + System.nanoTime() % 100000 + "-" + (++counter);
        var cats = Json.createArrayBuilder();
        for (String c : categories) {
            cats.add(c);
        }
        String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(Api.registration(code, copper(),
                        "Authorised Subject " + code, "1981-03-03", "+1 520 555 0199"))).readObject())
                .add("particulars", Json.createObjectBuilder().add("specialCategories", cats)).build().toString();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** The real initial validation: findings by the handler (officer1), a suitable conclusion by controller1. */
    static String validate(String sourceId) {
        Api.Reply findings = Api.post(Api.token(officer1()), "sources/" + sourceId + "/validations",
                ValidationIT.findings("Passport sighted and checked against the issuing registry"));
        assertEquals(201, findings.status(), findings.body());
        Api.Reply concluded = Api.post(Api.token(controller1()), "sources/" + sourceId + "/validations/"
                + findings.json().getString("id") + "/conclusion", ValidationIT.conclusion(true, "Suitable for use"));
        assertEquals(201, concluded.status(), concluded.body());
        return findings.json().getString("id");
    }

    /** A fresh source, validated, with a STANDARD authorisation applied for by officer1 and granted by {@code authoriser}. */
    static String[] granted(String prefix, String authoriser) {
        String sourceId = freshSource(prefix);
        validate(sourceId);
        String id = apply(officer1(), sourceId);
        Api.Reply g = Api.post(Api.token(authoriser), "authorisations/" + id + "/grant", grantBody(true));
        assertEquals(200, g.status(), g.body());
        assertEquals("GRANTED", g.json().getString("status"));
        return new String[] {sourceId, id};
    }

    @Test
    void caseOfficersAndControllersApplyOthersMayNot() throws SQLException {
        apply(officer1(), kestrel);
        apply(controller1(), kestrel);
        String body = application("URGENT_ORAL");
        assertEquals(403, Api.post(Api.token(authoriser1()), "sources/" + kestrel + "/authorisations", body).status());
        assertEquals(403, Api.post(Api.token(reviewer1()), "sources/" + kestrel + "/authorisations", body).status());
        assertEquals(403, Api.post(Api.token(admin1()), "sources/" + kestrel + "/authorisations", body).status());
        // officer2 cannot see KESTREL (COPPER): exactly as a file that does not exist
        Api.Reply hidden = Api.post(Api.token(officer2()), "sources/" + kestrel + "/authorisations", body);
        Api.Reply missing = Api.post(Api.token(officer2()), "sources/00000000-0000-0000-0000-000000000000/authorisations", body);
        assertEquals(404, hidden.status());
        assertEquals(missing.json().getString("detail"), hidden.json().getString("detail"));
        // every field is required, and a due date is never accepted
        Api.Reply incomplete = Api.post(Api.token(officer1()), "sources/" + kestrel + "/authorisations",
                "{\"kind\":\"STANDARD\",\"necessity\":\"x\"}");
        assertEquals(400, incomplete.status(), incomplete.body());
        Api.Reply typedDue = Api.post(Api.token(officer1()), "sources/" + kestrel + "/authorisations",
                application("STANDARD").replace("}", ",\"endsAt\":\"2030-01-01T00:00:00Z\"}"));
        assertEquals(400, typedDue.status(), typedDue.body());
        // the texts are stored encrypted only
        String rows = Rows.dump("authorisation");
        assertFalse(rows.contains("Mariposa"), "the tasks are stored encrypted");
        assertFalse(rows.contains("precursor routes"), "the necessity is stored encrypted");
    }

    @Test
    void onlyAnAuthorisingOfficerGrantsAndTheRuleProfileRefusesAnUnvalidatedSource() {
        String id = apply(officer1(), kestrel);
        assertEquals(403, Api.post(Api.token(officer1()), "authorisations/" + id + "/grant", grantBody(true)).status());
        assertEquals(403, Api.post(Api.token(controller1()), "authorisations/" + id + "/grant", grantBody(true)).status());
        assertEquals(403, Api.post(Api.token(reviewer1()), "authorisations/" + id + "/grant", grantBody(true)).status());
        refusedBy(Api.post(Api.token(authoriser1()), "authorisations/" + id + "/grant", grantBody(false)), 422,
                "authorisation.risks-explained");
        refusedBy(Api.post(Api.token(authoriser1()), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "validation.initial");
        refusedBy(Api.post(Api.token(authoriser2()), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "validation.initial");
        // nothing was written: still an application
        assertEquals("APPLIED", Api.get(Api.token(officer1()), "authorisations/" + id).json().getString("status"));
    }

    @Test
    void nobodyGrantsOrRefusesTheirOwnApplication() {
        String id = apply(dual1, heron);
        refusedBy(Api.post(Api.token(dual1), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "authorisation.not-own-application");
        refusedBy(Api.post(Api.token(dual1), "authorisations/" + id + "/refusal", reason("no")), 409,
                "authorisation.not-own-application");
        // another authorising officer refuses it, once
        Api.Reply refused = Api.post(Api.token(authoriser2()), "authorisations/" + id + "/refusal",
                reason("Necessity not shown."));
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("Necessity not shown.", refused.json().getString("decisionReason"));
        assertEquals(409, Api.post(Api.token(authoriser1()), "authorisations/" + id + "/refusal", reason("again")).status());
    }

    @Test
    void aValidatedSourceIsGrantedForTheProfilesPeriodAndTheGrantIsRecordedOnce() {
        String sourceId = freshSource("AUTH-GRANT");
        String id = apply(officer1(), sourceId);
        // before validation: the policy refuses, nothing is written
        refusedBy(Api.post(Api.token(authoriser2()), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "validation.initial");
        assertEquals("APPLIED", Api.get(Api.token(officer1()), "authorisations/" + id).json().getString("status"));
        validate(sourceId);
        Api.Reply g = Api.post(Api.token(authoriser2()), "authorisations/" + id + "/grant", grantBody(true));
        assertEquals(200, g.status(), g.body());
        JsonObject a = g.json();
        assertEquals("GRANTED", a.getString("status"));
        assertTrue(a.getBoolean("inForce"));
        assertEquals(authoriser2(), a.getString("decidedBy"));
        Instant start = Instant.parse(a.getString("termStartedAt"));
        assertEquals(start.atZone(ZoneOffset.UTC).plusMonths(12).toInstant(), Instant.parse(a.getString("endsAt")),
                "the profile's authorisation period (12 months)");
        assertEquals(LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3).toString(), a.getString("nextReviewDue"));
        assertEquals("Report shipment timings at the Mariposa crossing.", a.getString("tasks"));
        // a second grant: refused, the first one stands unchanged
        assertEquals(409, Api.post(Api.token(authoriser1()), "authorisations/" + id + "/grant", grantBody(true)).status());
        JsonObject after = Api.get(Api.token(reviewer1()), "authorisations/" + id).json();
        assertEquals(authoriser2(), after.getString("decidedBy"));
        assertEquals(a.getString("endsAt"), after.getString("endsAt"));
        assertEquals(sourceId, Api.get(Api.token(reviewer1()), "sources/" + sourceId + "/authorisations").json()
                .getJsonArray("authorisations").getJsonObject(0).getString("sourceId"));
    }

    @Test
    void reviewsByAnAuthorisingOfficerRenewalOnlyAfterAReviewCancellationWithAReason() throws SQLException {
        String[] g = granted("AUTH-RENEW", authoriser1());
        String id = g[1];
        String ao = Api.token(authoriser1());
        JsonObject granted = Api.get(Api.token(reviewer1()), "authorisations/" + id).json();
        Instant start = Instant.parse(granted.getString("termStartedAt"));
        Instant end = Instant.parse(granted.getString("endsAt"));
        assertTrue(granted.getBoolean("inForce"));
        assertEquals(LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3).toString(), granted.getString("nextReviewDue"),
                "the review falls due the profile's review interval after the grant");
        assertFalse(granted.getBoolean("renewable"));

        // renewal before any review: refused, naming the rule, nothing written
        refusedBy(Api.post(ao, "authorisations/" + id + "/renewal", "{}"), 409, "authorisation.renewal-needs-review");
        assertEquals(0, Api.get(ao, "authorisations/" + id).json().getInt("renewals"));
        // reviews: authorising officers only
        assertEquals(403, Api.post(Api.token(officer1()), "authorisations/" + id + "/reviews", review()).status());
        assertEquals(403, Api.post(Api.token(controller1()), "authorisations/" + id + "/reviews", review()).status());
        assertEquals(0, Api.get(ao, "authorisations/" + id).json().getJsonArray("reviews").size(), "refused reviews wrote nothing");
        Api.Reply reviewed = Api.post(Api.token(authoriser2()), "authorisations/" + id + "/reviews", review());
        assertEquals(201, reviewed.status(), reviewed.body());
        assertEquals(1, reviewed.json().getJsonArray("reviews").size());
        assertEquals("Two consignments identified.", reviewed.json().getJsonArray("reviews").getJsonObject(0)
                .getString("informationObtained"));
        assertTrue(reviewed.json().getBoolean("renewable"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString(), reviewed.json().getString("nextReviewDue"),
                "the next review counts from this one");
        // renewal: authorising officers only; after the review, a new term from the current end
        assertEquals(403, Api.post(Api.token(officer1()), "authorisations/" + id + "/renewal", "{}").status());
        assertEquals(0, Api.get(ao, "authorisations/" + id).json().getInt("renewals"), "a refused renewal wrote nothing");
        Api.Reply renewed = Api.post(ao, "authorisations/" + id + "/renewal", "{}");
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(1, renewed.json().getInt("renewals"));
        assertEquals(end.atZone(ZoneOffset.UTC).plusMonths(12).toInstant(), Instant.parse(renewed.json().getString("endsAt")),
                "the new term runs from the current end");
        assertFalse(renewed.json().getBoolean("renewable"), "the new term needs its own review before another renewal");
        refusedBy(Api.post(ao, "authorisations/" + id + "/renewal", "{}"), 409, "authorisation.renewal-needs-review");
        assertEquals(1, Api.get(ao, "authorisations/" + id).json().getInt("renewals"));

        // cancellation: authorising officers, with a reason
        assertEquals(403, Api.post(Api.token(officer1()), "authorisations/" + id + "/cancellation", reason("done")).status());
        assertEquals(400, Api.post(ao, "authorisations/" + id + "/cancellation", "{}").status());
        assertEquals("GRANTED", Api.get(ao, "authorisations/" + id).json().getString("status"));
        Api.Reply cancelled = Api.post(ao, "authorisations/" + id + "/cancellation", reason("No longer needed."));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertFalse(cancelled.json().getBoolean("inForce"));
        assertEquals("No longer needed.", cancelled.json().getString("cancellationReason"));
        assertEquals(409, Api.post(ao, "authorisations/" + id + "/cancellation", reason("again")).status());
        assertEquals(409, Api.post(ao, "authorisations/" + id + "/reviews", review()).status());
        assertFalse(Rows.dump("authorisation_review").contains("consignments"), "reviews are stored encrypted");
    }

    @Test
    void aSpecialCategoryNeedsASeniorApprover() {
        String sourceId = freshSource("AUTH-VULN", "VULNERABLE");
        validate(sourceId);
        String id = apply(officer1(), sourceId);
        refusedBy(Api.post(Api.token(authoriser2()), "authorisations/" + id + "/grant", grantBody(true)), 409,
                "authorisation.senior-approver");
        JsonObject still = Api.get(Api.token(officer1()), "authorisations/" + id).json();
        assertEquals("APPLIED", still.getString("status"), "the refusal wrote nothing");
        assertTrue(Api.isNull(still, "decidedBy") && Api.isNull(still, "endsAt"), still.toString());
        Api.Reply ok = Api.post(Api.token(authoriser1()), "authorisations/" + id + "/grant", grantBody(true));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("GRANTED", ok.json().getString("status"));
        assertEquals(authoriser1(), ok.json().getString("decidedBy"));
    }

    @Test
    void underTheUkProfileAnOiaGrantIsAcknowledgedBeforeAWitnessAndItsNotificationRecorded() throws SQLException {
        String admin = Api.token(admin1());
        JsonObject before = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        try {
            Api.Reply uk = Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"profile\":\"UK\"}")));
            assertEquals(200, uk.status(), uk.body());
            String[] g = granted("AUTH-OIA", authoriser1());
            String sourceId = g[0];
            String ao = Api.token(authoriser1());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String path = "sources/" + sourceId + "/oia";
            // no instructions yet: the policy refuses, nothing is written
            refusedBy(Api.post(ao, path, oia(today, today.plusDays(30))), 409, "instructions.acknowledged");
            assertEquals(0, Api.get(ao, "sources/" + sourceId + "/authorisations").json().getJsonArray("oia").size());
            assertEquals(201, Api.post(Api.token(officer1()), "sources/" + sourceId + "/instructions",
                    ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}")).status());

            Api.Reply granted = Api.post(ao, path, oia(today, today.plusDays(30)));
            assertEquals(201, granted.status(), granted.body());
            JsonObject o = granted.json();
            String oiaId = o.getString("id");
            assertTrue(o.getBoolean("inForce"));
            assertTrue(o.getString("conduct").startsWith("Accompany the courier"));
            JsonArray notes = o.getJsonArray("notifications");
            assertEquals(1, notes.size(), "the UK profile owes a notification of the grant");
            assertEquals(today.plusDays(7).toString(), notes.getJsonObject(0).getString("dueOn"));
            String notification = notes.getJsonObject(0).getString("id");
            assertTrue(Api.isNull(notes.getJsonObject(0), "notifiedAt"));
            assertTrue(Api.isNull(o, "acknowledgedAt"));

            // acknowledgment: before another person, acknowledged; refusals write nothing
            refusedBy(Api.post(Api.token(officer1()), "oia/" + oiaId + "/acknowledgment",
                    ("{\"witness\":\"" + officer1() + "\",\"sourceAcknowledged\":true}")), 422, "witness.another-person");
            refusedBy(Api.post(Api.token(officer1()), "oia/" + oiaId + "/acknowledgment",
                    ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":false}")), 422, "source.acknowledged");
            assertEquals(403, Api.post(Api.token(reviewer1()), "oia/" + oiaId + "/acknowledgment",
                    ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}")).status());
            assertTrue(Api.isNull(oiaOf(sourceId, oiaId), "acknowledgedAt"), "the refused acknowledgments wrote nothing");
            Api.Reply ack = Api.post(Api.token(officer1()), "oia/" + oiaId + "/acknowledgment",
                    ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}"));
            assertEquals(200, ack.status(), ack.body());
            assertEquals(controller1(), ack.json().getString("acknowledgmentWitness"));
            assertFalse(Api.isNull(ack.json(), "acknowledgedAt"));

            // the notification owed is one of the file's deadlines where the register reads its page's: a day after it
            // falls due the file's row is overdue, and once recorded it is not
            moveClock(today.plusDays(6).atTime(12, 0).toInstant(ZoneOffset.UTC));
            assertFalse(registerRow(sourceId).getBoolean("overdue"), "nothing due yet: " + registerRow(sourceId));
            moveClock(today.plusDays(8).atTime(12, 0).toInstant(ZoneOffset.UTC));
            assertTrue(registerRow(sourceId).getBoolean("overdue"), "the notification is a day late");

            // the notification: recorded by an authorising officer or a controller, once
            assertEquals(403, Api.post(Api.token(officer1()), "oia/" + oiaId + "/notifications/" + notification, "").status());
            assertTrue(Api.isNull(oiaOf(sourceId, oiaId).getJsonArray("notifications").getJsonObject(0), "notifiedAt"),
                    "the refused recording wrote nothing");
            Api.Reply notified = Api.post(Api.token(controller1()), "oia/" + oiaId + "/notifications/" + notification, "");
            assertEquals(200, notified.status(), notified.body());
            JsonObject n = notified.json().getJsonArray("notifications").getJsonObject(0);
            assertFalse(Api.isNull(n, "notifiedAt"));
            assertEquals(controller1(), n.getString("notifiedBy"));
            assertFalse(registerRow(sourceId).getBoolean("overdue"), "recorded: owed no longer");
            assertFalse(Rows.dump("oia_authorisation").contains("Mariposa warehouse"), "the conduct is stored encrypted");
        } finally {
            resetClock();
            Api.Reply restored = Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(before.toString())));
            assertEquals(200, restored.status(), restored.body());
        }
        assertEquals(before.getString("profile"), Api.get(admin, "admin/rule-profile").json().getJsonObject("figures")
                .getString("profile"));
    }

    private static JsonObject oiaOf(String sourceId, String oiaId) {
        return Api.get(Api.token(authoriser1()), "sources/" + sourceId + "/authorisations").json().getJsonArray("oia")
                .stream().map(v -> v.asJsonObject()).filter(o -> oiaId.equals(o.getString("id"))).findFirst().orElseThrow();
    }

    static String oia(LocalDate starts, LocalDate ends) {
        return Json.createObjectBuilder()
                .add("conduct", "Accompany the courier to the Mariposa warehouse and load the marked pallets only.")
                .add("startsOn", starts.toString()).add("endsOn", ends.toString()).build().toString();
    }

    @Test
    void oiaIsSpecificProspectiveAtMostNinetyDaysAndRefusedByTheRuleProfile() {
        String ao = Api.token(authoriser1());
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
        assertEquals(403, Api.post(Api.token(officer1()), path, oia(today, today.plusDays(5))).status());
        assertEquals(403, Api.post(Api.token(controller1()), path, oia(today, today.plusDays(5))).status());
        assertEquals(404, Api.post(Api.token(authoriser1()), "sources/not-an-id/oia", oia(today, today)).status());
    }

    @Test
    void instructionsAreGivenBeforeAnotherPersonAndAcknowledged() {
        String officer = Api.token(officer1());
        String path = "sources/" + sparrow + "/instructions";
        Api.Reply self = Api.post(officer, path, ("{\"witness\":\"" + officer1() + "\",\"sourceAcknowledged\":true}"));
        refusedBy(self, 422, "witness.another-person");
        refusedBy(Api.post(officer, path, ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":false}")), 422,
                "source.acknowledged");
        assertEquals(400, Api.post(officer, path, "{\"witness\":\"nobody-here\",\"sourceAcknowledged\":true}").status());
        assertEquals(403, Api.post(Api.token(authoriser1()), path,
                ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}")).status());
        Api.Reply given = Api.post(officer, path, ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}"));
        assertEquals(201, given.status(), given.body());
        assertEquals(controller1(), given.json().getString("witness"));
        Instant until = Instant.parse(given.json().getString("currentUntil"));
        Instant givenAt = Instant.parse(given.json().getString("givenAt"));
        assertEquals(givenAt.atZone(ZoneOffset.UTC).plusYears(1).toInstant(), until, "repeated yearly");
        JsonObject overview = Api.get(Api.token(reviewer1()), "sources/" + sparrow + "/authorisations").json();
        assertEquals(until.toString(), Instant.parse(overview.getString("instructionsCurrentUntil")).toString());
        assertTrue(Api.isNull(overview, "currentUntil"), "no authorisation in force");
    }

    private static Set<String> kinds(JsonObject dashboard, String list, String sourceId) {
        JsonArray items = dashboard.getJsonArray(list);
        return items.stream().map(v -> v.asJsonObject()).filter(o -> sourceId.equals(o.getString("sourceId", "")))
                .map(o -> o.getString("kind")).collect(java.util.stream.Collectors.toSet());
    }

    private static void moveClock(Instant to) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + to + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    /** The file's row of the register as a compliance reviewer reads it, newest files first (this test's among them). */
    private static JsonObject registerRow(String sourceId) {
        Api.Reply r = Api.get(Api.token(reviewer1()), "oversight/register?size=100&sort=-registeredAt");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("id").equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("the file is on the register: " + r.body()));
    }

    private static void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    @Test
    void aReviewFallsDueOnTheDashboardsOfThoseWhoMaySeeIt() {
        String[] g = granted("AUTH-DUE", authoriser1());
        String fresh = g[0]; // a fresh COPPER source handled by officer1, granted now
        JsonObject a = Api.get(Api.token(officer1()), "authorisations/" + g[1]).json();
        Instant start = Instant.parse(a.getString("termStartedAt"));
        LocalDate reviewDue = LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3);
        String codeName = a.getString("codeName");
        try {
            moveClock(reviewDue.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            JsonObject before = DueListPages.whole(Api.token(officer1()));
            assertTrue(kinds(before, "dueSoon", fresh).contains("AUTHORISATION_REVIEW_DUE"), before.toString());
            assertFalse(kinds(before, "overdue", fresh).contains("AUTHORISATION_REVIEW_DUE"));

            moveClock(reviewDue.atTime(12, 0).toInstant(ZoneOffset.UTC));
            JsonObject handler = DueListPages.whole(Api.token(officer1()));
            assertTrue(kinds(handler, "dueToday", fresh).contains("AUTHORISATION_REVIEW_DUE"), handler.toString());
            assertTrue(handler.getJsonArray("scope").toString().contains("HANDLED"));
            assertFalse(handler.toString().contains("Authorised Subject"), "never an identity");

            moveClock(reviewDue.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            for (String user : List.of(officer1(), controller1(), authoriser1(), reviewer1())) {
                JsonObject d = DueListPages.whole(Api.token(user));
                assertTrue(kinds(d, "overdue", fresh).contains("AUTHORISATION_REVIEW_DUE"), user + ": " + d);
            }
            // a case officer who does not handle the file, and a controller who may not see COPPER, see nothing of it
            for (String user : List.of(officer2(), mesactl1)) {
                String whole = DueListPages.whole(Api.token(user)).toString();
                assertFalse(whole.contains(fresh), user + (" sees no line of the " + copper() + " file"));
                assertFalse(whole.contains(codeName), user + (" sees no line of the " + copper() + " file"));
            }
            assertEquals(403, Api.get(Api.token(admin1()), "dashboard").status());
        } finally {
            resetClock();
        }
        // once the clock is back, the review is no longer due today or overdue
        JsonObject after = DueListPages.whole(Api.token(officer1()));
        assertFalse(kinds(after, "overdue", fresh).contains("AUTHORISATION_REVIEW_DUE"));
        assertNotNull(after.getString("today"));
    }
}
