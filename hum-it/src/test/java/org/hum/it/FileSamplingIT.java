package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random file sampling (docs/domain.md, "Oversight"): the same seed over the same register draws
 * the same files in the same order; the draw is audited; a sampled file's checklist is completed
 * once, every item answered; the sample exports as CSV; only reviewers draw, and a reader sees only
 * the drawn files they may see.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class FileSamplingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theSameSeedOverTheSameRegisterDrawsTheSameFilesAndEachDrawIsAudited() throws Exception {
        Set<String> cast = Set.of(Cast.source("KESTREL").id(), Cast.source("HERON").id(), Cast.source("SPARROW").id());
        String reviewer = Api.token(reviewer1());
        Api.Reply first = Api.post(reviewer, "oversight/samples", "{\"size\":2,\"seed\":20261205}");
        assertEquals(201, first.status(), first.body());
        Api.Reply again = Api.post(reviewer, "oversight/samples", "{\"size\":2,\"seed\":20261205}");
        assertEquals(201, again.status(), again.body());
        assertEquals(3, first.json().getInt("population"), "the reviewer's register: the cast's three files");
        assertEquals(20261205L, first.json().getJsonNumber("seed").longValue());
        assertEquals(drawn(first.json()), drawn(again.json()), "the same files in the same order");
        assertEquals(2, drawn(first.json()).size());
        assertTrue(cast.containsAll(drawn(first.json())));
        assertTrue(!first.json().getString("id").equals(again.json().getString("id")), "two draws, each kept");

        Api.Reply percent = Api.post(reviewer, "oversight/samples", "{\"percent\":50,\"seed\":20261205}");
        assertEquals(drawn(first.json()), drawn(percent.json()), "50 % of three is two (rounded up), drawn alike");
        Api.Reply unseeded = Api.post(reviewer, "oversight/samples", "{\"size\":3}");
        assertEquals(201, unseeded.status());
        long seed = unseeded.json().getJsonNumber("seed").longValue();
        Api.Reply replay = Api.post(reviewer, "oversight/samples", "{\"size\":3,\"seed\":" + seed + "}");
        assertEquals(drawn(unseeded.json()), drawn(replay.json()), "a seed chosen by the server is kept and replays the draw");

        assertEquals(List.of("FILE_SAMPLE_DRAWN"), actions(first.json().getString("id")));
        assertEquals(List.of("FILE_SAMPLE_DRAWN"), actions(again.json().getString("id")));
        Api.Reply listed = Api.get(reviewer, "oversight/samples");
        assertTrue(listed.body().contains(first.json().getString("id")) && listed.body().contains(again.json().getString("id")));
    }

    @Test
    void aSampledFilesChecklistIsCompletedOnceWithEveryItemAnsweredAndExports() {
        Cast.source("KESTREL");
        Cast.source("HERON");
        String reviewer = Api.token(reviewer1());
        JsonObject sample = Api.post(reviewer, "oversight/samples", "{\"size\":1,\"seed\":7}").json();
        String id = sample.getString("id");
        String file = drawn(sample).get(0);
        String path = "oversight/samples/" + id + "/files/" + file + "/checklist";

        Api.Reply partial = put(reviewer, path, "{\"answers\":{\"AUTHORISATION_VALID_THROUGHOUT\":\"YES\"}}");
        assertEquals(400, partial.status());
        assertTrue(partial.body().contains("answers.CONTACTS_REPORTED"), partial.body());
        Api.Reply noNote = put(reviewer, path, answers("NO", null));
        assertEquals(400, noNote.status());
        assertTrue(noNote.body().contains("\"note\""), noNote.body());
        String notInSample = Cast.source("SPARROW").id().equals(file) ? Cast.source("KESTREL").id() : Cast.source("SPARROW").id();
        assertEquals(404, put(reviewer, "oversight/samples/" + id + "/files/" + notInSample + "/checklist", answers("YES", null)).status());
        assertEquals(0, Api.get(reviewer, "oversight/samples/" + id).json().getInt("completed"), "nothing kept of the refusals");

        Api.Reply done = put(reviewer, path, answers("NO", "Contact of 12 Nov has no report"));
        assertEquals(200, done.status(), done.body());
        JsonObject checklist = done.json().getJsonArray("files").getJsonObject(0).getJsonObject("checklist");
        assertFalse(checklist.getBoolean("passed"));
        assertEquals("Contact of 12 Nov has no report", checklist.getString("note"));
        assertEquals(reviewer1(), checklist.getString("completedBy"));
        assertEquals(1, done.json().getInt("completed"));
        Api.Reply twice = put(reviewer, path, answers("YES", null));
        assertEquals(409, twice.status());
        assertEquals("sample.checklist-completed", twice.json().getString("rule"));

        Api.Reply csv = Api.send(Api.request(reviewer, "oversight/samples/" + id + "/export"));
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[0].startsWith("sample,seed,population") && lines[0].contains("CONTACTS_REPORTED"), lines[0]);
        assertTrue(lines[1].contains(file) && lines[1].contains(",NO,") && lines[1].contains("Contact of 12 Nov has no report"),
                lines[1]);
    }

    @Test
    void onlyReviewersDrawAndASampleHoldingAHiddenFileIsMissingToItsReader() {
        Cast.source("KESTREL");
        Cast.source("HERON");
        String sparrow = Cast.source("SPARROW").id();
        String reviewer = Api.token(reviewer1());
        assertEquals(403, Api.post(Api.token(controller1()), "oversight/samples", "{\"size\":1}").status());
        assertEquals(403, Api.get(Api.token(controller1()), "oversight/samples").status());
        Api.Reply both = Api.post(reviewer, "oversight/samples", "{\"size\":1,\"percent\":10}");
        assertEquals(400, both.status());
        assertTrue(both.body().contains("\"size\"") && both.body().contains("\"percent\""), both.body());
        assertEquals(400, Api.post(reviewer, "oversight/samples", "{\"size\":0}").status());
        assertEquals(400, Api.post(reviewer, "oversight/samples", "{\"percent\":101}").status());
        assertEquals(404, Api.get(reviewer, "oversight/samples/not-a-sample").status());

        JsonObject all = Api.post(reviewer, "oversight/samples", "{\"percent\":100,\"seed\":99}").json();
        assertTrue(drawn(all).contains(sparrow));
        String copperOnly = "reviewer-copper-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        assertEquals(201, AdminApi.createUser(Cast.adminToken(), copperOnly, "SECRET", List.of("COMPLIANCE_REVIEWER"),
                List.of(Cast.copper()), Cast.password()).status());
        String narrow = Api.token(copperOnly);
        Api.Reply hidden = Api.get(narrow, "oversight/samples/" + all.getString("id"));
        Api.Reply missing = Api.get(narrow, "oversight/samples/" + java.util.UUID.randomUUID());
        assertEquals(404, hidden.status(), "a sample holding a MESA file tells a COPPER-only reader nothing, not even how many");
        assertEquals(missing.json().getString("detail"), hidden.json().getString("detail"), "as a missing one");
        assertFalse(Api.get(narrow, "oversight/samples").body().contains(all.getString("id")), "nor is it listed");
        assertEquals(404, put(narrow, "oversight/samples/" + all.getString("id") + "/files/" + Cast.source("KESTREL").id()
                + "/checklist", answers("YES", null)).status(), "nor can its visible files be checked by them");

        JsonObject own = Api.post(narrow, "oversight/samples", "{\"percent\":100,\"seed\":99}").json();
        assertEquals(2, own.getInt("population"), "the narrow reader's own register: KESTREL and HERON");
        assertFalse(drawn(own).contains(sparrow));
        JsonObject readByOther = Api.get(reviewer, "oversight/samples/" + own.getString("id")).json();
        assertEquals(drawn(own), drawn(readByOther), "a reader who sees every drawn file sees them all");
        assertTrue(!readByOther.containsKey("population") || readByOther.isNull("population"), "the drawer's register size is the drawer's only: " + readByOther);
        assertEquals(404, put(narrow, "oversight/samples/" + all.getString("id") + "/files/" + sparrow
                + "/checklist", answers("YES", null)).status(), "a hidden file's checklist is as missing as a file never drawn");
    }

    private static List<String> drawn(JsonObject sample) {
        List<String> ids = new ArrayList<>();
        sample.getJsonArray("files").stream().map(JsonValue::asJsonObject).forEach(f -> ids.add(f.getString("sourceId")));
        return ids;
    }

    private static String answers(String contactsReported, String note) {
        var a = Json.createObjectBuilder().add("AUTHORISATION_VALID_THROUGHOUT", "YES").add("VALIDATIONS_ON_TIME", "YES")
                .add("PAYMENTS_WITNESSED_AND_RECEIPTED", "NOT_APPLICABLE").add("CONTACTS_REPORTED", contactsReported)
                .add("INSTRUCTIONS_CURRENT", "YES");
        var b = Json.createObjectBuilder().add("answers", a);
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    private static Api.Reply put(String token, String path, String json) {
        return Api.send(Api.request(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> actions(String objectId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (var c = Stand.current().rootConnection();
             var s = c.prepareStatement("SELECT action FROM audit_event WHERE object_id = ? ORDER BY seq")) {
            s.setString(1, objectId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        actions.removeIf(a -> a.equals("FILE_SAMPLE_READ"));
        return actions;
    }
}
