package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reports1;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.ReportSteps.contactItem;
import static org.hum.it.ReportSteps.description;
import static org.hum.it.ReportSteps.draft;
import static org.hum.it.ReportSteps.hoursAgo;
import static org.hum.it.ReportSteps.put;
import static org.hum.it.ReportSteps.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sanitized reports over REST (docs/domain.md, "Sanitized reports"): a draft from a contact item,
 * the check's refusal, submission, approval by a second person only, a version after release,
 * withdrawal with recalls, bad inputs, need-to-know, and the case officer's view of use.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api.Reply post(String user, String path, String json) {
        return Api.post(token(user), path, json);
    }

    @Test
    void draftedCheckedSubmittedApprovedByAnotherVersionedAndWithdrawnWithRecalls() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        Api.Reply graded = post(officer1(), "sources/" + kestrel.id() + "/grades", Json.createObjectBuilder().add("grade", "B")
                .add("reason", "Four reports corroborated").build().toString());
        assertEquals(201, graded.status(), graded.body());
        ReportSteps.Item item = contactItem(kestrel.id(), "Precursor drums move on the Tuesday night trucks", hoursAgo(3));
        String description = description("DIRECT");

        // a draft naming the source: stored, but the check finds it and submission is refused
        String planted = "Reporting from " + kestrel.codeName() + " says drums move on Tuesday nights.";
        Api.Reply created = post(reports1(), "reports", draft(item.id(), planted, description).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject v1 = created.json();
        String id = v1.getString("id");
        assertEquals("DRAFT", v1.getString("status"));
        assertEquals(id, v1.getString("reportId"));
        assertEquals("AMBER+STRICT", v1.getString("tlp"));
        assertEquals(List.of(Cast.copper()), v1.getJsonArray("compartments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("2026-W45", v1.getJsonObject("releasable").getString("concerning"), "the day only to the week");
        assertTrue(List.of("NATO_ADMIRALTY", "UK_3X5X2").contains(v1.getJsonObject("releasable").getString("scheme")),
                "grades in the profile's scheme");
        assertEquals("2", v1.getJsonObject("releasable").getJsonArray("credibility").getString(0), "the item's grade carried over");
        assertEquals("B", v1.getJsonObject("releasable").getString("reliability"), "the source's grade carried over");
        assertEquals(item.id(), v1.getJsonObject("restricted").getJsonArray("items").getJsonObject(0).getString("itemId"));
        assertFalse(Rows.dump("report_version").contains(kestrel.codeName()), "texts are stored encrypted");

        JsonObject check = Api.get(token(reports1()), "reports/" + id + "/check").json();
        assertFalse(check.getBoolean("clear"));
        JsonObject finding = check.getJsonArray("findings").getJsonObject(0);
        assertEquals("CODE_NAME", finding.getString("kind"));
        assertEquals("releasableText", finding.getString("field"));
        assertEquals(planted.indexOf(kestrel.codeName()), finding.getInt("start"));
        assertEquals(planted.indexOf(kestrel.codeName()) + kestrel.codeName().length(), finding.getInt("end"));

        Api.Reply refused = post(reports1(), "reports/" + id + "/submission", "");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("report.identifying-detail", refused.json().getString("rule"));
        assertEquals("CODE_NAME", refused.json().getJsonArray("findings").getJsonObject(0).getString("kind"));
        assertFalse(refused.body().contains(kestrel.codeName()), "the refusal never echoes the detail");

        // reworded, submitted; the author may not approve; a controller does
        Api.Reply edited = put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says drums move at night.",
                description).build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals(id, edited.json().getString("id"), "a draft is edited in place");
        Api.Reply onlyA = post(controller1(), "source-descriptions", Json.createObjectBuilder()
                .add("text", "a source who has always reported reliably").add("reliabilities", Json.createArrayBuilder().add("A"))
                .build().toString());
        assertEquals(201, onlyA.status(), onlyA.body());
        assertEquals(200, put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says drums move at night.",
                onlyA.json().getString("id")).build().toString()).status());
        Api.Reply misfit = post(reports1(), "reports/" + id + "/submission", "");
        assertEquals(422, misfit.status(), misfit.body());
        assertEquals("report.source-description", misfit.json().getString("rule"), "a B source is not described as an A one");
        assertEquals(200, put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says drums move at night.",
                description).build().toString()).status());
        assertEquals(200, post(reports1(), "reports/" + id + "/submission", "").status());
        Api.Reply self = post(reports1(), "reports/" + id + "/approval", "");
        assertEquals(409, self.status(), self.body());
        assertEquals("report.independent-approver", self.json().getString("rule"));
        Api.Reply approved = post(controller1(), "reports/" + id + "/approval", "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("RELEASED", approved.json().getString("status"));
        assertEquals(controller1(), approved.json().getString("approvedBy"));
        Api.Reply again = post(controller1(), "reports/" + id + "/approval", "");
        assertEquals(409, again.status(), again.body());
        assertEquals("report.state", again.json().getString("rule"));

        // released: every recipient entry logged
        JsonObject log = Api.get(token(reviewer1()), "disseminations?reportId=" + id).json();
        assertEquals(3, log.getInt("total"), "FEDERAL, STATE and the named centre");
        assertEquals("RELEASE", log.getJsonArray("items").getJsonObject(0).getString("action"));
        String mesaReviewer = "revmesa-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        assertEquals(201, AdminApi.createUser(Cast.adminToken(), mesaReviewer, "SECRET", List.of("COMPLIANCE_REVIEWER"),
                List.of(Cast.mesa()), AdministrationIT.PASSWORD).status());
        JsonObject narrow = Api.get(Api.token(mesaReviewer, AdministrationIT.PASSWORD), "disseminations?reportId=" + id).json();
        assertEquals(0, narrow.getInt("total"), "a reviewer not cleared for COPPER sees no row of a COPPER report");
        Api.Reply csv = Api.get(token(reviewer1()), "disseminations?format=csv&reportId=" + id);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().contains("\"Arizona fusion centre\""), csv.body());

        // editing after release makes version 2; its release supersedes version 1
        Api.Reply v2 = put(reports1(), "reports/" + id, draft(item.id(), "A reliable source says drums move at night, by truck.",
                description).add("tlp", "AMBER").build().toString());
        assertEquals(200, v2.status(), v2.body());
        String id2 = v2.json().getString("id");
        assertEquals(2, v2.json().getInt("version"));
        assertEquals(id, v2.json().getString("reportId"));
        assertEquals("RELEASED", Api.get(token(reports1()), "reports/" + id).json().getString("status"));
        assertEquals(200, post(reports1(), "reports/" + id2 + "/submission", "").status());
        assertEquals(200, post(controller1(), "reports/" + id2 + "/approval", "").status());
        assertEquals("SUPERSEDED", Api.get(token(reports1()), "reports/" + id).json().getString("status"));

        // regraded AMBER+STRICT to AMBER: version 1's recipients recalled; withdrawal recalls both versions'
        Api.Reply withdrawn = post(reports1(), "reports/" + id2 + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Source reporting reassessed").build().toString());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        JsonObject recalls = Api.get(token(reviewer1()), "disseminations?action=RECALL&reportId=" + id).json();
        assertEquals(3 + 3 + 3, recalls.getInt("total"), "regrading: 3; withdrawal: 3 of version 1 and 3 of version 2");

        // the case officer sees where the file's item went; others do not
        Api.Reply usage = Api.get(token(officer1()), "sources/" + kestrel.id() + "/report-usage");
        assertEquals(200, usage.status(), usage.body());
        assertTrue(usage.json().getJsonArray("uses").getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getString("itemId").equals(item.id()) && u.getString("versionId").equals(id2)));
        assertEquals(404, Api.get(token(officer2()), "sources/" + kestrel.id() + "/report-usage").status());
        assertEquals(403, Api.get(token(controller1()), "sources/" + kestrel.id() + "/report-usage").status());
    }

    @Test
    void badInputsAreRefusedByFieldOrRuleAndForbiddenLooksLikeNotFound() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Drivers are paid per crossing", hoursAgo(5));
        String description = description("DIRECT");
        long before = Rows.count("report_version");

        Api.Reply badTlp = post(reports1(), "reports", draft(item.id(), "Drivers are paid.", description).add("tlp", "PURPLE").build().toString());
        assertEquals(400, badTlp.status(), badTlp.body());
        assertTrue(badTlp.body().contains("tlp"), badTlp.body());
        Api.Reply noItems = post(reports1(), "reports", draft(item.id(), "Drivers are paid.", description)
                .add("itemIds", Json.createArrayBuilder()).build().toString());
        assertEquals(400, noItems.status(), noItems.body());
        assertTrue(noItems.body().contains("itemIds"), noItems.body());
        Api.Reply unknown = post(reports1(), "reports", draft(UUID.randomUUID().toString(), "Drivers are paid.", description)
                .build().toString());
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(403, post(officer1(), "reports", draft(item.id(), "Drivers are paid.", description).build().toString()).status());
        assertEquals(before, Rows.count("report_version"), "a refused request writes nothing");

        // TLP:RED names its recipients only
        Api.Reply red = post(reports1(), "reports", draft(item.id(), "Drivers are paid.", description).add("tlp", "RED")
                .build().toString());
        assertEquals(201, red.status(), red.body());
        String redId = red.json().getString("id");
        Api.Reply refused = post(reports1(), "reports/" + redId + "/submission", "");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("report.recipients", refused.json().getString("rule"));
        assertEquals(409, post(controller1(), "reports/" + redId + "/approval", "").status(), "a draft is not approved");

        // a description for sources with indirect access does not fit KESTREL, who has direct access
        Api.Reply misfit = post(reports1(), "reports", draft(item.id(), "Drivers are paid.", description("INDIRECT")).build().toString());
        assertEquals(201, misfit.status(), misfit.body());
        Api.Reply unfit = post(reports1(), "reports/" + misfit.json().getString("id") + "/submission", "");
        assertEquals(422, unfit.status(), unfit.body());
        assertEquals("report.source-description", unfit.json().getString("rule"));
        assertEquals(404, Api.get(token(reports1()), "reports/not-an-id").status());
        assertEquals(400, Api.get(token(reports1()), "reports?status=LOST").status());

        // a MESA-only user never sees a COPPER report, not even in lists
        assertEquals(404, Api.get(token(officer2()), "reports/" + redId).status());
        assertEquals(404, Api.get(token(officer2()), "reports/" + redId + "/check").status());
        JsonObject list = Api.get(token(officer2()), "reports").json();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(r -> r.getString("reportId").equals(redId)));
    }

    @Test
    void theApplicationsAccountCannotRewriteOrDeleteTheDisseminationLog() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Loads are split at the yard", hoursAgo(6));
        Api.Reply created = post(reports1(), "reports", draft(item.id(), "Loads are split before the crossing.",
                description("DIRECT")).build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, post(reports1(), "reports/" + id + "/submission", "").status());
        assertEquals(200, post(controller1(), "reports/" + id + "/approval", "").status());
        long logged = Rows.count("dissemination");
        assertTrue(logged >= 3, "the release was logged by the server's own inserts");
        try (java.sql.Connection c = Stand.current().appConnection(); java.sql.Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "UPDATE dissemination SET recipient = 'nobody' WHERE report_id = '" + id + "'",
                    "UPDATE dissemination SET tlp = 'CLEAR' WHERE report_id = '" + id + "'",
                    "UPDATE dissemination SET at = '2020-01-01' WHERE report_id = '" + id + "'",
                    "DELETE FROM dissemination WHERE report_id = '" + id + "'",
                    "DELETE FROM dissemination",
                    "DELETE FROM report_version WHERE id = '" + id + "'",
                    "TRUNCATE TABLE dissemination")) {
                org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
            }
        }
        assertEquals(logged, Rows.count("dissemination"), "nothing was changed or removed");
        assertEquals(3, Api.get(token(reviewer1()), "disseminations?reportId=" + id).json().getInt("total"));
    }
}
