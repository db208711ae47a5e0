package org.hum.it;

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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compliance reviewer's dashboard lists (docs/performance.md, "The dashboards' due lists,
 * paged and counted in SQL"): open taskings outside an authorisation, contacts without a report
 * and payments to sources that were not active are pages found and counted in SQL. One test holds
 * the list of taskings to its rule (inside, beyond and without an authorisation, issued with none);
 * the other counts the statements of the reviewer's dashboard and of each list's page before and
 * after {@value #MORE} more lines of each kind: the counts must be equal. Other classes add lines
 * to the same lists: only statements are compared, and only this class's own lines looked for.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ComplianceDashboardIT {
    static final String OUTSIDE = "TASKINGS_OUTSIDE_AUTHORISATION";
    static final String WITHOUT_REPORT = "CONTACTS_WITHOUT_REPORT";
    static final String INACTIVE = "PAYMENTS_TO_INACTIVE_SOURCES";
    private static final int FEW = 3;
    private static final int MORE = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    @Test
    void theListOfTaskingsOutsideAnAuthorisationIsItsRuleFoundInSql() throws SQLException {
        var held = LifecycleIT.ready("CD-RULE");
        String req = RequirementIT.create(copper(), "HIGH");
        LocalDate due = TaskingIT.today().plusDays(20);
        String inside = issued(held.sourceId(), req, due);
        String beyond = issued(held.sourceId(), req, due);
        update("UPDATE tasking SET activities = 'REPORT_OBSERVED,CONTROLLED_PURCHASE' WHERE id = ?", beyond);
        String issuedWithNone = issued(held.sourceId(), req, due);
        update("UPDATE tasking SET authorisation_id = NULL WHERE id = ?", issuedWithNone);
        // covered by an activity the authorisation names beside the base set, stored as the feature stores them
        String coveredByNamed = issued(held.sourceId(), req, due);
        update("UPDATE authorisation SET activities = 'CONSENSUAL_RECORDING,CROSS_BORDER_TRAVEL' WHERE id = ?",
                held.authorisationId());
        update("UPDATE tasking SET activities = 'ELICIT_INFORMATION,CROSS_BORDER_TRAVEL' WHERE id = ?", coveredByNamed);
        String draft = created(held.sourceId(), req, due, false);

        var cancelled = LifecycleIT.ready("CD-NONE");
        String withoutAuthorisation = issued(cancelled.sourceId(), req, due);
        String draftWithout = created(cancelled.sourceId(), req, due, false);
        Api.Reply c = Api.post(Api.token(authoriser1()), "authorisations/" + cancelled.authorisationId() + "/cancellation",
                LifecycleIT.reason("Use no longer needed"));
        assertEquals(200, c.status(), c.body());

        Set<String> mine = Set.of(inside, beyond, issuedWithNone, coveredByNamed, draft, withoutAuthorisation, draftWithout);
        Map<String, JsonObject> listed = whole(reviewer1(), OUTSIDE).stream().filter(e -> mine.contains(e.getString("objectId")))
                .collect(Collectors.toMap(e -> e.getString("objectId"), e -> e));
        assertEquals(Set.of(beyond, issuedWithNone, withoutAuthorisation), listed.keySet(), listed.toString());
        assertTrue(listed.get(beyond).getString("summary").endsWith("asks for [CONTROLLED_PURCHASE] beyond the authorisation"),
                listed.get(beyond).toString());
        assertTrue(listed.get(issuedWithNone).getString("summary").endsWith("issued when no authorisation was in force"));
        assertTrue(listed.get(withoutAuthorisation).getString("summary").endsWith("no authorisation in force"));
        for (JsonObject e : listed.values()) {
            assertEquals("TASKING_OUTSIDE_AUTHORISATION", e.getString("kind"));
        }
        // the view's own test agrees where it applies (an authorisation in force covering every activity)
        assertTrue(view(inside).getBoolean("withinAuthorisation"));
        assertTrue(view(coveredByNamed).getBoolean("withinAuthorisation"));
        assertFalse(view(beyond).getBoolean("withinAuthorisation"));
        assertFalse(view(withoutAuthorisation).getBoolean("withinAuthorisation"));
    }

    @Test
    void theReviewersDashboardCostsTheSameStatementsWithMoreLinesInItsLists() throws Exception {
        // payments approved while the file is active, paid (by the day) while it was not
        String paying = LifecycleIT.ready("CD-PAY").sourceId();
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < FEW + MORE; i++) {
            approved.add(PaymentSteps.approved(paying, "7.00"));
        }
        Instant now = Instant.now();
        LocalDate inactiveDay = LifecycleIT.awayForADay(paying);
        pay(approved.subList(0, FEW), inactiveDay);
        resetClock();

        String tasked = LifecycleIT.ready("CD-TASK").sourceId();
        var authorisation = authorisationOf(tasked);
        String req = RequirementIT.create(copper(), "HIGH");
        List<String> taskings = new ArrayList<>();
        for (int i = 0; i < FEW; i++) {
            taskings.add(issued(tasked, req, TaskingIT.today().plusDays(200)));
        }
        Api.Reply c = Api.post(Api.token(authoriser1()), "authorisations/" + authorisation + "/cancellation",
                LifecycleIT.reason("Use no longer needed"));
        assertEquals(200, c.status(), c.body());
        String planning = ContactReportIT.register(copper());
        List<String> plans = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        plan(planning, plans, FEW);
        draft(planning, drafts, FEW);

        Map<String, Integer> before = costs();
        assertListed(taskings, planning, plans, drafts, approved.subList(0, FEW));

        String taskedMore = LifecycleIT.ready("CD-TASK").sourceId();
        String authorisationMore = authorisationOf(taskedMore);
        for (int i = 0; i < MORE; i++) {
            taskings.add(issued(taskedMore, req, TaskingIT.today().plusDays(200)));
        }
        Api.Reply cm = Api.post(Api.token(authoriser1()), "authorisations/" + authorisationMore + "/cancellation",
                LifecycleIT.reason("Use no longer needed"));
        assertEquals(200, cm.status(), cm.body());
        plan(planning, plans, MORE);
        draft(planning, drafts, MORE);
        LifecycleIT.moveClock(now.plus(2, ChronoUnit.DAYS));
        pay(approved.subList(FEW, FEW + MORE), inactiveDay);
        resetClock();

        Map<String, Integer> after = costs();
        assertListed(taskings, planning, plans, drafts, approved);
        System.out.println("ComplianceDashboardIT: statements of reviewer1's dashboard and compliance pages with " + FEW
                + " and with " + (FEW + MORE) + " lines of each kind of this class's own: " + before + " / " + after);
        for (String what : before.keySet()) {
            assertTrue(before.get(what) > 0, what + " sends statements, so the count is real");
            assertEquals(before.get(what), after.get(what), what + ": " + before + " then " + after);
        }
    }

    // ---- the data ----

    private static String issued(String sourceId, String req, LocalDate due) {
        return created(sourceId, req, due, true);
    }

    private static String created(String sourceId, String req, LocalDate due, boolean issue) {
        Api.Reply r = TaskingIT.create(officer1(), sourceId, TaskingIT.tasking(req, due, issue, "REPORT_OBSERVED"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** {@code n} contacts reported on the file, each planning one for a day since passed and answered by none. */
    private static void plan(String sourceId, List<String> reports, int n) {
        Instant base = ContactReportIT.now().minus(Duration.ofDays(6));
        for (int i = 0; i < n; i++) {
            Instant at = base.plus(Duration.ofMinutes(reports.size()));
            Api.Reply r = ContactReportIT.submit(officer1(), sourceId, ContactReportIT.report("Planned another")
                    .add("occurredAt", at.toString()).add("nextContactAt", at.plus(Duration.ofDays(3)).toString()));
            assertEquals(201, r.status(), r.body());
            reports.add(r.json().getString("id"));
        }
    }

    /** {@code n} drafts on the file, stored as created three days ago (stale after two). */
    private static void draft(String sourceId, List<String> drafts, int n) throws SQLException {
        for (int i = 0; i < n; i++) {
            String clientId = "cd-" + UUID.randomUUID();
            assertEquals(201, ContactReportIT.putDraft(officer1(), clientId, sourceId, ContactReportIT.report("Never sent")).status());
            update("UPDATE contact_draft SET created_at = created_at - INTERVAL 3 DAY WHERE client_id = ?", clientId);
            drafts.add(clientId);
        }
    }

    /**
     * A payment made while its file was active joins the list when the file is deactivated later the
     * same day (not active for all of it), though the ledger did not move: the deactivation marks it.
     * Both happen three days after the file's registration (a payment up to the day after it is
     * listed already), the rule clock held at one instant so that the day cannot turn between them.
     */
    @Test
    void aPaymentJoinsTheListWhenItsFileIsDeactivatedLaterThatDay() throws SQLException {
        String file = LifecycleIT.ready("CD-LATE").sourceId();
        String payment = PaymentSteps.approved(file, "7.00");
        Instant later = Instant.now().plus(Duration.ofDays(3));
        ContactReportIT.moveClock(later);
        pay(List.of(payment), later.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertFalse(ids(whole(reviewer1(), INACTIVE)).contains(payment), "paid while its file has been active all day");
        Api.Reply d = ContactReportIT.deactivate(file, false);
        assertEquals(200, d.status(), d.body());
        assertTrue(ids(whole(reviewer1(), INACTIVE)).contains(payment), "its file was deactivated later that day");
    }

    private static void pay(List<String> payments, LocalDate day) {
        for (String p : payments) {
            Api.Reply paid = PaymentSteps.pay(officer1(), p, PaymentSteps.record(day, controller1(), authoriser2(), PaymentSteps.PNG,
                    "7.00", day));
            assertEquals(200, paid.status(), paid.body());
        }
    }

    private static void update(String sql, String id) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private static String authorisationOf(String sourceId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM authorisation WHERE source_id = ? AND status = 'GRANTED'")) {
            s.setString(1, sourceId);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static JsonObject view(String taskingId) {
        Api.Reply r = Api.get(Api.token(officer1()), "taskings/" + taskingId);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    // ---- reading the lists ----

    /** Every line of this class's own is listed, each once, whichever page it is on. */
    private static void assertListed(List<String> taskings, String planning, List<String> plans, List<String> drafts, List<String> payments) {
        List<String> outside = ids(whole(reviewer1(), OUTSIDE));
        assertTrue(outside.containsAll(taskings), "every tasking of this class is outside an authorisation");
        List<JsonObject> without = whole(reviewer1(), WITHOUT_REPORT);
        assertTrue(ids(without).containsAll(plans), "every plan of this class is unanswered");
        assertEquals(without.stream().distinct().count(), without.size(), "no line twice across the pages");
        long draftsOfFile = without.stream().filter(e -> e.getString("kind").equals("CONTACT_DRAFT_UNSUBMITTED")
                && e.getString("sourceId").equals(planning)).count();
        assertEquals(drafts.size(), draftsOfFile, "every stale draft of this class's file");
        // the order: the unanswered plans first, then the stale drafts
        int lastPlan = -1;
        int firstDraft = Integer.MAX_VALUE;
        for (int i = 0; i < without.size(); i++) {
            if (without.get(i).getString("kind").equals("CONTACT_WITHOUT_REPORT")) {
                lastPlan = i;
            } else {
                firstDraft = Math.min(firstDraft, i);
            }
        }
        assertTrue(lastPlan < firstDraft, "plans, then drafts");
        assertTrue(ids(whole(reviewer1(), INACTIVE)).containsAll(payments), "every payment of this class made on the inactive day");
    }

    private static List<String> ids(List<JsonObject> lines) {
        return lines.stream().map(e -> e.getString("objectId")).toList();
    }

    /** Every line of a section, page by page ({@code ?section=KEY&from=N}). */
    static List<JsonObject> whole(String user, String key) {
        String token = Api.token(user);
        List<JsonObject> all = new ArrayList<>();
        for (int from = 0; ; ) {
            JsonObject section = section(Api.get(token, "dashboard?section=" + key + "&from=" + from), key);
            assertEquals(from, section.getInt("from"));
            List<JsonObject> lines = section.getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
            all.addAll(lines);
            from += lines.size();
            if (lines.isEmpty() || from >= section.getInt("total")) {
                return all;
            }
        }
    }

    private static JsonObject section(Api.Reply r, String key) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(r.body()));
    }

    /** The statements of reviewer1's dashboard and of each compliance list's first and second line onwards. */
    private static Map<String, Integer> costs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        String token = Api.token(reviewer1());
        // one warm-up pass, so that a first call's one-off reads are not counted
        for (int pass = 0; pass < 2; pass++) {
            out.put("reviewer's dashboard", statements(Api.get(token, "dashboard")));
            for (String key : List.of(OUTSIDE, WITHOUT_REPORT, INACTIVE)) {
                out.put(key + " from line 1", statements(Api.get(token, "dashboard?section=" + key + "&from=1")));
            }
        }
        return out;
    }

    private static int statements(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        String count = r.header("X-Hum-Statements");
        assertNotNull(count, "the test stand counts statements");
        return Integer.parseInt(count);
    }
}
