package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taskings over REST with the real features: issued by the handler or a controller against a
 * requirement, moved only along the legal transitions; refused with the policy's rule for a
 * source that may not be tasked, with {@code tasking.within-authorisation} for activities the
 * authorisation in force does not cover until an amendment is granted, with
 * {@code tasking.oia-authorisation} for otherwise-illegal activity without an OIA running to the
 * due day; expired when the rule clock passes the due day; on the dashboards; for every role.
 * Every refusal is checked for its status, its rule and that nothing was written.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class TaskingIT {
    private static final List<String> TABLES = List.of("tasking", "intelligence_requirement", "authorisation_amendment",
            "authorisation", "oia_authorisation");
    static final String LIMITS = "Observe the loading bay at the Mariposa crossing only; no contact with the drivers.";
    static final String RISK = "Low: the source works the bay; counter-surveillance unlikely at shift change.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String tasking(String requirementId, LocalDate dueOn, boolean issue, String... activities) {
        var acts = Json.createArrayBuilder();
        for (String a : activities) {
            acts.add(a);
        }
        return Json.createObjectBuilder().add("requirementId", requirementId).add("priority", "HIGH")
                .add("dueOn", dueOn.toString()).add("activities", acts).add("limits", LIMITS).add("riskAssessment", RISK)
                .add("issue", issue).build().toString();
    }

    static Api.Reply create(String user, String sourceId, String body) {
        return Api.post(Api.token(user), "sources/" + sourceId + "/taskings", body);
    }

    static Api.Reply step(String user, String taskingId, String step) {
        return Api.post(Api.token(user), "taskings/" + taskingId + "/" + step, "");
    }

    static Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : TABLES) {
            m.put(t, Rows.count(t));
        }
        return m;
    }

    /** The refusal's status and rule, and that it wrote nothing. */
    static void refused(Map<String, Long> before, Api.Reply r, int status, String rule) throws SQLException {
        assertEquals(status, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5, r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    static String stored(String column, String taskingId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM tasking WHERE id = ?")) {
            s.setString(1, taskingId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String activitiesOf(String authorisationId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT activities FROM authorisation WHERE id = ?")) {
            s.setString(1, authorisationId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static JsonObject sectionFrom(String user, String key, int from) {
        Api.Reply d = Api.get(Api.token(user), "dashboard?section=" + key + "&from=" + from);
        assertEquals(200, d.status(), d.body());
        return d.json().getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
    }

    static List<JsonObject> section(String user, String key) {
        Api.Reply d = Api.get(Api.token(user), "dashboard");
        assertEquals(200, d.status(), d.body());
        return d.json().getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst()
                .map(s -> s.getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList()).orElse(null);
    }

    static boolean lists(List<JsonObject> entries, String taskingId) {
        return entries != null && entries.stream().anyMatch(e -> e.getString("objectId").equals(taskingId));
    }

    static JsonObject requirement(String id) {
        return Api.get(Api.token(controller1()), "requirements/" + id).json();
    }

    // ---- the way through ----

    @Test
    void theHandlerDraftsIssuesAndTheSourceFulfilsAlongTheLegalTransitionsOnly() throws SQLException {
        var s = LifecycleIT.ready("TK-WALK");
        String req = RequirementIT.create(copper(), "CRITICAL");
        Api.Reply draft = create(officer1(), s.sourceId(), tasking(req, today().plusDays(10), false, "REPORT_OBSERVED"));
        assertEquals(201, draft.status(), draft.body());
        JsonObject t = draft.json();
        String id = t.getString("id");
        assertEquals("DRAFT", t.getString("status"));
        assertTrue(t.getString("reference").matches("T-" + today().getYear() + "-[0-9A-Z]{6}"), t.getString("reference"));
        assertEquals(LIMITS, t.getString("limits"));
        assertEquals(RISK, t.getString("riskAssessment"));
        assertTrue(Api.isNull(t, "authorisationId"));
        assertTrue(draft.header("Location").endsWith("taskings/" + id));
        assertEquals(List.of("issue", "cancellation"), t.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        // the texts are stored only encrypted
        String dump = Rows.dump("tasking");
        assertFalse(dump.contains("Mariposa"), "limits in clear");
        assertFalse(dump.contains("counter-surveillance"), "risk assessment in clear");
        assertEquals(0, requirement(req).getInt("openTaskings"), "a draft answers nothing yet");

        // a draft cannot be acknowledged, started or fulfilled
        for (String wrong : List.of("acknowledgement", "start", "fulfilment")) {
            var before = counts();
            Api.Reply r = step(officer1(), id, wrong);
            refused(before, r, 409, "tasking.state");
            assertTrue(r.json().getString("detail").contains("DRAFT"), r.body());
            assertEquals("DRAFT", stored("status", id));
        }

        Api.Reply issued = step(officer1(), id, "issue");
        assertEquals(200, issued.status(), issued.body());
        assertEquals("ISSUED", issued.json().getString("status"));
        assertEquals(s.authorisationId(), issued.json().getString("authorisationId"));
        assertEquals(officer1(), issued.json().getString("issuedBy"));
        assertTrue(issued.json().getBoolean("withinAuthorisation"));
        assertEquals(1, requirement(req).getInt("openTaskings"), "coverage of the requirement");
        assertTrue(RequirementIT.listed(officer1(), "").stream()
                .anyMatch(o -> o.getString("id").equals(req) && o.getInt("openTaskings") == 1));
        refused(counts(), step(officer1(), id, "issue"), 409, "tasking.state");
        refused(counts(), step(officer1(), id, "start"), 409, "tasking.state");

        assertEquals("ACKNOWLEDGED", step(officer1(), id, "acknowledgement").json().getString("status"));
        assertEquals("IN_PROGRESS", step(controller1(), id, "start").json().getString("status"));
        // on the handler's dashboard while open
        assertTrue(lists(section(officer1(), "OPEN_TASKINGS"), id));
        Api.Reply done = step(officer1(), id, "fulfilment");
        assertEquals(200, done.status(), done.body());
        assertEquals("FULFILLED", done.json().getString("status"));
        assertEquals(0, done.json().getJsonArray("actions").size(), "a fulfilled tasking is final");
        assertEquals(0, requirement(req).getInt("openTaskings"));
        assertFalse(lists(section(officer1(), "OPEN_TASKINGS"), id));

        var before = counts();
        Api.Reply late = Api.post(Api.token(officer1()), "taskings/" + id + "/cancellation", "{\"reason\":\"too late\"}");
        refused(before, late, 409, "tasking.state");
        assertTrue(late.json().getString("remedy").contains("nothing changes"), late.body());
        assertEquals("FULFILLED", stored("status", id));

        // the source's list, newest first, for every reader
        for (String reader : List.of(officer1(), controller1(), authoriser1(), reviewer1())) {
            Api.Reply list = Api.get(Api.token(reader), "sources/" + s.sourceId() + "/taskings");
            assertEquals(200, list.status(), reader + list.body());
            assertEquals(id, list.json().getJsonArray("taskings").getJsonObject(0).getString("id"));
            assertEquals(s.sourceId(), list.json().getString("sourceId"));
            assertEquals(!reader.startsWith("a") && !reader.startsWith("r"), list.json().getBoolean("mayTask"), reader);
        }
    }

    @Test
    void createdIssuedAtOnceOrCancelledWithAReasonThatIsStoredEncrypted() throws SQLException {
        var s = LifecycleIT.ready("TK-CANCEL");
        String req = RequirementIT.create(copper(), "HIGH");
        Api.Reply issued = create(controller1(), s.sourceId(), tasking(req, today(), true, "REPORT_OBSERVED", "ELICIT_INFORMATION"));
        assertEquals(201, issued.status(), issued.body());
        assertEquals("ISSUED", issued.json().getString("status"), "due today: still in time");
        String id = issued.json().getString("id");
        var before = counts();
        Api.Reply noReason = Api.post(Api.token(officer1()), "taskings/" + id + "/cancellation", "{}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(before, counts());
        Api.Reply cancelled = Api.post(Api.token(officer1()), "taskings/" + id + "/cancellation",
                "{\"reason\":\"Shipment rerouted through Lukeville\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("Shipment rerouted through Lukeville", cancelled.json().getString("cancellationReason"));
        assertFalse(Rows.dump("tasking").contains("Lukeville"), "the reason in clear");
        refused(counts(), step(officer1(), id, "acknowledgement"), 409, "tasking.state");

        // two taskings never share a reference
        Api.Reply other = create(officer1(), s.sourceId(), tasking(req, today().plusDays(1), false, "REPORT_OBSERVED"));
        assertEquals(201, other.status(), other.body());
        assertFalse(other.json().getString("reference").equals(issued.json().getString("reference")));
    }

    // ---- hard stops ----

    @Test
    void theSourceThatMayNotBeTaskedIsRefusedWithThePolicysRuleAndNothingIsWritten() throws SQLException {
        String fresh = LifecycleIT.register("TK-FRESH", LocalDate.parse(LifecycleIT.adult()));
        String req = RequirementIT.create(copper(), "HIGH");
        var before = counts();
        Api.Reply r = create(officer1(), fresh, tasking(req, today().plusDays(5), true, "REPORT_OBSERVED"));
        refused(before, r, 409, "validation.initial");
        assertTrue(r.json().getString("detail").contains("authorisation.current"), r.body());
        // a draft may be prepared, but not issued
        Api.Reply draft = create(officer1(), fresh, tasking(req, today().plusDays(5), false, "REPORT_OBSERVED"));
        assertEquals(201, draft.status(), draft.body());
        String id = draft.json().getString("id");
        before = counts();
        refused(before, step(officer1(), id, "issue"), 409, "validation.initial");
        assertEquals("DRAFT", stored("status", id));

        // validated and authorised, but instructions never given
        LifecycleIT.validate(fresh);
        String auth = LifecycleIT.apply(fresh);
        assertEquals(200, LifecycleIT.grant(authoriser1(), auth).status());
        refused(counts(), step(officer1(), id, "issue"), 409, "instructions.acknowledged");

        // deactivated
        var ready = LifecycleIT.ready("TK-DEACT");
        Api.Reply d = Api.post(Api.token(officer1()), "sources/" + ready.sourceId() + "/deactivation",
                Json.createObjectBuilder().add("reason", "Moved away").add("forCause", false).add("sourceTold", true)
                        .build().toString());
        assertEquals(200, d.status(), d.body());
        refused(counts(), create(controller1(), ready.sourceId(), tasking(req, today().plusDays(5), true, "REPORT_OBSERVED")),
                409, "source.active");
    }

    @Test
    void activitiesBeyondTheAuthorisationAreRefusedUntilAnAmendmentIsGranted() throws SQLException {
        var s = LifecycleIT.ready("TK-AMEND");
        String req = RequirementIT.create(copper(), "HIGH");
        JsonArray authorised = Api.get(Api.token(officer1()), "authorisations/" + s.authorisationId()).json()
                .getJsonArray("activities");
        assertEquals(List.of("ELICIT_INFORMATION", "REPORT_OBSERVED"), authorised.getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList(), "the base set");
        String body = tasking(req, today().plusDays(7), true, "REPORT_OBSERVED", "CONSENSUAL_RECORDING");
        var before = counts();
        Api.Reply r = create(officer1(), s.sourceId(), body);
        refused(before, r, 409, "tasking.within-authorisation");
        assertTrue(r.json().getString("detail").contains("CONSENSUAL_RECORDING"), r.body());
        assertTrue(r.json().getString("remedy").contains("amend"), r.body());
        assertTrue(r.json().getString("remedy").contains("authorisations/" + s.authorisationId() + "/amendments"), r.body());

        // an amendment that adds nothing is refused
        before = counts();
        refused(before, Api.post(Api.token(officer1()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[\"REPORT_OBSERVED\"],\"reason\":\"more\"}"), 422, "amendment.adds-activities");
        assertEquals(400, Api.post(Api.token(officer1()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[],\"reason\":\"more\"}").status());
        assertEquals(400, Api.post(Api.token(officer1()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[\"FLY\"],\"reason\":\"more\"}").status());
        // who may apply, who may grant
        for (String user : List.of(authoriser1(), reviewer1(), admin1())) {
            assertEquals(403, Api.post(Api.token(user), "authorisations/" + s.authorisationId() + "/amendments",
                    "{\"activities\":[\"CONSENSUAL_RECORDING\"],\"reason\":\"recordings\"}").status(), user);
        }
        assertEquals(404, Api.post(Api.token(officer2()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[\"CONSENSUAL_RECORDING\"],\"reason\":\"recordings\"}").status());
        assertEquals(before, counts());

        Api.Reply applied = Api.post(Api.token(officer1()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[\"CONSENSUAL_RECORDING\"],\"reason\":\"The meetings must be recorded as evidence\"}");
        assertEquals(201, applied.status(), applied.body());
        String amendment = applied.json().getString("id");
        assertEquals("APPLIED", applied.json().getString("status"));
        assertFalse(Rows.dump("authorisation_amendment").contains("recorded as evidence"), "the reason in clear");
        // applied is not granted: still refused
        refused(counts(), create(officer1(), s.sourceId(), body), 409, "tasking.within-authorisation");
        for (String user : List.of(officer1(), controller1(), reviewer1())) {
            assertEquals(403, Api.post(Api.token(user), "authorisations/" + s.authorisationId() + "/amendments/"
                    + amendment + "/grant", "").status(), user);
        }
        assertEquals(404, Api.post(Api.token(authoriser1()), "authorisations/" + s.authorisationId() + "/amendments/"
                + UUID.randomUUID() + "/grant", "").status());
        Api.Reply granted = Api.post(Api.token(authoriser2()), "authorisations/" + s.authorisationId() + "/amendments/"
                + amendment + "/grant", "");
        assertEquals(200, granted.status(), granted.body());
        assertEquals("GRANTED", granted.json().getString("status"));
        assertEquals(authoriser2(), granted.json().getString("grantedBy"));
        assertTrue(activitiesOf(s.authorisationId()).contains("CONSENSUAL_RECORDING"));
        assertEquals(409, Api.post(Api.token(authoriser1()), "authorisations/" + s.authorisationId() + "/amendments/"
                + amendment + "/grant", "").status(), "granted once");
        JsonObject a = Api.get(Api.token(reviewer1()), "authorisations/" + s.authorisationId()).json();
        assertTrue(a.getJsonArray("activities").toString().contains("CONSENSUAL_RECORDING"));
        assertEquals(1, a.getJsonArray("amendments").size());

        Api.Reply now = create(officer1(), s.sourceId(), body);
        assertEquals(201, now.status(), now.body());
        assertEquals("ISSUED", now.json().getString("status"));
        assertTrue(now.json().getBoolean("withinAuthorisation"));
    }

    @Test
    void anApplicationMayNameActivitiesAndOtherwiseIllegalActivityNeedsAnOiaRunningToTheDueDay() throws SQLException {
        String id = LifecycleIT.register("TK-OIA", LocalDate.parse(LifecycleIT.adult()));
        LifecycleIT.validate(id);
        String application = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                        AuthorisationIT.application("STANDARD"))).readObject())
                .add("activities", Json.createArrayBuilder().add("CONTROLLED_PURCHASE").add("OTHERWISE_ILLEGAL_ACTIVITY"))
                .build().toString();
        Api.Reply applied = Api.post(Api.token(officer1()), "sources/" + id + "/authorisations", application);
        assertEquals(201, applied.status(), applied.body());
        assertEquals(4, applied.json().getJsonArray("activities").size(), "the base set and the two named");
        assertEquals(200, LifecycleIT.grant(authoriser1(), applied.json().getString("id")).status());
        LifecycleIT.instruct(id);
        String req = RequirementIT.create(copper(), "CRITICAL");
        LocalDate today = today();

        var before = counts();
        refused(before, create(officer1(), id, tasking(req, today.plusDays(10), true, "OTHERWISE_ILLEGAL_ACTIVITY")),
                409, "tasking.oia-authorisation");
        Api.Reply oia = LifecycleIT.grantOia(id, today, today.plusDays(20));
        assertEquals(201, oia.status(), oia.body());
        // granted but not yet acknowledged by the source
        refused(counts(), create(officer1(), id, tasking(req, today.plusDays(10), true, "OTHERWISE_ILLEGAL_ACTIVITY")),
                409, "tasking.oia-authorisation");
        assertEquals(200, Api.post(Api.token(officer1()), "oia/" + oia.json().getString("id") + "/acknowledgment",
                ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}")).status());
        // due the day after the OIA's last day: refused; on its last day: issued
        refused(counts(), create(officer1(), id, tasking(req, today.plusDays(21), true, "OTHERWISE_ILLEGAL_ACTIVITY")),
                409, "tasking.oia-authorisation");
        Api.Reply ok = create(officer1(), id, tasking(req, today.plusDays(20), true, "OTHERWISE_ILLEGAL_ACTIVITY",
                "CONTROLLED_PURCHASE"));
        assertEquals(201, ok.status(), ok.body());
        assertEquals("ISSUED", ok.json().getString("status"));
    }

    @Test
    void badRequestsAreRefusedWithAnAnswerAPersonCanActOnAndWriteNothing() throws SQLException {
        var s = LifecycleIT.ready("TK-BAD");
        String req = RequirementIT.create(copper(), "LOW");
        var before = counts();
        refused(before, create(officer1(), s.sourceId(), tasking(req, today().minusDays(1), false, "REPORT_OBSERVED")),
                422, "tasking.due-date");
        Api.Reply unknownActivity = create(officer1(), s.sourceId(), tasking(req, today().plusDays(1), false, "FLY"));
        assertEquals(400, unknownActivity.status(), unknownActivity.body());
        Api.Reply none = create(officer1(), s.sourceId(), tasking(req, today().plusDays(1), false));
        assertEquals(400, none.status(), none.body());
        assertTrue(none.body().contains("activities"), none.body());
        Api.Reply unknownRequirement = create(officer1(), s.sourceId(), tasking(UUID.randomUUID().toString(),
                today().plusDays(1), false, "REPORT_OBSERVED"));
        assertEquals(400, unknownRequirement.status(), unknownRequirement.body());
        assertTrue(unknownRequirement.body().contains("requirementId"), unknownRequirement.body());
        Api.Reply noLimits = create(officer1(), s.sourceId(), Json.createObjectBuilder().add("requirementId", req)
                .add("priority", "HIGH").add("dueOn", today().plusDays(1).toString())
                .add("activities", Json.createArrayBuilder().add("REPORT_OBSERVED")).add("riskAssessment", RISK).build().toString());
        assertEquals(400, noLimits.status(), noLimits.body());
        assertTrue(noLimits.body().contains("limits"), noLimits.body());
        assertEquals(400, create(officer1(), s.sourceId(), "{\"dueOn\":\"tomorrow\"}").status());
        assertEquals(400, create(officer1(), s.sourceId(), "{").status());
        // a MESA requirement for a COPPER file
        String mesa = RequirementIT.create(mesa(), "LOW");
        refused(counts(), create(officer1(), s.sourceId(), tasking(mesa, today().plusDays(1), false, "REPORT_OBSERVED")),
                422, "tasking.requirement-compartment");
        // a closed requirement
        String closed = RequirementIT.create(copper(), "LOW");
        assertEquals(200, Api.post(Api.token(controller1()), "requirements/" + closed + "/closure", "").status());
        refused(counts(), create(officer1(), s.sourceId(), tasking(closed, today().plusDays(1), true, "REPORT_OBSERVED")),
                409, "tasking.requirement-open");
        assertEquals(before.get("tasking"), counts().get("tasking"));
        assertEquals(404, Api.get(Api.token(officer1()), "taskings/not-a-uuid").status());
        assertEquals(404, Api.get(Api.token(officer1()), "taskings/" + UUID.randomUUID()).status());
        assertEquals(404, step(officer1(), UUID.randomUUID().toString(), "issue").status());
        assertEquals(404, step(officer1(), UUID.randomUUID().toString(), "launch").status());
    }

    // ---- roles ----

    @Test
    void everyRoleGetsWhatItMayAndTheUnclearedGet404() throws SQLException {
        var s = LifecycleIT.ready("TK-ROLES");
        String req = RequirementIT.create(copper(), "MEDIUM");
        String body = tasking(req, today().plusDays(3), false, "REPORT_OBSERVED");
        var before = counts();
        for (String user : List.of(authoriser1(), reviewer1(), admin1())) {
            assertEquals(403, create(user, s.sourceId(), body).status(), user);
        }
        Api.Reply hidden = create(officer2(), s.sourceId(), body);
        assertEquals(404, hidden.status(), (officer2() + " is not cleared for " + copper() + ": ") + hidden.body());
        assertEquals(before, counts());
        String id = create(officer1(), s.sourceId(), body).json().getString("id");

        assertEquals(403, Api.get(Api.token(admin1()), "sources/" + s.sourceId() + "/taskings").status());
        assertEquals(403, Api.get(Api.token(admin1()), "taskings/" + id).status());
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + s.sourceId() + "/taskings").status());
        Api.Reply unseen = Api.get(Api.token(officer2()), "taskings/" + id);
        assertEquals(404, unseen.status());
        assertEquals(Api.get(Api.token(officer2()), "taskings/" + UUID.randomUUID()).json().getString("detail"),
                unseen.json().getString("detail"), "the same answer as an unknown id");
        assertEquals(404, step(officer2(), id, "issue").status());
        for (String reader : List.of(controller1(), authoriser1(), reviewer1())) {
            Api.Reply g = Api.get(Api.token(reader), "taskings/" + id);
            assertEquals(200, g.status(), reader);
            assertEquals(reader.equals(controller1()) ? 2 : 0, g.json().getJsonArray("actions").size(),
                    reader + ": what they may do next");
        }
        for (String user : List.of(authoriser1(), reviewer1(), admin1())) {
            assertEquals(403, step(user, id, "issue").status(), user);
        }
        assertEquals("DRAFT", stored("status", id));

        // a case officer who sees the file but does not handle it may read, not task
        String mesa = Api.post(Api.token(officer1()), "sources", Api.registration(("TK-" + mesa() + "-")
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), mesa(), "Mesa Tasked", "1980-02-02",
                "+1 520 555 0199")).json().getString("id");
        String mesaReq = RequirementIT.create(mesa(), "LOW");
        before = counts();
        Api.Reply notHandler = create(officer2(), mesa, tasking(mesaReq, today().plusDays(3), false, "REPORT_OBSERVED"));
        assertEquals(403, notHandler.status(), notHandler.body());
        assertEquals(before, counts());
        String mesaTasking = create(controller1(), mesa, tasking(mesaReq, today().plusDays(3), false, "REPORT_OBSERVED"))
                .json().getString("id");
        assertEquals(200, Api.get(Api.token(officer2()), "taskings/" + mesaTasking).status());
        assertEquals(0, Api.get(Api.token(officer2()), "taskings/" + mesaTasking).json().getJsonArray("actions").size());
        assertEquals(403, Api.post(Api.token(officer2()), "taskings/" + mesaTasking + "/cancellation",
                "{\"reason\":\"not mine\"}").status());
        assertEquals("DRAFT", stored("status", mesaTasking));
    }

    // ---- the clock ----

    @Test
    void anOpenTaskingExpiresWhenTheRuleClockPassesItsDueDayAndShowsAsOverdue() throws SQLException {
        var s = LifecycleIT.ready("TK-EXPIRE");
        String req = RequirementIT.create(copper(), "HIGH");
        LocalDate due = today().plusDays(3);
        Api.Reply r = create(officer1(), s.sourceId(), tasking(req, due, true, "REPORT_OBSERVED"));
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        assertEquals(200, step(officer1(), id, "acknowledgement").status());
        LifecycleIT.moveClock(due.atTime(23, 0).toInstant(ZoneOffset.UTC));
        JsonObject dash = DueListPages.whole(Api.token(officer1()));
        assertTrue(dash.getJsonArray("dueToday").stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.toString().contains(id) && d.toString().contains("TASKING_DUE")), dash.toString());
        assertEquals("ACKNOWLEDGED", stored("status", id), "on its due day it is still open");
        assertEquals("ACKNOWLEDGED", Api.get(Api.token(officer1()), "taskings/" + id).json().getString("status"));

        LifecycleIT.moveClock(due.plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC));
        assertEquals("EXPIRED", stored("status", id), "the move expired it at once");
        assertNotNull(stored("ended_at", id));
        JsonObject t = Api.get(Api.token(officer1()), "taskings/" + id).json();
        assertEquals("EXPIRED", t.getString("status"));
        assertEquals("system", t.getString("endedBy"));
        refused(counts(), step(officer1(), id, "start"), 409, "tasking.state");
        assertFalse(lists(section(officer1(), "OPEN_TASKINGS"), id));
        assertTrue(lists(section(controller1(), "OVERDUE_TASKINGS"), id), "the supervisors see it");
        // found, paged and counted in SQL: a later page continues the first
        JsonObject first = sectionFrom(controller1(), "OVERDUE_TASKINGS", 0);
        JsonObject later = sectionFrom(controller1(), "OVERDUE_TASKINGS", 1);
        assertEquals(1, later.getInt("from"));
        assertEquals(first.getInt("total"), later.getInt("total"));
        assertTrue(first.getInt("total") >= first.getJsonArray("entries").size() && first.getInt("total") >= 1, first.toString());
        assertEquals(first.getJsonArray("entries").subList(1, first.getJsonArray("entries").size()),
                later.getJsonArray("entries").subList(0, first.getJsonArray("entries").size() - 1));
        assertEquals(0, requirement(req).getInt("openTaskings"));
        assertTrue(Rows.dump("audit_event").contains("TASKING_EXPIRED"), "audited");
    }

    @Test
    void theComplianceViewListsOpenTaskingsOutsideAnAuthorisation() throws SQLException {
        var s = LifecycleIT.ready("TK-COMPLY");
        String req = RequirementIT.create(copper(), "HIGH");
        Api.Reply r = create(officer1(), s.sourceId(), tasking(req, today().plusDays(20), true, "REPORT_OBSERVED"));
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        assertFalse(lists(section(reviewer1(), "TASKINGS_OUTSIDE_AUTHORISATION"), id));
        assertEquals(null, section(officer1(), "TASKINGS_OUTSIDE_AUTHORISATION"), "not a case officer's section");

        Api.Reply c = Api.post(Api.token(authoriser1()), "authorisations/" + s.authorisationId() + "/cancellation",
                LifecycleIT.reason("Use no longer needed"));
        assertEquals(200, c.status(), c.body());
        assertTrue(lists(section(reviewer1(), "TASKINGS_OUTSIDE_AUTHORISATION"), id));
        assertFalse(Api.get(Api.token(officer1()), "taskings/" + id).json().getBoolean("withinAuthorisation"));
        // and nothing more may be issued
        refused(counts(), create(officer1(), s.sourceId(), tasking(req, today().plusDays(2), true, "REPORT_OBSERVED")),
                409, "authorisation.current");
    }

    // ---- the key ----

    @Test
    void aRotationOfTheFilesKeyReencryptsTheTaskingsAndAmendmentsTexts() throws Exception {
        var s = LifecycleIT.ready("TK-ROTATE");
        String req = RequirementIT.create(copper(), "HIGH");
        String id = create(officer1(), s.sourceId(), tasking(req, today().plusDays(5), true, "REPORT_OBSERVED")).json().getString("id");
        assertEquals(200, Api.post(Api.token(officer1()), "taskings/" + id + "/cancellation",
                "{\"reason\":\"Courier arrested in Tucson\"}").status());
        Api.Reply amendment = Api.post(Api.token(officer1()), "authorisations/" + s.authorisationId() + "/amendments",
                "{\"activities\":[\"CROSS_BORDER_TRAVEL\"],\"reason\":\"Meetings move to Sonora\"}");
        assertEquals(201, amendment.status(), amendment.body());
        assertEquals("1", stored("dek_version", id));

        String admin = Api.token(admin1());
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + s.sourceId() + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals("2", stored("dek_version", id), "the tasking's envelopes moved to the new version");
        JsonObject t = Api.get(Api.token(officer1()), "taskings/" + id).json();
        assertEquals(LIMITS, t.getString("limits"));
        assertEquals(RISK, t.getString("riskAssessment"));
        assertEquals("Courier arrested in Tucson", t.getString("cancellationReason"));
        JsonArray amendments = Json.createReader(new java.io.StringReader(Api.get(Api.token(officer1()),
                "authorisations/" + s.authorisationId() + "/amendments").body())).readArray();
        assertEquals("Meetings move to Sonora", amendments.getJsonObject(0).getString("reason"));
    }

    @Test
    void taskingsCreatedAtOnceEachGetAReferenceOfTheirOwn() throws Exception {
        var a = LifecycleIT.ready("TK-PAR-A");
        var b = LifecycleIT.ready("TK-PAR-B");
        String req = RequirementIT.create(copper(), "MEDIUM");
        String officer = Api.token(officer1());
        String controller = Api.token(controller1());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String source = i % 2 == 0 ? a.sourceId() : b.sourceId();
                String token = i % 3 == 0 ? controller : officer;
                boolean issue = i % 2 == 1;
                replies.add(pool.submit(() -> Api.post(token, "sources/" + source + "/taskings",
                        tasking(req, today().plusDays(4), issue, "REPORT_OBSERVED"))));
            }
            java.util.Set<String> references = new java.util.HashSet<>();
            for (var f : replies) {
                Api.Reply r = f.get();
                assertEquals(201, r.status(), r.body());
                references.add(r.json().getString("reference"));
            }
            assertEquals(6, references.size(), "every reference unique: " + references);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, requirement(req).getInt("openTaskings"), "the three issued ones answer it");
    }
}
