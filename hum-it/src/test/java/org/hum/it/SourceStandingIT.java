package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deactivation and reactivation over REST (docs/domain.md, "Lifecycle" 8): who may, what is
 * recorded and shown, and the senior approvals a closure for cause needs.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class SourceStandingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A fresh source registered by officer1 (its handler); code names sort first so the list's first page shows it. */
    private static String register(String compartment) {
        String code = "AA-ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", Api.registration(code, compartment,
                "Standing Test " + code, "1980-05-05", "+1 555 010 2020"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static String deactivation(String reason, boolean forCause, boolean told, String delay) {
        var b = Json.createObjectBuilder().add("reason", reason).add("forCause", forCause).add("sourceTold", told);
        if (delay != null) {
            b.add("delayReason", delay);
        }
        return b.build().toString();
    }

    private static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }

    private static Api.Reply deactivate(String user, String id, String body) {
        return Api.post(Api.token(user), "sources/" + id + "/deactivation", body);
    }

    private static JsonObject standing(String user, String id) {
        Api.Reply r = Api.get(Api.token(user), "sources/" + id + "/standing");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void theHandlerDeactivatesAtOnceAndTheStatusAndHistoryShowEverywhere() throws SQLException {
        String id = register(copper());
        assertEquals("ACTIVE", standing(officer1(), id).getString("status"));

        Api.Reply r = deactivate(officer1(), id, deactivation("Relocated abroad, Zanzibar-7731", false, true, null));
        assertEquals(200, r.status(), r.body());
        assertEquals("DEACTIVATED", r.json().getString("status"));
        assertEquals("DEACTIVATED", Rows.fileStatus(id), "kept on the file's row with the change, for the register");

        JsonObject s = standing(reviewer1(), id); // a compliance reviewer reads it too
        assertEquals("DEACTIVATED", s.getString("status"));
        JsonArray history = s.getJsonArray("history");
        assertEquals(2, history.size());
        assertEquals("ACTIVE", history.getJsonObject(0).getString("status"));
        assertEquals(officer1(), history.getJsonObject(0).getString("by"));
        assertEquals("DEACTIVATED", history.getJsonObject(1).getString("status"));
        assertEquals(officer1(), history.getJsonObject(1).getString("by"));
        assertEquals("Relocated abroad, Zanzibar-7731", history.getJsonObject(1).getString("reason"));
        assertTrue(history.getJsonObject(1).getBoolean("sourceTold"));
        assertFalse(s.getJsonObject("may").getBoolean("deactivate"), "a reviewer may not deactivate");

        // the list shows the status
        JsonArray items = Api.get(Api.token(officer1()), "sources?size=100").json().getJsonArray("items");
        JsonObject line = items.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the source is not on the first page of the list"));
        assertEquals("DEACTIVATED", line.getString("status"));

        // the reason is stored only encrypted; the change is audited
        assertFalse(Rows.dump("source_status_change").contains("Zanzibar-7731"), "a reason is stored in plaintext");
        assertTrue(Rows.dump("audit_event").contains("SOURCE_DEACTIVATED"));

        // deactivating again is refused
        Api.Reply again = deactivate(controller1(), id, deactivation("again", false, true, null));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("already deactivated"), again.body());

        // reactivation (not for cause) is immediate, for an authorising officer who is not senior as well
        Api.Reply back = Api.post(Api.token(authoriser2()), "sources/" + id + "/reactivation", reason("Returned home"));
        assertEquals(200, back.status(), back.body());
        assertEquals("ACTIVE", back.json().getString("status"));
        assertEquals("ACTIVE", Rows.fileStatus(id));
        assertEquals(3, standing(officer1(), id).getJsonArray("history").size());

        Api.Reply notDeactivated = Api.post(Api.token(officer1()), "sources/" + id + "/reactivation", reason("again"));
        assertEquals(409, notDeactivated.status(), notDeactivated.body());
        assertTrue(notDeactivated.json().getString("detail").contains("not deactivated"), notDeactivated.body());
    }

    @Test
    void theDelayIsDocumentedWhenTheSourceWasNotToldAndBadInputWritesNothing() throws SQLException {
        String id = register(copper());
        long before = Rows.count("source_status_change");
        Api.Reply noDelay = deactivate(officer1(), id, deactivation("unreliable", false, false, null));
        assertEquals(400, noDelay.status(), noDelay.body());
        assertEquals("delayReason", noDelay.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply noReason = deactivate(officer1(), id, "{\"forCause\":false,\"sourceTold\":true}");
        assertEquals(400, noReason.status(), noReason.body());
        Api.Reply noFlags = deactivate(officer1(), id, "{\"reason\":\"x\"}");
        assertEquals(400, noFlags.status(), noFlags.body());
        Api.Reply malformed = deactivate(officer1(), id, "{\"reason\":");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals(before, Rows.count("source_status_change"));
        assertEquals("ACTIVE", standing(officer1(), id).getString("status"));
        assertEquals("ACTIVE", Rows.fileStatus(id), "nor the row's status");

        Api.Reply delayed = deactivate(officer1(), id, deactivation("unreliable", false, false, "operation still running"));
        assertEquals(200, delayed.status(), delayed.body());
        JsonObject last = delayed.json().getJsonArray("history").getJsonObject(1);
        assertFalse(last.getBoolean("sourceTold"));
        assertEquals("operation still running", last.getString("delayReason"));
    }

    @Test
    void eachRoleIsAllowedOrRefused() {
        String copper = register(copper());
        String body = deactivation("test", false, true, null);
        assertEquals(403, deactivate(reviewer1(), copper, body).status(), "a compliance reviewer is read-only");
        assertEquals(403, deactivate(admin1(), copper, body).status(), "an administrator sees no source content");
        assertEquals(404, deactivate(officer2(), copper, body).status(), (officer2() + " may not see a " + copper() + " file"));
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + copper + "/standing").status());
        assertEquals(404, deactivate(officer1(), UUID.randomUUID().toString(), body).status());
        assertEquals(404, deactivate(officer1(), "not-an-id", body).status());
        assertEquals("ACTIVE", standing(officer1(), copper).getString("status"));

        // officer2 sees a MESA file that officer1 handles, but is not its handler
        String mesa = register(mesa());
        Api.Reply notHandler = deactivate(officer2(), mesa, body);
        assertEquals(403, notHandler.status(), notHandler.body());
        assertTrue(notHandler.json().getString("detail").contains("handler"), notHandler.body());
        assertFalse(standing(officer2(), mesa).getJsonObject("may").getBoolean("deactivate"));

        // a controller and an authorising officer may
        assertEquals(200, deactivate(controller1(), mesa, body).status());
        String other = register(copper());
        assertEquals(200, deactivate(authoriser2(), other, body).status());
    }

    @Test
    void reactivationAfterCauseNeedsAnotherPersonsRequestAndASeniorApproval() throws SQLException {
        String id = register(copper());
        assertEquals("ACTIVE", Rows.fileStatus(id), "a new file's row says active");
        Api.Reply closed = deactivate(controller1(), id, deactivation("Lied about access", true, false, "covert operation"));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED_FOR_CAUSE", closed.json().getString("status"));
        assertEquals("CLOSED_FOR_CAUSE", Rows.fileStatus(id));
        assertEquals(409, deactivate(officer1(), id, deactivation("again", true, true, null)).status());

        // the handler's reactivation is only a request: the source stays closed
        Api.Reply requested = Api.post(Api.token(officer1()), "sources/" + id + "/reactivation", reason("Access confirmed"));
        assertEquals(202, requested.status(), requested.body());
        assertEquals("CLOSED_FOR_CAUSE", requested.json().getString("status"));
        assertEquals(officer1(), requested.json().getJsonObject("pendingReactivation").getString("requestedBy"));
        assertEquals(409, Api.post(Api.token(controller1()), "sources/" + id + "/reactivation", reason("again")).status(),
                "one pending request at a time");

        // not senior: refused, naming what is needed
        Api.Reply notSenior = Api.post(Api.token(authoriser2()), "sources/" + id + "/reactivation/approval", reason("ok"));
        assertEquals(409, notSenior.status(), notSenior.body());
        assertEquals("standing.senior-approver", notSenior.json().getString("rule"), notSenior.body());
        assertTrue(notSenior.json().getString("detail").contains("authorising officer cleared to"), notSenior.body());
        assertEquals(403, Api.post(Api.token(officer1()), "sources/" + id + "/reactivation/approval", reason("ok")).status());
        assertEquals("CLOSED_FOR_CAUSE", standing(officer1(), id).getString("status"));
        assertEquals("CLOSED_FOR_CAUSE", Rows.fileStatus(id), "a request changes no status");
        assertTrue(standing(authoriser1(), id).getJsonObject("may").getBoolean("approveReactivation"));

        // the senior approver approves
        Api.Reply approved = Api.post(Api.token(authoriser1()), "sources/" + id + "/reactivation/approval",
                reason("Reviewed the cause"));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("ACTIVE", approved.json().getString("status"));
        assertEquals("ACTIVE", Rows.fileStatus(id), "the approval's change is kept on the row");
        JsonArray history = approved.json().getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals(authoriser1(), last.getString("by"));
        assertEquals(officer1(), last.getString("requestedBy"));
        assertTrue(Api.isNull(approved.json(), "pendingReactivation"));
    }

    @Test
    void aSeniorApproverNeverApprovesTheirOwnRequest() {
        String id = register(copper());
        assertEquals(200, deactivate(officer1(), id, deactivation("cause", true, true, null)).status());
        assertEquals(202, Api.post(Api.token(authoriser1()), "sources/" + id + "/reactivation", reason("mine")).status());
        assertFalse(standing(authoriser1(), id).getJsonObject("may").getBoolean("approveReactivation"));
        Api.Reply own = Api.post(Api.token(authoriser1()), "sources/" + id + "/reactivation/approval", reason("mine"));
        assertEquals(409, own.status(), own.body());
        assertEquals("standing.approver-not-requester", own.json().getString("rule"), own.body());
        assertTrue(own.json().getString("detail").contains("own request"), own.body());
        assertEquals("CLOSED_FOR_CAUSE", standing(officer1(), id).getString("status"));
    }

    @Test
    void contactWithASourceClosedForCauseNeedsASeniorApprovalThatEnds() {
        String id = register(copper());
        Api.Reply active = Api.post(Api.token(authoriser1()), "sources/" + id + "/contact-approvals", reason("x"));
        assertEquals(409, active.status(), active.body());

        assertEquals(200, deactivate(officer1(), id, deactivation("cause", true, true, null)).status());
        assertFalse(standing(officer1(), id).getBoolean("seniorContactApproved"));
        Api.Reply notSenior = Api.post(Api.token(authoriser2()), "sources/" + id + "/contact-approvals", reason("x"));
        assertEquals(409, notSenior.status(), notSenior.body());
        assertEquals("standing.senior-approver", notSenior.json().getString("rule"), notSenior.body());
        assertEquals(403, Api.post(Api.token(controller1()), "sources/" + id + "/contact-approvals", reason("x")).status());

        Api.Reply approved = Api.post(Api.token(authoriser1()), "sources/" + id + "/contact-approvals",
                reason("Debrief on the cause"));
        assertEquals(201, approved.status(), approved.body());
        assertTrue(approved.json().getBoolean("seniorContactApproved"));
        Instant until = Instant.parse(approved.json().getString("contactApprovedUntil"));
        // the profile's review interval (3 months in both shipped profiles)
        assertTrue(until.isAfter(Instant.now().plus(80, ChronoUnit.DAYS)) && until.isBefore(Instant.now().plus(100, ChronoUnit.DAYS)),
                until.toString());
        assertTrue(standing(officer1(), id).getBoolean("seniorContactApproved"));

        String admin = Api.token(admin1());
        try {
            assertEquals(200, moveClock(admin, until.plusSeconds(1)).status());
            assertFalse(standing(officer1(), id).getBoolean("seniorContactApproved"), "the approval ended");
            assertEquals(200, moveClock(admin, until.minusSeconds(60)).status());
            assertTrue(standing(officer1(), id).getBoolean("seniorContactApproved"), "just before its end");
        } finally {
            Api.send(Api.request(admin, "admin/rule-clock").DELETE());
        }
    }

    @Test
    void theReasonsAreReEncryptedWhenTheFilesKeyIsRotated() throws Exception {
        String id = register(copper());
        assertEquals(200, deactivate(officer1(), id, deactivation("Reason before rotation", true, false, "Delay before rotation")).status());
        assertEquals(202, Api.post(Api.token(officer1()), "sources/" + id + "/reactivation", reason("Request before rotation")).status());
        assertEquals(201, Api.post(Api.token(authoriser1()), "sources/" + id + "/contact-approvals", reason("Contact before rotation")).status());
        assertEquals(List.of(1, 1, 1), versions(id));

        String admin = Api.token(admin1());
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + id + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 200 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(List.of(2, 2, 2), versions(id), "every reason moved to the new key version");

        JsonObject s = standing(officer1(), id);
        JsonObject closure = s.getJsonArray("history").getJsonObject(1);
        assertEquals("Reason before rotation", closure.getString("reason"));
        assertEquals("Delay before rotation", closure.getString("delayReason"));
        assertEquals("Request before rotation", s.getJsonObject("pendingReactivation").getString("reason"));
    }

    /** The key version of the file's status change, reactivation request and contact approval rows. */
    private static List<Integer> versions(String sourceId) throws SQLException {
        List<Integer> versions = new java.util.ArrayList<>();
        try (var c = Stand.current().rootConnection()) {
            for (String table : List.of("source_status_change", "source_reactivation_request", "source_contact_approval")) {
                try (var st = c.prepareStatement("SELECT MAX(dek_version) FROM " + table + " WHERE source_id = ?")) {
                    st.setString(1, sourceId);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        versions.add(rs.getInt(1));
                    }
                }
            }
        }
        return versions;
    }

    private static Api.Reply moveClock(String admin, Instant to) {
        return Api.send(Api.request(admin, "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + to + "\"}")));
    }
}
