package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention and destruction (docs/domain.md, "Retention and destruction (step 9)"): a file is kept
 * the profile's three years after its use ends, is on the reviewers' and controllers' due lists
 * from then, and is destroyed on a request by one person and the approval of another; before the
 * period ends the approval is refused with a rule unless a senior approver overrides it with a
 * reason; afterwards nothing of the file can be read, and the record keeps both people and reasons.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DestructionIT {
    private static final String REASON = "Retention period ended; no re-validation was asked for";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @AfterEach
    void clockBack() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    @Test
    void oneRequestsAnotherApprovesOnlyOnceTheRetentionPeriodHasEndedAndThenNothingOfTheFileReads() throws Exception {
        String officer = Api.token(officer1());
        String id = KeyLifecycleIT.register(officer, "RETAIN-" + Cast.suffix(), "Anselma Keepwell");
        moveClock("2027-03-10T10:00:00Z");
        Api.Reply d = Api.post(officer, "sources/" + id + "/deactivation", Json.createObjectBuilder()
                .add("reason", "Moved abroad").add("forCause", false).add("sourceTold", true).build().toString());
        assertEquals(200, d.status(), d.body());
        JsonObject due = dueEntry(Api.token(controller1()), id);
        assertEquals("2030-03-10", due.getString("retentionEndsOn"), "three years after the deactivation");
        assertEquals("RUNNING", due.getString("status"));

        // one person cannot both request and approve
        String ao1 = Api.token(authoriser1());
        Api.Reply asked = Api.post(ao1, "oversight/destructions", ask(id, REASON));
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        assertEquals("PENDING", asked.json().getString("status"));
        assertEquals(REASON, asked.json().getString("reason"));
        SourceRegistrationIT.assertProblem(Api.post(ao1, "oversight/destructions", ask(id, REASON)), 409, "asked twice");
        SourceRegistrationIT.assertProblem(approve(ao1, request, null), 409, "the requester approves");
        SourceRegistrationIT.assertProblem(approve(ao1, request, "The requester overrides it himself"), 409,
                "the requester approves, even senior and with an override");
        SourceRegistrationIT.assertProblem(approve(Api.token(controller1()), request, null), 403, "a controller approves");

        // before the period ends: refused with the rule naming the end day, unless a senior approver overrides
        String ao2 = Api.token(authoriser2());
        Api.Reply early = approve(ao2, request, null);
        rule(early, "retention.period-running");
        assertTrue(early.json().getString("detail").contains("2030-03-10"), early.body());
        rule(approve(ao2, request, "The source asked for it to be destroyed"), "retention.senior-override");
        moveClock("2030-03-09T12:00:00Z"); // the day before
        rule(approve(ao2, request, null), "retention.period-running");
        assertEquals(200, Api.get(officer, "sources/" + id).status(), "a refusal destroys nothing");
        assertEquals(List.of("dueSoon:2030-03-10"), lines(Api.token(reviewer1()), id), "on the reviewer's due list");
        assertEquals(List.of("dueSoon:2030-03-10"), lines(Api.token(controller1()), id), "and the controller's");

        moveClock("2030-03-10T12:00:00Z"); // the day it ends
        assertEquals(List.of("dueToday:2030-03-10"), lines(Api.token(reviewer1()), id));
        assertEquals("DUE", dueEntry(Api.token(controller1()), id).getString("status"));
        Api.Reply approved = approve(ao2, request, null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertFalse(approved.json().getBoolean("overridden"));
        assertEquals(1, approved.json().getJsonObject("destruction").getInt("keysDestroyed"));

        // nothing of the file can be read
        SourceRegistrationIT.assertProblem(Api.get(officer, "sources/" + id), 410, "the destroyed file");
        for (String part : List.of("/standing", "/authorisations")) {
            int status = Api.get(officer, "sources/" + id + part).status();
            assertTrue(status == 404 || status == 410, part + ": " + status);
        }
        assertEquals(List.of("DESTROYED"), keyStates(id));
        moveClock("2030-03-10T13:00:00Z"); // recomputes the due lists
        assertEquals(List.of(), lines(Api.token(reviewer1()), id), "off the due lists");
        SourceRegistrationIT.assertProblem(approve(ao2, request, null), 410, "approved twice");
        // the record: both people, the reason, the retention day, no override
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT d.reason, r.username, a.username, d.retention_ends_on, "
                     + "d.override_reason, d.request_id FROM file_destruction d JOIN app_user r ON r.id = d.requested_by "
                     + "JOIN app_user a ON a.id = d.destroyed_by WHERE d.source_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the destruction's record");
                assertEquals(REASON, rs.getString(1), "the reason is kept");
                assertEquals(authoriser1(), rs.getString(2), "who asked");
                assertEquals(authoriser2(), rs.getString(3), "who approved");
                assertEquals("2030-03-10", rs.getDate(4).toLocalDate().toString());
                assertNull(rs.getString(5));
                assertEquals(request, rs.getString(6));
            }
        }
        assertEquals(List.of("DESTRUCTION_REQUESTED", "DESTRUCTION_APPROVED", "SOURCE_DESTROYED"), audited(id));
        String list = Api.get(Api.token(reviewer1()), "oversight/destructions").body();
        assertTrue(list.contains(request) && !list.contains("RETAIN-"), "listed, without the destroyed file's code name: " + list);
    }

    @Test
    void aSeniorApproverOverridesTheRunningPeriodWithAReasonThatIsKept() throws Exception {
        String officer = Api.token(officer1());
        String id = KeyLifecycleIT.register(officer, "EARLY-" + Cast.suffix(), "Bertrand Earlygone");
        Api.Reply asked = Shredding.request(id, "The source withdrew consent; the file goes at once");
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        Api.Reply early = approve(Api.token(authoriser1()), request, null);
        rule(early, "retention.period-running");
        assertTrue(early.json().getString("detail").contains("still active"), early.body());
        Api.Reply approved = approve(Api.token(authoriser1()), request, "Withdrawn consent, on counsel's advice");
        assertEquals(200, approved.status(), approved.body());
        assertTrue(approved.json().getBoolean("overridden"));
        assertEquals("Withdrawn consent, on counsel's advice", approved.json().getString("decisionReason"));
        SourceRegistrationIT.assertProblem(Api.get(officer, "sources/" + id), 410, "the destroyed file");
        liveCountAgrees(id);
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT reason, override_reason, retention_ends_on FROM file_destruction "
                     + "WHERE source_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("The source withdrew consent; the file goes at once", rs.getString(1));
                assertEquals("Withdrawn consent, on counsel's advice", rs.getString(2), "the override's reason is kept");
                assertNull(rs.getDate(3), "an active file's period had not begun");
            }
        }
        assertEquals(List.of("DESTRUCTION_REQUESTED", "DESTRUCTION_APPROVED_BY_OVERRIDE", "SOURCE_DESTROYED"), audited(id));
    }

    /** The register's count of the destroyed file's compartment (the live-file tally) agrees with its live files. */
    private static void liveCountAgrees(String destroyedId) throws Exception {
        String compartment;
        long live;
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT compartment_code, (SELECT COUNT(*) FROM source l WHERE "
                     + "l.compartment_code = f.compartment_code AND l.destroyed_at IS NULL) FROM source f WHERE f.id = ?")) {
            s.setString(1, destroyedId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                compartment = rs.getString(1);
                live = rs.getLong(2);
            }
        }
        assertEquals(live, Api.get(Api.token(reviewer1()), "oversight/register?size=1&compartment=" + compartment).json()
                .getJsonNumber("total").longValue(), "a destroyed file leaves the register's count");
    }

    @Test
    void aRefusedRequestKeepsTheFileAndItsReasonAndCannotBeApprovedAfterwards() {
        String officer = Api.token(officer1());
        String id = KeyLifecycleIT.register(officer, "KEEP-" + Cast.suffix(), "Cornelius Keptfile");
        Api.Reply asked = Shredding.request(id, "Retention period ended, we believe");
        assertEquals(202, asked.status(), asked.body());
        String request = asked.json().getString("id");
        String ao = Api.token(authoriser1());
        SourceRegistrationIT.assertProblem(Api.post(ao, "oversight/destructions/" + request + "/refusal", "{}"), 400, "no reason");
        Api.Reply refused = Api.post(ao, "oversight/destructions/" + request + "/refusal",
                Json.createObjectBuilder().add("reason", "Still needed for a pending prosecution").build().toString());
        assertEquals(200, refused.status(), refused.body());
        assertEquals("REFUSED", refused.json().getString("status"));
        assertEquals("Still needed for a pending prosecution", refused.json().getString("decisionReason"));
        SourceRegistrationIT.assertProblem(approve(ao, request, "Changed my mind about this one"), 409, "decided already");
        assertEquals(200, Api.get(officer, "sources/" + id).status(), "the file is kept");
        SourceRegistrationIT.assertProblem(Api.post(Api.token(Cast.reports1()), "oversight/destructions", ask(id, REASON)), 403,
                "a reports officer asks");
        SourceRegistrationIT.assertProblem(Api.post(ao, "oversight/destructions/" + java.util.UUID.randomUUID() + "/approval",
                "{}"), 404, "an unknown request");
    }

    @Test
    void prospectsNeverRegisteredAreDestroyedFromTheDayTheirPeriodEndsAfterTheirLastContact() throws Exception {
        String officer = Api.token(officer1());
        String quiet = prospect(officer, "Never-called " + Cast.suffix());
        String met = prospect(officer, "Met-once " + Cast.suffix());
        moveClock("2027-02-01T10:00:00Z");
        Api.Reply c = Api.post(officer, "prospects/" + met + "/contacts",
                "{\"contactOn\":\"2027-02-01\",\"method\":\"MEETING\",\"notes\":\"Talked about the harbour\"}");
        assertEquals(201, c.status(), c.body());

        moveClock("2032-01-31T12:00:00Z"); // the day before the met one's five years end; the quiet one's ended
        assertEquals(404, Api.get(officer, "prospects/" + quiet).status(), "recorded over five years ago, never contacted");
        assertEquals(200, Api.get(officer, "prospects/" + met).status(), "its last contact is not five years old yet");
        moveClock("2032-02-01T12:00:00Z"); // the day it ends
        assertEquals(404, Api.get(officer, "prospects/" + met).status(), "five years after its last contact");
        try (Connection conn = Stand.current().rootConnection();
             PreparedStatement s = conn.prepareStatement("SELECT d.reason, k.state FROM prospect_destruction d "
                     + "JOIN prospect p ON p.id = d.prospect_id JOIN " + Stand.current().database().keysSchema()
                     + ".data_key k ON k.id = p.dek_id WHERE d.prospect_id = ?")) {
            s.setString(1, met);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the prospect's destruction record");
                assertTrue(rs.getString(1).contains("2027-02-01"), "why: " + rs.getString(1));
                assertEquals("DESTROYED", rs.getString(2), "its key is erased");
            }
        }
        try (Connection conn = Stand.current().rootConnection();
             PreparedStatement s = conn.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE actor = 'system' "
                     + "AND action = 'PROSPECT_DESTROYED' AND object_id IN (?, ?)")) {
            s.setString(1, quiet);
            s.setString(2, met);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getLong(1), "both in the audit trail");
            }
        }
    }

    private static String prospect(String token, String name) {
        Api.Reply r = Api.post(token, "prospects", Json.createObjectBuilder().add("workingName", name)
                .add("compartment", Cast.copper()).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static String ask(String sourceId, String reason) {
        return Json.createObjectBuilder().add("sourceId", sourceId).add("reason", reason).build().toString();
    }

    private static Api.Reply approve(String token, String request, String override) {
        var b = Json.createObjectBuilder();
        if (override != null) {
            b.add("overrideReason", override);
        }
        return Api.post(token, "oversight/destructions/" + request + "/approval", b.build().toString());
    }

    private static void rule(Api.Reply r, String rule) {
        assertEquals(409, r.status(), r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
    }

    private static JsonObject dueEntry(String token, String sourceId) {
        Api.Reply r = Api.get(token, "oversight/destructions/due");
        assertEquals(200, r.status(), r.body());
        return Json.createReader(new java.io.StringReader(r.body())).readArray().stream().map(JsonValue::asJsonObject).filter(o -> sourceId.equals(o.getString("sourceId")))
                .findFirst().orElseThrow(() -> new AssertionError("not on the retention list: " + r.body()));
    }

    private static void moveClock(String instant) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + instant + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    /** The file's retention lines on the caller's due lists, as list:dueOn. */
    private static List<String> lines(String token, String sourceId) {
        JsonObject d = DueListPages.whole(token);
        List<String> found = new ArrayList<>();
        for (String list : List.of("overdue", "dueToday", "dueSoon")) {
            d.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .filter(l -> sourceId.equals(l.getString("objectId", null)) && "RETENTION_REVIEW_DUE".equals(l.getString("kind")))
                    .forEach(l -> found.add(list + ":" + l.getString("dueOn")));
        }
        return found;
    }

    private static List<String> audited(String sourceId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (var c = Stand.current().rootConnection();
             var s = c.prepareStatement("SELECT action FROM audit_event WHERE object_id = ? AND action IN "
                     + "('DESTRUCTION_REQUESTED', 'DESTRUCTION_APPROVED', 'DESTRUCTION_APPROVED_BY_OVERRIDE', "
                     + "'DESTRUCTION_REFUSED', 'SOURCE_DESTROYED') ORDER BY seq")) {
            s.setString(1, sourceId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }

    private static List<String> keyStates(String sourceId) throws Exception {
        List<String> states = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT k.state FROM " + Stand.current().database().keysSchema()
                     + ".data_key k JOIN source s ON s.dek_id = k.id WHERE s.id = ? ORDER BY k.version")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    states.add(rs.getString(1));
                }
            }
        }
        return states;
    }
}
