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
import java.sql.SQLException;
import java.time.Instant;
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
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lifecycle (docs/domain.md, "Lifecycle") end to end over REST, with the real features and the right people:
 * registration, the validation and authorisation a use needs, instructions, an OIA
 * authorisation, deactivation (which revokes the OIA at once) and reactivation after a closure
 * for cause; special categories needing a senior approver; the rule clock moved across the
 * authorisation's end and the periodic validation's due day; and the UK profile taking effect
 * on the next request. Every refusal is checked for its status, its rule and that nothing was
 * written.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class LifecycleIT {
    /** The tables a refused lifecycle step might write to. */
    private static final List<String> TABLES = List.of("source", "validation", "validation_conclusion", "authorisation",
            "authorisation_review", "oia_authorisation", "oia_notification", "source_instructions",
            "source_status_change", "source_reactivation_request", "source_grade");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    // ---- steps, as the people who take them call them ----

    static String register(String prefix, LocalDate dateOfBirth, String... categories) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var cats = Json.createArrayBuilder();
        for (String c : categories) {
            cats.add(c);
        }
        JsonObject base = Json.createReader(new java.io.StringReader(Api.registration(code, copper(),
                "Lifecycle Subject " + code, dateOfBirth.toString(), "+1 520 555 0144"))).readObject();
        String body = Json.createObjectBuilder(base)
                .add("particulars", Json.createObjectBuilder().add("specialCategories", cats)).build().toString();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", body);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static String adult() {
        return today().minusYears(35).toString();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Findings by the handler (officer1), a "suitable" conclusion by controller1. */
    static void validate(String sourceId) {
        Api.Reply f = Api.post(Api.token(officer1()), "sources/" + sourceId + "/validations",
                ValidationIT.findings("Passport sighted and checked against the issuing registry"));
        assertEquals(201, f.status(), f.body());
        assertEquals("INITIAL", f.json().getString("kind"));
        Api.Reply c = Api.post(Api.token(controller1()), "sources/" + sourceId + "/validations/"
                + f.json().getString("id") + "/conclusion", ValidationIT.conclusion(true, "Access corroborated by seizures"));
        assertEquals(201, c.status(), c.body());
        assertTrue(c.json().getJsonObject("conclusion").getBoolean("suitable"));
    }

    static String apply(String sourceId) {
        Api.Reply r = Api.post(Api.token(officer1()), "sources/" + sourceId + "/authorisations",
                AuthorisationIT.application("STANDARD"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static Api.Reply grant(String user, String authorisationId) {
        return Api.post(Api.token(user), "authorisations/" + authorisationId + "/grant",
                "{\"risksExplainedAndUnderstood\":true}");
    }

    static void instruct(String sourceId) {
        Api.Reply r = Api.post(Api.token(officer1()), "sources/" + sourceId + "/instructions",
                ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}"));
        assertEquals(201, r.status(), r.body());
        assertEquals(controller1(), r.json().getString("witness"));
    }

    static String oia(LocalDate starts, LocalDate ends) {
        return Json.createObjectBuilder()
                .add("conduct", "Accompany the courier to the Mariposa warehouse and load the marked pallets only.")
                .add("startsOn", starts.toString()).add("endsOn", ends.toString()).build().toString();
    }

    static Api.Reply grantOia(String sourceId, LocalDate starts, LocalDate ends) {
        return Api.post(Api.token(authoriser1()), "sources/" + sourceId + "/oia", oia(starts, ends));
    }

    /** A source ready for use: registered, validated, authorised (granted by authoriser1), instructed. */
    static Ready ready(String prefix) {
        String id = register(prefix, LocalDate.parse(adult()));
        validate(id);
        String authorisation = apply(id);
        Api.Reply g = grant(authoriser1(), authorisation);
        assertEquals(200, g.status(), g.body());
        instruct(id);
        return new Ready(id, authorisation, Instant.parse(g.json().getString("endsAt")));
    }

    record Ready(String sourceId, String authorisationId, Instant authorisationEnds) {
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
        assertTrue(r.body().contains("\"rule\""), "a refusal names its rule: " + r.body());
        assertEquals(rule, r.json().getString("rule"), r.body());
        assertTrue(r.json().getString("remedy").length() > 5, r.body());
        assertEquals(before, counts(), "a refusal writes nothing");
    }

    static void moveClock(Instant to) {
        Api.Reply r = Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + to + "\"}")));
        assertEquals(200, r.status(), r.body());
    }

    /**
     * The file deactivated by officer1 tomorrow and reactivated the day after, by the rule clock
     * (left moved: the caller resets it): the day it was not active.
     */
    static LocalDate awayForADay(String sourceId) {
        Instant now = Instant.now();
        moveClock(now.plus(1, java.time.temporal.ChronoUnit.DAYS));
        Api.Reply d = Api.post(Api.token(officer1()), "sources/" + sourceId + "/deactivation",
                "{\"reason\":\"Travelling\",\"forCause\":false,\"sourceTold\":true}");
        assertEquals(200, d.status(), d.body());
        moveClock(now.plus(2, java.time.temporal.ChronoUnit.DAYS));
        Api.Reply r = Api.post(Api.token(officer1()), "sources/" + sourceId + "/reactivation", "{\"reason\":\"Back\"}");
        assertEquals(200, r.status(), r.body());
        return today().plusDays(1);
    }

    static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }

    static JsonObject oiaOf(String sourceId, String oiaId) {
        Api.Reply r = Api.get(Api.token(reviewer1()), "sources/" + sourceId + "/authorisations");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("oia").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("id").equals(oiaId)).findFirst().orElseThrow();
    }

    // ---- the journey ----

    @Test
    void oneSourceWalkedThroughTheWholeLifecycleByTheRightPeople() throws SQLException {
        LocalDate today = today();
        String id = register("LC-WALK", LocalDate.parse(adult()));
        assertEquals("ACTIVE", Api.get(Api.token(officer1()), "sources/" + id + "/standing").json().getString("status"));

        // freshly registered: no OIA, for want of the initial validation first of all
        var before = counts();
        Api.Reply r = grantOia(id, today, today.plusDays(30));
        refused(before, r, 409, "validation.initial");
        assertTrue(r.json().getString("detail").contains("authorisation.current"), "the detail names every rule broken");
        assertTrue(r.json().getString("detail").contains("instructions.acknowledged"), r.body());
        // nor an authorisation
        String early = apply(id);
        before = counts();
        refused(before, grant(authoriser1(), early), 409, "validation.initial");
        assertEquals("APPLIED", Api.get(Api.token(officer1()), "authorisations/" + early).json().getString("status"));
        assertEquals(200, Api.post(Api.token(authoriser2()), "authorisations/" + early + "/refusal",
                reason("Not validated yet.")).status());

        // the handler may not conclude their own source's validation
        Api.Reply f = Api.post(Api.token(officer1()), "sources/" + id + "/validations",
                ValidationIT.findings("Passport sighted and checked against the issuing registry"));
        assertEquals(201, f.status(), f.body());
        assertEquals(403, Api.post(Api.token(officer1()), "sources/" + id + "/validations/" + f.json().getString("id")
                + "/conclusion", ValidationIT.conclusion(true, "mine")).status());
        Api.Reply c = Api.post(Api.token(controller1()), "sources/" + id + "/validations/" + f.json().getString("id")
                + "/conclusion", ValidationIT.conclusion(true, "Access corroborated by two seizures"));
        assertEquals(201, c.status(), c.body());

        // validated, not authorised: the OIA now fails on the authorisation
        before = counts();
        refused(before, grantOia(id, today, today.plusDays(30)), 409, "authorisation.current");

        String authorisation = apply(id);
        Api.Reply g = grant(authoriser1(), authorisation);
        assertEquals(200, g.status(), g.body());
        assertEquals("GRANTED", g.json().getString("status"));
        assertEquals(authoriser1(), g.json().getString("decidedBy"));
        Instant ends = Instant.parse(g.json().getString("endsAt"));
        assertEquals(Instant.parse(g.json().getString("decidedAt")).atZone(ZoneOffset.UTC).plusMonths(12).toInstant(), ends,
                "12 months from the grant, computed");

        // authorised, not instructed
        before = counts();
        refused(before, grantOia(id, today, today.plusDays(30)), 409, "instructions.acknowledged");

        // instructions: before another person, acknowledged
        before = counts();
        refused(before, Api.post(Api.token(officer1()), "sources/" + id + "/instructions",
                ("{\"witness\":\"" + officer1() + "\",\"sourceAcknowledged\":true}")), 422, "witness.another-person");
        instruct(id);

        // an OIA: prospective, at most 90 days (both days counted)
        before = counts();
        refused(before, grantOia(id, today.minusDays(1), today.plusDays(10)), 422, "oia.prospective");
        refused(before, grantOia(id, today, today.plusDays(90)), 422, "oia.max-duration");
        Api.Reply granted = grantOia(id, today, today.plusDays(89));
        assertEquals(201, granted.status(), granted.body());
        String oiaId = granted.json().getString("id");
        assertEquals("GRANTED", granted.json().getString("status"));
        assertTrue(granted.json().getBoolean("inForce"));
        assertEquals(0, granted.json().getJsonArray("notifications").size(), "the US profile owes no notification");
        Api.Reply ack = Api.post(Api.token(officer1()), "oia/" + oiaId + "/acknowledgment",
                ("{\"witness\":\"" + controller1() + "\",\"sourceAcknowledged\":true}"));
        assertEquals(200, ack.status(), ack.body());
        assertFalse(Api.isNull(ack.json(), "acknowledgedAt"));

        // deactivation for cause: at once, and the OIA is revoked in the same step
        Api.Reply d = Api.post(Api.token(officer1()), "sources/" + id + "/deactivation", Json.createObjectBuilder()
                .add("reason", "Lied about a meeting").add("forCause", true).add("sourceTold", true).build().toString());
        assertEquals(200, d.status(), d.body());
        assertEquals("CLOSED_FOR_CAUSE", d.json().getString("status"));
        JsonObject revoked = oiaOf(id, oiaId);
        assertEquals("REVOKED", revoked.getString("status"));
        assertFalse(revoked.getBoolean("inForce"));
        assertFalse(Api.isNull(revoked, "endedAt"));

        // no new OIA, no authorisation for a source that is not active
        before = counts();
        refused(before, grantOia(id, today, today.plusDays(10)), 409, "source.active");
        Api.Reply cancelled = Api.post(Api.token(authoriser1()), "authorisations/" + authorisation + "/cancellation",
                reason("Source closed for cause."));
        assertEquals(200, cancelled.status(), cancelled.body());
        String again = apply(id);
        before = counts();
        refused(before, grant(authoriser1(), again), 409, "source.active");
        assertEquals("APPLIED", Api.get(Api.token(officer1()), "authorisations/" + again).json().getString("status"));

        // reopening after cause: a request, then a senior approval (authoriser2 is not senior)
        Api.Reply req = Api.post(Api.token(officer1()), "sources/" + id + "/reactivation", reason("Explained the meeting"));
        assertEquals(202, req.status(), req.body());
        assertEquals("CLOSED_FOR_CAUSE", req.json().getString("status"));
        before = counts();
        Api.Reply notSenior = Api.post(Api.token(authoriser2()), "sources/" + id + "/reactivation/approval",
                reason("Fine by me"));
        refused(before, notSenior, 409, "standing.senior-approver");
        assertTrue(notSenior.json().getString("detail").contains("senior"), notSenior.body());
        assertEquals("CLOSED_FOR_CAUSE", Api.get(Api.token(officer1()), "sources/" + id + "/standing").json()
                .getString("status"));
        Api.Reply approved = Api.post(Api.token(authoriser1()), "sources/" + id + "/reactivation/approval",
                reason("Explanation checked"));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("ACTIVE", approved.json().getString("status"));
        // active again: the pending application may now be granted; the revoked OIA stays revoked
        assertEquals(200, grant(authoriser1(), again).status());
        assertEquals("REVOKED", oiaOf(id, oiaId).getString("status"));
    }

    @Test
    void aSpecialCategorySourceNeedsASeniorAuthoriser() throws SQLException {
        String id = register("LC-VULN", LocalDate.parse(adult()), "VULNERABLE");
        validate(id);
        String a = apply(id);
        var before = counts();
        refused(before, grant(authoriser2(), a), 409, "authorisation.senior-approver");
        assertEquals("APPLIED", Api.get(Api.token(officer1()), "authorisations/" + a).json().getString("status"));
        Api.Reply g = grant(authoriser1(), a);
        assertEquals(200, g.status(), g.body());
        assertEquals("GRANTED", g.json().getString("status"));
    }

    @Test
    void aJuvenileUnderSixteenNeedsASeniorAuthoriserAndGetsTheShorterClocks() throws SQLException {
        // fifteen years old by the rule clock's today (the clock is not moved here)
        String id = register("LC-JUV", today().minusYears(15).minusDays(10));
        validate(id);
        String a = apply(id);
        var before = counts();
        refused(before, grant(authoriser2(), a), 409, "authorisation.senior-approver");
        Api.Reply g = grant(authoriser1(), a);
        assertEquals(200, g.status(), g.body());
        Instant decided = Instant.parse(g.json().getString("decidedAt"));
        assertEquals(decided.atZone(ZoneOffset.UTC).plusMonths(4).toInstant(), Instant.parse(g.json().getString("endsAt")),
                "a juvenile's authorisation lasts 4 months");
        assertEquals(LocalDate.ofInstant(decided, ZoneOffset.UTC).plusMonths(1).toString(),
                g.json().getString("nextReviewDue"), "reviewed monthly");
        // the contact hard stop for a juvenile under 16: ContactReportIT, over the contact-report endpoint
    }

    @Test
    void pastTheAuthorisationsEndAndPastThePeriodicValidationTheUseIsRefused() throws SQLException {
        LocalDate today = today();
        // the rule clock reads noon first: granted late in the UTC day, the authorisation would end late
        // in the day a year on, an hour past its end would be the next day, and the periodic validation
        // (due on the anniversary) would already be overdue and lead the refusal
        moveClock(today.atTime(12, 0).toInstant(ZoneOffset.UTC));
        try {
            Ready s = ready("LC-CLOCK");
            Instant end = s.authorisationEnds();
            Instant justAfter = end.plusSeconds(3600);
            LocalDate endDay = LocalDate.ofInstant(justAfter, ZoneOffset.UTC);
            moveClock(end.minusSeconds(3600));
            LocalDate dayBefore = LocalDate.ofInstant(end.minusSeconds(3600), ZoneOffset.UTC);
            Api.Reply stillOk = grantOia(s.sourceId(), dayBefore, dayBefore);
            assertEquals(201, stillOk.status(), "an hour before the end the authorisation is in force: " + stillOk.body());

            moveClock(justAfter);
            var before = counts();
            refused(before, grantOia(s.sourceId(), endDay, endDay.plusDays(5)), 409, "authorisation.current");
            // an ended authorisation cannot be renewed: a new one must be applied for
            refused(before, Api.post(Api.token(authoriser1()), "authorisations/" + s.authorisationId() + "/renewal", "{}"),
                    409, "authorisation.renewal-in-force");
            JsonObject a = Api.get(Api.token(officer1()), "authorisations/" + s.authorisationId()).json();
            assertFalse(a.getBoolean("inForce"));

            // the periodic validation fell due a year after the conclusion (today); overdue the day after
            LocalDate due = today.plusYears(1);
            moveClock(due.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
            before = counts();
            Api.Reply r = grantOia(s.sourceId(), due.plusDays(1), due.plusDays(5));
            refused(before, r, 409, "validation.periodic");
            assertTrue(r.json().getString("detail").contains("authorisation.current"), r.body());
            JsonObject standing = Api.get(Api.token(officer1()), "sources/" + s.sourceId() + "/validations").json()
                    .getJsonObject("standing");
            assertTrue(standing.getBoolean("validationOverdue"), standing.toString());
        } finally {
            resetClock();
        }
    }

    @Test
    void theUkProfileTakesEffectOnTheNextRequest() throws SQLException {
        Ready s = ready("LC-UK");
        String admin = Api.token(admin1());
        JsonObject saved = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        assertEquals("US_FEDERAL", saved.getString("profile"));
        try {
            assertEquals(List.of("A", "B", "C", "D", "E", "F"), codes(Api.get(Api.token(officer1()), "grading").json()));
            Api.Reply uk = putProfile(admin, "{\"profile\":\"UK\"}");
            assertEquals(200, uk.status(), uk.body());

            // grading switches to 3x5x2 on the very next request
            assertEquals(List.of("1", "2", "3"), codes(Api.get(Api.token(officer1()), "grading").json()));
            var before = counts();
            Api.Reply nato = Api.post(Api.token(officer1()), "sources/" + s.sourceId() + "/grades",
                    "{\"grade\":\"A\",\"reason\":\"Corroborated twice\"}");
            assertEquals(400, nato.status(), nato.body());
            assertEquals(before, counts());
            Api.Reply graded = Api.post(Api.token(officer1()), "sources/" + s.sourceId() + "/grades",
                    "{\"grade\":\"1\",\"reason\":\"Corroborated twice\"}");
            assertEquals(201, graded.status(), graded.body());

            // an OIA now owes a notification within 7 days of the grant
            LocalDate today = today();
            Api.Reply o = grantOia(s.sourceId(), today, today.plusDays(20));
            assertEquals(201, o.status(), o.body());
            assertEquals(1, o.json().getJsonArray("notifications").size(), o.body());
            JsonObject n = o.json().getJsonArray("notifications").getJsonObject(0);
            assertEquals("GRANT", n.getString("occasion"));
            assertEquals(today.plusDays(7).toString(), n.getString("dueOn"));
        } finally {
            Api.Reply back = putProfile(admin, saved.toString());
            assertEquals(200, back.status(), back.body());
        }
        assertEquals("US_FEDERAL", Api.get(Api.token(officer1()), "rule-profile").json().getJsonObject("figures")
                .getString("profile"));
    }

    @Test
    void deactivationRevokesTheOiaStillToRunAndOwesItsUkNotificationButLeavesAnExpiredOneAsItWas() throws SQLException {
        Ready s = ready("LC-REVOKE");
        String admin = Api.token(admin1());
        JsonObject saved = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        LocalDate today = today();
        try {
            assertEquals(200, putProfile(admin, "{\"profile\":\"UK\"}").status());
            Api.Reply shortOne = grantOia(s.sourceId(), today, today.plusDays(2));
            Api.Reply longOne = grantOia(s.sourceId(), today, today.plusDays(30));
            assertEquals(201, shortOne.status(), shortOne.body());
            assertEquals(201, longOne.status(), longOne.body());
            LocalDate later = today.plusDays(5);
            moveClock(later.atTime(10, 0).toInstant(ZoneOffset.UTC));
            Api.Reply d = Api.post(Api.token(officer1()), "sources/" + s.sourceId() + "/deactivation",
                    Json.createObjectBuilder().add("reason", "Moved away").add("forCause", false).add("sourceTold", true)
                            .build().toString());
            assertEquals(200, d.status(), d.body());

            JsonObject expired = oiaOf(s.sourceId(), shortOne.json().getString("id"));
            assertEquals("GRANTED", expired.getString("status"), "it ran out on its own; there was nothing to revoke");
            assertFalse(expired.getBoolean("inForce"));
            assertEquals(1, expired.getJsonArray("notifications").size(), "only the grant's notification: " + expired);

            JsonObject revoked = oiaOf(s.sourceId(), longOne.json().getString("id"));
            assertEquals("REVOKED", revoked.getString("status"));
            JsonObject owed = revoked.getJsonArray("notifications").stream().map(JsonValue::asJsonObject)
                    .filter(n -> n.getString("occasion").equals("REVOCATION")).findFirst().orElseThrow();
            assertEquals(later.plusDays(7).toString(), owed.getString("dueOn"), "notified within 7 days of the revocation");
        } finally {
            resetClock();
            assertEquals(200, putProfile(admin, saved.toString()).status());
        }
    }

    @Test
    void aTunedReviewIntervalMovesTheReviewOnTheDueListAtOnce() {
        Ready s = ready("LC-TUNED");
        String admin = Api.token(admin1());
        String controller = Api.token(controller1());
        JsonObject saved = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        try {
            assertFalse(reviewLines(controller, s.sourceId()).stream().anyMatch(l -> true),
                    "a review 3 months away is not due soon");
            Api.Reply tuned = putProfile(admin, Json.createObjectBuilder(saved).add("reviewInterval", "P7D").add("juvenileReviewInterval", "P7D").build().toString());
            assertEquals(200, tuned.status(), tuned.body());
            // no clock move, no minute's wait: the committed change recomputes the due list
            List<JsonObject> lines = reviewLines(controller, s.sourceId());
            assertEquals(1, lines.size(), lines.toString());
            assertEquals(today().plusDays(7).toString(), lines.get(0).getString("dueOn"));
        } finally {
            assertEquals(200, putProfile(admin, saved.toString()).status());
        }
        assertTrue(reviewLines(controller, s.sourceId()).isEmpty(), "back to 3 months once restored");
    }

    @Test
    void aDeactivatedSourceOwesTheCancellationOfItsAuthorisationNotReviewsOrInstructions() {
        Ready s = ready("LC-REST");
        String controller = Api.token(controller1());
        Api.Reply d = Api.post(Api.token(officer1()), "sources/" + s.sourceId() + "/deactivation",
                Json.createObjectBuilder().add("reason", "No longer needed").add("forCause", false).add("sourceTold", true)
                        .build().toString());
        assertEquals(200, d.status(), d.body());
        resetClock(); // recomputes the due list now rather than within the minute
        List<String> kinds = new java.util.ArrayList<>();
        JsonObject dashboard = DueListPages.whole(controller);
        for (String list : List.of("overdue", "dueToday", "dueSoon")) {
            dashboard.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .filter(l -> s.sourceId().equals(l.getString("sourceId", null)))
                    .forEach(l -> kinds.add(list + ":" + l.getString("kind")));
        }
        assertEquals(List.of("dueToday:AUTHORISATION_CANCELLATION_DUE"), kinds, dashboard.toString());
    }

    @Test
    void theDueListsAreReadAHundredLinesAtATimeInTheirOrder() {
        Ready a = ready("LC-PAGE-A");
        Ready b = ready("LC-PAGE-B");
        String reviewer = Api.token(reviewer1());
        try {
            // both files' first reviews (three months on) are overdue a month later
            moveClock(java.time.Instant.now().plus(125, java.time.temporal.ChronoUnit.DAYS));
            JsonObject first = Api.get(reviewer, "dashboard").json();
            JsonObject count = first.getJsonObject("dueCounts").getJsonObject("OVERDUE");
            int shown = first.getJsonArray("overdue").size();
            assertEquals(0, count.getInt("from"));
            assertTrue(count.getInt("total") >= 2, count.toString());
            assertEquals(Math.min(100, count.getInt("total")), shown, "a hundred lines at most, the rest counted");
            JsonObject whole = DueListPages.whole(reviewer);
            List<String> all = whole.getJsonArray("overdue").stream().map(v -> v.asJsonObject().toString()).toList();
            assertEquals(count.getInt("total"), all.size(), "the pages hold every line once");
            assertEquals(all.size(), new java.util.HashSet<>(all).size());
            for (String file : List.of(a.sourceId(), b.sourceId())) {
                assertTrue(all.stream().anyMatch(l -> l.contains(file) && l.contains("AUTHORISATION_REVIEW_DUE")), file);
            }
            JsonObject second = Api.get(reviewer, "dashboard?section=OVERDUE&from=1").json();
            assertEquals(1, second.getJsonObject("dueCounts").getJsonObject("OVERDUE").getInt("from"));
            assertEquals(all.subList(1, Math.min(all.size(), 101)),
                    second.getJsonArray("overdue").stream().map(v -> v.asJsonObject().toString()).toList(),
                    "a later page continues the same order");
            assertEquals(first.getJsonArray("dueSoon"), second.getJsonArray("dueSoon"), "the other lists from their first line");
            for (String bad : List.of("section=OVERDUE&from=-1", "section=OVERDUE&from=x", "section=LATE&from=0")) {
                Api.Reply r = Api.get(reviewer, "dashboard?" + bad);
                assertEquals(400, r.status(), bad + ": " + r.body());
            }
        } finally {
            resetClock();
        }
    }

    private static List<JsonObject> reviewLines(String token, String sourceId) {
        JsonObject d = DueListPages.whole(token);
        List<JsonObject> lines = new java.util.ArrayList<>();
        for (String list : List.of("overdue", "dueToday", "dueSoon")) {
            d.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                    .filter(l -> sourceId.equals(l.getString("sourceId", null)))
                    .filter(l -> l.getString("kind").equals("AUTHORISATION_REVIEW_DUE")).forEach(lines::add);
        }
        return lines;
    }

    private static Api.Reply putProfile(String admin, String json) {
        return Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> codes(JsonObject vocabulary) {
        return vocabulary.getJsonArray("sourceReliability").stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
    }
}
