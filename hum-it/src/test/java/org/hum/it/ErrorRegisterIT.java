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
import java.util.ArrayList;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error register (docs/domain.md, "Oversight"): the deadline for reporting a relevant error is
 * ten working days (the rule profile's figure), skipping the weekends and the stand's two public
 * holidays (2030-12-25 and 2031-01-01); the error is on the due lists the day before, on and after
 * its deadline, and leaves them once reported; reporting and closing are recorded; only reviewers
 * may use it; a file they may not see hides its errors.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ErrorRegisterIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @AfterEach
    void clockBack() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    @Test
    void theDeadlineCountsTenWorkingDaysPastTheWeekendsAndTheHolidaysAndTheDueListsFollowIt() throws Exception {
        String reviewer = Api.token(reviewer1());
        String kestrel = Cast.source("KESTREL").id();
        moveClock("2030-12-19T10:00:00Z"); // a Thursday
        Api.Reply recorded = Api.post(reviewer, "oversight/errors", error(kestrel, "LAPSED_AUTHORISATION_USED", "2030-12-19"));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject e = recorded.json();
        String id = e.getString("id");
        // Fri 20, Mon 23, Tue 24, (Wed 25 a holiday), Thu 26, Fri 27, Mon 30, Tue 31, (Wed 1 a holiday), Thu 2, Fri 3, Mon 6
        assertEquals("2031-01-06", e.getString("reportDueOn"), "without the two holidays it would be 2031-01-02");
        assertEquals(10, e.getInt("workingDays"));
        assertEquals("OPEN", e.getString("status"));
        assertFalse(e.getBoolean("overdue"));
        assertEquals("The authorisation had lapsed on 2030-12-01 and the source was tasked on 2030-12-15",
                e.getString("description"), "what happened reads back for a reviewer");
        assertTrue(recorded.header("Location").endsWith("/oversight/errors/" + id));

        moveClock("2031-01-02T10:00:00Z"); // the day it would be due without holidays
        assertEquals(List.of("dueSoon:2031-01-06"), lines(reviewer, id));
        moveClock("2031-01-03T10:00:00Z"); // the working day before
        assertEquals(List.of("dueSoon:2031-01-06"), lines(reviewer, id));
        moveClock("2031-01-06T10:00:00Z");
        assertEquals(List.of("dueToday:2031-01-06"), lines(reviewer, id));
        assertFalse(Api.get(reviewer, "oversight/errors/" + id).json().getBoolean("overdue"));
        moveClock("2031-01-07T10:00:00Z");
        assertEquals(List.of("overdue:2031-01-06"), lines(reviewer, id));
        assertTrue(Api.get(reviewer, "oversight/errors/" + id).json().getBoolean("overdue"));

        Api.Reply early = Api.post(reviewer, "oversight/errors/" + id + "/closure", "{\"note\":\"Retrained the handler\"}");
        assertEquals(409, early.status(), early.body());
        assertEquals("error.not-reported", early.json().getString("rule"));

        Api.Reply reported = Api.post(reviewer, "oversight/errors/" + id + "/report",
                "{\"reportedOn\":\"2031-01-07\",\"reference\":\"IPCO/2031/0042\"}");
        assertEquals(200, reported.status(), reported.body());
        assertEquals("REPORTED", reported.json().getString("status"));
        assertFalse(reported.json().getBoolean("overdue"), "reported, if late: no longer overdue");
        assertEquals(reviewer1(), reported.json().getString("reportedBy"));
        moveClock("2031-01-07T11:00:00Z"); // recomputes the due lists
        assertEquals(List.of(), lines(reviewer, id), "reported: off the due lists");
        Api.Reply twice = Api.post(reviewer, "oversight/errors/" + id + "/report", "{\"reportedOn\":\"2031-01-07\"}");
        assertEquals(409, twice.status());

        Api.Reply closed = Api.post(reviewer, "oversight/errors/" + id + "/closure",
                "{\"note\":\"Handler retrained; authorisation renewed before any further tasking\"}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals("Handler retrained; authorisation renewed before any further tasking", closed.json().getString("closingNote"));
        assertTrue(Api.get(reviewer, "oversight/errors?status=CLOSED").body().contains(id), "listed among the closed");
        assertFalse(Api.get(reviewer, "oversight/errors?status=OPEN").body().contains(id), "and not among the open");

        assertEquals(List.of("RELEVANT_ERROR_RECORDED", "RELEVANT_ERROR_REPORTED", "RELEVANT_ERROR_CLOSED"), audited(id));
        // the texts are stored encrypted, not as written
        assertFalse(Rows.dump("relevant_error").contains("Handler retrained"), "the closing note is not in the table in the clear");
        assertFalse(Rows.dump("relevant_error").contains("tasked on 2030-12-15"), "nor the description");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String reviewer = Api.token(reviewer1());
        String kestrel = Cast.source("KESTREL").id();
        long before = Rows.count("relevant_error");
        assertField(Api.post(reviewer, "oversight/errors", error(kestrel, "NOT_A_KIND", "2026-01-01")), 400, null);
        assertField(Api.post(reviewer, "oversight/errors", error(kestrel, "OTHER", "2999-01-01")), 400, "foundOn");
        assertField(Api.post(reviewer, "oversight/errors", error(kestrel, "OTHER", "2000-01-01")), 400, "foundOn");
        assertField(Api.post(reviewer, "oversight/errors", "{\"sourceId\":\"" + kestrel + "\",\"kind\":\"OTHER\",\"foundOn\":\""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}"), 400, "description");
        assertField(Api.get(reviewer, "oversight/errors?status=LOST"), 400, "status");
        assertEquals(404, Api.post(reviewer, "oversight/errors", error("00000000-0000-0000-0000-000000000000", "OTHER",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())).status());
        assertEquals(before, Rows.count("relevant_error"), "nothing written");
    }

    @Test
    void onlyReviewersUseTheRegisterAndAFileTheyMayNotSeeHidesItsErrors() {
        String reviewer = Api.token(reviewer1());
        String sparrow = Cast.source("SPARROW").id(); // MESA
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Api.Reply r = Api.post(reviewer, "oversight/errors", error(sparrow, "PAYMENT_RULE_BROKEN", today));
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        for (String other : List.of(controller1(), officer2(), admin1())) {
            assertEquals(403, Api.get(Api.token(other), "oversight/errors").status(), other);
            assertEquals(403, Api.post(Api.token(other), "oversight/errors", error(sparrow, "OTHER", today)).status(), other);
        }
        // a second reviewer cleared for COPPER only: SPARROW's error is as missing as an id that never was
        String copperOnly = "reviewer-copper-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        assertEquals(201, AdminApi.createUser(Cast.adminToken(), copperOnly, "SECRET", List.of("COMPLIANCE_REVIEWER"),
                List.of(Cast.copper()), Cast.password()).status());
        String narrow = Api.token(copperOnly);
        Api.Reply hidden = Api.get(narrow, "oversight/errors/" + id);
        Api.Reply missing = Api.get(narrow, "oversight/errors/" + java.util.UUID.randomUUID());
        assertEquals(404, hidden.status());
        assertEquals(404, missing.status());
        assertEquals(missing.json().getString("detail"), hidden.json().getString("detail"), "the same answer for both");
        assertFalse(Api.get(narrow, "oversight/errors").body().contains(id), "not listed either");
        assertTrue(Api.get(reviewer, "oversight/errors?status=OPEN").body().contains(id), "the reviewer cleared for MESA sees it");
    }

    private static String error(String sourceId, String kind, String foundOn) {
        return Json.createObjectBuilder().add("sourceId", sourceId).add("kind", kind).add("foundOn", foundOn)
                .add("description", "The authorisation had lapsed on 2030-12-01 and the source was tasked on 2030-12-15")
                .build().toString();
    }

    private static void assertField(Api.Reply r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        if (field != null) {
            assertTrue(r.body().contains("\"" + field + "\""), "names " + field + ": " + r.body());
        }
    }

    private static void moveClock(String instant) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + instant + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    /** The error's lines on the reviewer's due lists, as list:dueOn. */
    private static List<String> lines(String token, String errorId) {
        JsonObject d = DueListPages.whole(token);
        List<String> found = new ArrayList<>();
        for (String list : List.of("overdue", "dueToday", "dueSoon")) {
            d.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .filter(l -> errorId.equals(l.getString("objectId", null)) && "ERROR_REPORT_DUE".equals(l.getString("kind")))
                    .forEach(l -> found.add(list + ":" + l.getString("dueOn")));
        }
        return found;
    }

    private static List<String> audited(String errorId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (var c = Stand.current().rootConnection();
             var s = c.prepareStatement("SELECT action FROM " + Stand.DATABASE + ".audit_event WHERE object_id = ? ORDER BY seq")) {
            s.setString(1, errorId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        actions.removeIf(a -> a.equals("RELEVANT_ERROR_READ"));
        return actions;
    }
}
