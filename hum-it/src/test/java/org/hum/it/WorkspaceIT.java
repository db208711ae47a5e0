package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compliance workspace (docs/domain.md, "Oversight"): an overdue review planted by moving the
 * rule clock is a line that links to the file's authorisations; a reviewer marks it as seen with a
 * note, kept under the file's key and audited; a reviewer who may not see the file sees neither
 * the line nor can mark it; only reviewers read it, and a bad mark is refused and writes nothing.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class WorkspaceIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A fresh COPPER file with a granted authorisation, and the day its first review falls due. */
    static String[] plantedReview() {
        String[] g = AuthorisationIT.granted("WS", authoriser1());
        JsonObject a = Api.get(Api.token(officer1()), "authorisations/" + g[1]).json();
        LocalDate due = LocalDate.ofInstant(Instant.parse(a.getString("termStartedAt")), ZoneOffset.UTC).plusMonths(3);
        return new String[] {g[0], g[1], due.toString()};
    }

    static void moveClockPast(String dueOn) {
        LifecycleIT.moveClock(LocalDate.parse(dueOn).plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    static void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    static JsonObject reviewLine(JsonObject workspace, String sourceId) {
        return workspace.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> sourceId.equals(l.getString("sourceId", null)) && "AUTHORISATION_REVIEW_DUE".equals(l.getString("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no review line of " + sourceId + " in " + workspace));
    }

    @Test
    void anOverdueReviewIsALineThatLinksToTheFileAndIsMarkedSeenWithAKeptNote() throws Exception {
        String[] planted = plantedReview();
        String file = planted[0];
        String reviewer = Api.token(reviewer1());
        String narrow = "mesaws-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        AdminApi.createUser(Api.token(admin1()), narrow, "SECRET", List.of("COMPLIANCE_REVIEWER"), List.of(mesa()),
                Cast.password());
        try {
            moveClockPast(planted[2]);
            Api.Reply read = Api.get(reviewer, "oversight/workspace");
            assertEquals(200, read.status(), read.body());
            JsonObject line = reviewLine(read.json(), file);
            assertEquals("REVIEWS", line.getString("group"));
            assertEquals("OVERDUE", line.getString("urgency"));
            assertEquals(planted[2], line.getString("on"));
            assertEquals("sources/authorisations.xhtml?id=" + file, line.getString("link"));
            assertTrue(line.getJsonArray("marks").isEmpty());
            assertTrue(read.json().getInt("unseen") >= 1);
            String key = line.getString("key");
            assertFalse(key.contains(" "), "a key names the line only: " + key);

            // a reviewer of MESA only: no line of the COPPER file, and its key marks nothing
            Api.Reply theirs = Api.get(Api.token(narrow), "oversight/workspace");
            assertEquals(200, theirs.status());
            assertFalse(theirs.body().contains(file), theirs.body());
            long before = Rows.count("workspace_mark");
            Api.Reply hidden = Api.post(Api.token(narrow), "oversight/workspace/marks", mark(key, "seen"));
            assertEquals(404, hidden.status(), hidden.body());
            assertEquals(404, Api.post(reviewer, "oversight/workspace/marks", mark("NO_SUCH:LINE:x:2020-01-01", "seen")).status());
            Api.Reply blank = Api.post(reviewer, "oversight/workspace/marks", mark(key, " "));
            assertEquals(400, blank.status());
            assertTrue(blank.body().contains("\"note\""), blank.body());
            assertEquals(before, Rows.count("workspace_mark"), "refusals write nothing");
            for (String user : List.of(controller1(), officer1(), authoriser1(), admin1())) {
                assertEquals(403, Api.get(Api.token(user), "oversight/workspace").status(), user);
                assertEquals(403, Api.post(Api.token(user), "oversight/workspace/marks", mark(key, "x")).status(), user);
            }

            String note = "Review held 3 days late; controller reminded of the clock";
            Api.Reply marked = Api.post(reviewer, "oversight/workspace/marks", mark(key, note));
            assertEquals(200, marked.status(), marked.body());
            JsonObject seen = reviewLine(marked.json(), file).getJsonArray("marks").getJsonObject(0);
            assertEquals(reviewer1(), seen.getString("by"));
            assertEquals(note, seen.getString("note"));
            assertEquals(note, reviewLine(Api.get(reviewer, "oversight/workspace").json(), file).getJsonArray("marks")
                    .getJsonObject(0).getString("note"), "kept");
            assertEquals(before + 1, Rows.count("workspace_mark"));
            assertFalse(Rows.dump("workspace_mark").contains("controller reminded"), "the note is sealed at rest");
            assertEquals(1, audited("WORKSPACE_LINE_SEEN", planted[1]), "the mark is in the trail, by the authorisation's id");
        } finally {
            resetClock();
        }
        // once the clock is back the review is no longer overdue, so the line leaves the workspace
        assertTrue(Api.get(reviewer, "oversight/workspace").json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> file.equals(l.getString("sourceId", null)) && "AUTHORISATION_REVIEW_DUE".equals(l.getString("kind"))));
    }

    private static String mark(String key, String note) {
        return Json.createObjectBuilder().add("key", key).add("note", note).build().toString();
    }

    private static long audited(String action, String objectId) throws Exception {
        try (var c = Stand.current().rootConnection();
             var s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE action = ? AND object_id = ? AND actor = ?")) {
            s.setString(1, action);
            s.setString(2, objectId);
            s.setString(3, reviewer1());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
