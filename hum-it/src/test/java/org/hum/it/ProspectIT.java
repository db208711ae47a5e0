package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prospects: status drift past the rule profile's thresholds, need-to-know, registration closing them. */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ProspectIT {
    /** US federal profile: 3 contacts, or contacts spanning 30 days. */
    private static final int COUNT = 3;
    private static final int DAYS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE());
    }

    private static String prospect(String token, String name, String compartment) {
        Api.Reply r = Api.post(token, "prospects", "{\"workingName\":\"" + name + "\",\"compartment\":\"" + compartment + "\"}");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private static JsonObject contact(String token, String id, LocalDate on) {
        Api.Reply r = Api.post(token, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"" + on + "\",\"method\":\"MEETING\",\"notes\":\"Talked about Ysolde's brother\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static boolean inDriftList(String token, String id) {
        Api.Reply r = Api.get(token, "prospects?drift=true");
        assertEquals(200, r.status(), r.body());
        return r.body().contains(id);
    }

    @Test
    void contactsReachingTheCountAreStatusDriftForControllerAndReviewer() throws SQLException {
        String officer = Api.token(officer1());
        String id = prospect(officer, "Wenceslava at the yard", copper());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = COUNT - 1; i > 0; i--) {
            assertFalse(contact(officer, id, today.minusDays(i)).getBoolean("statusDrift"), "below the count");
        }
        assertFalse(inDriftList(Api.token(controller1()), id));
        JsonObject at = contact(officer, id, today);
        assertTrue(at.getBoolean("statusDrift"), "the count's contact");
        assertEquals(COUNT, at.getInt("contacts"));
        assertTrue(inDriftList(Api.token(controller1()), id), "the controller sees the drift");
        JsonObject reviewer = Api.get(Api.token(reviewer1()), "prospects/" + id).json();
        assertTrue(reviewer.getBoolean("statusDrift"), "the compliance reviewer sees it");
        assertTrue(Api.isNull(reviewer, "workingName"), "but not the working name");
        assertTrue(Api.isNull(reviewer.getJsonArray("contactLog").getJsonObject(0), "notes"));
        assertEquals("Wenceslava at the yard", Api.get(officer, "prospects/" + id).json().getString("workingName"));
        String stored = Rows.dump("prospect") + Rows.dump("prospect_contact") + Rows.dump("audit_event");
        assertFalse(stored.contains("Wenceslava") || stored.contains("Ysolde"), "working name and notes are ciphertext");
    }

    @Test
    void contactsSpanningTheDaysDriftAfterMovingTheRuleClock() {
        String officer = Api.token(officer1());
        String admin = Api.token(admin1());
        String id = prospect(officer, "Span test person", copper());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        contact(officer, id, today);
        JsonObject one = Api.get(officer, "prospects/" + id).json();
        assertEquals(today.plusDays(DAYS).toString(), one.getString("registrationDueOn"), "the deadline is computed");
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"" + today.plusDays(DAYS) + "\",\"method\":\"CALL\"}"), 400, "a contact in the future");

        assertEquals(200, Api.send(Api.request(admin, "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\":\"" + today.plusDays(DAYS - 1)
                        + "T12:00:00Z\"}"))).status());
        assertFalse(contact(officer, id, today.plusDays(DAYS - 1)).getBoolean("statusDrift"), "a day short of the span");
        assertEquals(200, Api.send(Api.request(admin, "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\":\"" + today.plusDays(DAYS)
                        + "T12:00:00Z\"}"))).status());
        // two contacts so far: the third would reach the count, so this one checks the span alone
        JsonObject spanned = Api.get(officer, "prospects/" + id).json();
        assertFalse(spanned.getBoolean("statusDrift"));
        assertEquals(2, spanned.getInt("contacts"));
        String other = prospect(officer, "Span test two", copper());
        contact(officer, other, today);
        assertTrue(contact(officer, other, today.plusDays(DAYS)).getBoolean("statusDrift"), "the day the span is reached");
        assertTrue(inDriftList(Api.token(reviewer1()), other));
    }

    @Test
    void aProspectIsHiddenFromAUserWithoutItsCompartment() {
        String officer = Api.token(officer1());
        String id = prospect(officer, "Copper only person", copper());
        String officer2 = Api.token(officer2());
        SourceRegistrationIT.assertProblem(Api.get(officer2, "prospects/" + id), 404, "hidden prospect");
        SourceRegistrationIT.assertProblem(Api.get(officer2, "prospects/" + UUID.randomUUID()), 404, "missing prospect");
        assertEquals(Api.get(officer2, "prospects/" + id).json().getString("detail"),
                Api.get(officer2, "prospects/" + UUID.randomUUID()).json().getString("detail"), "hidden answers as missing");
        SourceRegistrationIT.assertProblem(Api.post(officer2, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"method\":\"CALL\"}"), 404, "contact on a hidden prospect");
        assertFalse(Api.get(officer2, "prospects").body().contains(id), "not in the list either");
        SourceRegistrationIT.assertProblem(Api.post(officer2, "prospects",
                ("{\"workingName\":\"x\",\"compartment\":\"" + copper() + "\"}")), 400, "a compartment not theirs");
        SourceRegistrationIT.assertProblem(Api.post(Api.token(controller1()), "prospects",
                ("{\"workingName\":\"x\",\"compartment\":\"" + copper() + "\"}")), 403, "controllers do not record prospects");
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"2020-01-01\",\"method\":\"TELEPATHY\"}"), 400, "unknown method");
        SourceRegistrationIT.assertProblem(Api.get(officer, "prospects?drift=maybe"), 400, "bad filter");
    }

    @Test
    void registeringFromAProspectClosesItAndKeepsTheLink() {
        String officer = Api.token(officer1());
        String id = prospect(officer, "Soon a source", copper());
        contact(officer, id, LocalDate.now(ZoneOffset.UTC));
        String body = Api.registration("ALBATROSS", copper(), "Gunnhild Prospectsdottir", "1979-09-09", "+1 555 010 2020")
                .replace("}", ",\"prospectId\":\"" + id + "\"}");
        Api.Reply r = Api.post(officer, "sources", body);
        assertEquals(201, r.status(), r.body());
        JsonObject closed = Api.get(officer, "prospects/" + id).json();
        assertEquals("REGISTERED", closed.getString("status"));
        assertEquals(r.json().getString("id"), closed.getString("sourceId"));
        assertFalse(inDriftList(Api.token(controller1()), id), "a registered prospect drifts no more");
        SourceRegistrationIT.assertProblem(Api.post(officer, "sources", body.replace("ALBATROSS", "ALBATROSS-2")), 409,
                "registered twice");
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"method\":\"CALL\"}"), 409, "contact after registration");
    }

    @Test
    void endingContactClosesTheProspectWithItsReasonAndItDriftsAndTakesNothingMore() throws SQLException {
        String officer = Api.token(officer1());
        String id = prospect(officer, "Tiburcio at the scales", copper());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = COUNT - 1; i >= 0; i--) {
            contact(officer, id, today.minusDays(i));
        }
        assertTrue(inDriftList(Api.token(controller1()), id), "drifted before it is closed");

        // bad input and the wrong people: nothing changes
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/closure", "{}"), 400, "no reason");
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/closure", "{\"reason\":\"BORED\"}"), 400,
                "unknown reason");
        assertEquals(403, Api.post(Api.token(reviewer1()), "prospects/" + id + "/closure",
                "{\"reason\":\"UNSUITABLE\"}").status(), "a reviewer reads, never closes");
        assertEquals(404, Api.post(Api.token(officer2()), "prospects/" + id + "/closure",
                "{\"reason\":\"UNSUITABLE\"}").status(), (officer2() + " lacks " + copper() + ": as a missing prospect"));
        assertEquals(404, Api.post(officer, "prospects/not-an-id/closure", "{\"reason\":\"UNSUITABLE\"}").status());
        assertEquals("OPEN", Api.get(officer, "prospects/" + id).json().getString("status"));

        Api.Reply closed = Api.post(Api.token(controller1()), "prospects/" + id + "/closure", "{\"reason\":\"UNSUITABLE\"}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals("UNSUITABLE", closed.json().getString("closureReason"));
        assertFalse(closed.json().getBoolean("statusDrift"), "a closed prospect is not drifting");
        assertFalse(inDriftList(Api.token(controller1()), id), "and leaves the drift list");

        Api.Reply again = Api.post(officer, "prospects/" + id + "/closure", "{\"reason\":\"NOT_PURSUED\"}");
        SourceRegistrationIT.assertProblem(again, 409, "closed twice");
        assertTrue(again.json().getString("detail").contains("UNSUITABLE"), again.body());
        long contacts = Rows.count("prospect_contact");
        SourceRegistrationIT.assertProblem(Api.post(officer, "prospects/" + id + "/contacts",
                "{\"contactOn\":\"" + today + "\",\"method\":\"CALL\"}"), 409, "no contact after closure");
        assertEquals(contacts, Rows.count("prospect_contact"));
        String body = Api.registration("CORMORANT", copper(), "Tiburcio Closedprospect", "1980-01-01", "+1 555 010 3030")
                .replace("}", ",\"prospectId\":\"" + id + "\"}");
        long sources = Rows.count("source");
        SourceRegistrationIT.assertProblem(Api.post(officer, "sources", body), 409, "no registration from a closed prospect");
        assertEquals(sources, Rows.count("source"), "the refused registration wrote nothing");
        assertTrue(Rows.dump("audit_event").contains("PROSPECT_CLOSED"));
    }

    @Test
    void aProspectIsListedToItsCompartmentOnly() {
        String officer = Api.token(officer1());
        String name = "Truck driver at the Mariposa lot " + Cast.suffix();
        String id = prospect(officer, name, copper());
        contact(officer, id, LocalDate.now(ZoneOffset.UTC).minusDays(20));
        Api.Reply r = Api.get(officer, "prospects");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains(name), r.body());
        assertFalse(Api.get(Api.token(officer2()), "prospects").body().contains("Mariposa"), ("a " + copper() + " prospect"));
    }

    @Test
    void oneProspectFailingItsIntegrityCheckDoesNotTakeTheListDown() throws SQLException {
        String officer = Api.token(officer1());
        String good = prospect(officer, "Intact prospect " + UUID.randomUUID().toString().substring(0, 6), copper());
        String bad = prospect(officer, "Tampered prospect " + UUID.randomUUID().toString().substring(0, 6), copper());
        byte[] original;
        try (java.sql.Connection c = Stand.current().rootConnection()) {
            try (var s = c.prepareStatement("SELECT working_name FROM prospect WHERE id = ?")) {
                s.setString(1, bad);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    original = rs.getBytes(1);
                }
            }
            byte[] flipped = original.clone();
            flipped[flipped.length - 1] ^= 1; // one bit of the tag
            update(c, bad, flipped);
            try {
                Api.Reply list = Api.get(officer, "prospects");
                assertEquals(200, list.status(), list.body());
                var lines = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray();
                JsonObject tampered = lines.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("id").equals(bad))
                        .findFirst().orElseThrow();
                JsonObject intact = lines.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("id").equals(good))
                        .findFirst().orElseThrow();
                assertFalse(tampered.containsKey("workingName") && !tampered.isNull("workingName"), "shown without its name: " + tampered);
                assertTrue(intact.getString("workingName").startsWith("Intact prospect"), "the others keep theirs");
                SourceRegistrationIT.assertProblem(Api.get(officer, "prospects/" + bad), 409, "integrity");
            } finally {
                update(c, bad, original);
            }
        }
        assertEquals(200, Api.get(officer, "prospects/" + bad).status(), "readable again once restored");
    }

    private static void update(java.sql.Connection c, String id, byte[] workingName) throws SQLException {
        try (var s = c.prepareStatement("UPDATE prospect SET working_name = ? WHERE id = ?")) {
            s.setBytes(1, workingName);
            s.setString(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }
}
