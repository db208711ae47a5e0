package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    private static final String CENTRE = "Arizona fusion centre";
    private static final Set<String> RECIPIENTS = Set.of("FEDERAL", "STATE", CENTRE);

    private static Api.Reply post(String user, String path, String json) {
        return Api.post(token(user), path, json);
    }

    /** The report's RECALL rows against the draft's three recipient entries, counted by "versionId recipient". */
    private static Map<String, Long> recalls(String reportId) {
        Api.Reply log = Api.get(token(reviewer1()), "disseminations?size=100&action=RECALL&reportId=" + reportId);
        assertEquals(200, log.status(), log.body());
        return log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> RECIPIENTS.contains(r.getString("recipient")))
                .collect(Collectors.groupingBy(r -> r.getString("versionId") + " " + r.getString("recipient"), Collectors.counting()));
    }

    private static String status(String versionId) {
        return Api.get(token(reports1()), "reports/" + versionId).json().getString("status");
    }

    /** A new report under the TLP given, submitted by reports1 and approved by the holder of the token given. */
    private static String released(String itemId, String text, String description, String tlp, String approverToken) {
        Api.Reply created = post(reports1(), "reports", draft(itemId, text, description).add("tlp", tlp).build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, post(reports1(), "reports/" + id + "/submission", "").status());
        Api.Reply approved = Api.post(approverToken, "reports/" + id + "/approval", "");
        assertEquals(200, approved.status(), approved.body());
        return id;
    }

    /** A new version of a released one under the TLP given, submitted and approved by controller1. */
    private static String reissued(String versionId, String itemId, String text, String description, String tlp) {
        Api.Reply next = put(reports1(), "reports/" + versionId, draft(itemId, text, description).add("tlp", tlp).build().toString());
        assertEquals(200, next.status(), next.body());
        String id = next.json().getString("id");
        assertEquals(200, post(reports1(), "reports/" + id + "/submission", "").status());
        Api.Reply approved = post(controller1(), "reports/" + id + "/approval", "");
        assertEquals(200, approved.status(), approved.body());
        return id;
    }

    @Test
    void withdrawingAPendingVersionWithdrawsTheReportAndRecallsTheReleasedOneOnce() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Cash moves north in spare tyres", hoursAgo(7));
        String description = description("DIRECT");
        String v1 = released(item.id(), "A reliable source says cash moves north in tyres.", description, "AMBER", token(controller1()));
        Api.Reply draft2 = put(reports1(), "reports/" + v1, draft(item.id(), "A reliable source says cash moves north in tyres, weekly.",
                description).add("tlp", "AMBER").build().toString());
        assertEquals(200, draft2.status(), draft2.body());
        String v2 = draft2.json().getString("id");
        assertEquals(200, post(reports1(), "reports/" + v2 + "/submission", "").status());
        assertEquals("RELEASED", status(v1));

        // the reason reaches partners: an identifying detail in it is refused, pointed at, never echoed, and nothing changes
        String reason = "Withdrawn: " + kestrel.codeName() + " was mistaken";
        long before = logRows(v1);
        Api.Reply named = post(reports1(), "reports/" + v2 + "/withdrawal", Json.createObjectBuilder().add("reason", reason).build().toString());
        assertEquals(422, named.status(), named.body());
        assertEquals("report.identifying-detail", named.json().getString("rule"));
        JsonObject finding = named.json().getJsonArray("findings").getJsonObject(0);
        assertEquals("CODE_NAME", finding.getString("kind"));
        assertEquals("reason", finding.getString("field"));
        assertEquals(reason.indexOf(kestrel.codeName()), finding.getInt("start"));
        assertEquals(reason.indexOf(kestrel.codeName()) + kestrel.codeName().length(), finding.getInt("end"));
        assertFalse(named.body().toLowerCase(Locale.ROOT).contains(kestrel.codeName().toLowerCase(Locale.ROOT)), named.body());
        assertEquals(before, logRows(v1), "a refused withdrawal recalls nothing");
        assertEquals("RELEASED", status(v1));
        assertEquals("SUBMITTED", status(v2));

        // withdrawing the pending version withdraws the report: both versions WITHDRAWN, version 1's recipients recalled once
        Api.Reply withdrawn = post(reports1(), "reports/" + v2 + "/withdrawal",
                Json.createObjectBuilder().add("reason", "The account was mistaken").build().toString());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals("WITHDRAWN", status(v1), "the released version is withdrawn with its report");
        assertEquals(Map.of(v1 + " FEDERAL", 1L, v1 + " STATE", 1L, v1 + " " + CENTRE, 1L), recalls(v1),
                "every recipient of the released version, once; the version never released had none");
        JsonObject row = Api.get(token(reviewer1()), "disseminations?action=RECALL&recipient=FEDERAL&reportId=" + v1).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("The account was mistaken", row.getString("purpose"));

        // nothing of the report stays open: no edit, no approval, no second withdrawal, no second recall
        Api.Reply edit = put(reports1(), "reports/" + v1, draft(item.id(), "Cash moves north.", description).build().toString());
        assertEquals(409, edit.status(), edit.body());
        assertEquals("report.state", edit.json().getString("rule"));
        assertEquals(409, post(controller1(), "reports/" + v2 + "/approval", "").status());
        assertEquals(409, post(reports1(), "reports/" + v1 + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Again").build().toString()).status());
        assertEquals(3, recalls(v1).values().stream().mapToLong(Long::longValue).sum());

        // a report never released is withdrawn without any recall
        Api.Reply lone = post(reports1(), "reports", draft(item.id(), "Cash moves north.", description).build().toString());
        assertEquals(201, lone.status(), lone.body());
        String loneId = lone.json().getString("id");
        assertEquals(200, post(reports1(), "reports/" + loneId + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Not needed").build().toString()).status());
        assertEquals("WITHDRAWN", status(loneId));
        assertEquals(0, Api.get(token(reviewer1()), "disseminations?reportId=" + loneId).json().getInt("total"));
    }

    @Test
    void aRegradeRecallsEveryRecipientOfEveryEarlierVersionOnceAndAnotherOfficerMayApprove() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Fuel is bought in cash at the yard", hoursAgo(8));
        String description = description("DIRECT");
        // a second reports officer, cleared for COPPER: approves a report they did not write
        String reports2 = "reports2-" + Cast.suffix().toLowerCase(Locale.ROOT);
        assertEquals(201, AdminApi.createUser(Cast.adminToken(), reports2, "SECRET", List.of("REPORTS_OFFICER"),
                List.of(Cast.copper()), AdministrationIT.PASSWORD).status());
        String v1 = released(item.id(), "Fuel is bought in cash.", description, "GREEN",
                Api.token(reports2, AdministrationIT.PASSWORD));
        assertEquals(reports2, Api.get(token(reports1()), "reports/" + v1).json().getString("approvedBy"));

        // the same markings: no recall
        String v2 = reissued(v1, item.id(), "Fuel is bought in cash, weekly.", description, "GREEN");
        assertEquals("SUPERSEDED", status(v1));
        assertEquals(Map.of(), recalls(v1), "a new version under the same markings recalls nothing");
        // regraded: every recipient of both earlier versions
        String v3 = reissued(v2, item.id(), "Fuel is bought in cash, on Mondays.", description, "AMBER");
        Map<String, Long> expected = new HashMap<>();
        for (String v : List.of(v1, v2)) {
            RECIPIENTS.forEach(r -> expected.put(v + " " + r, 1L));
        }
        assertEquals(expected, recalls(v1), "the regrade recalls every recipient of every earlier version");
        // regraded back: version 3's recipients; versions 1 and 2 were recalled already
        String v4 = reissued(v3, item.id(), "Fuel is bought in cash.", description, "GREEN");
        RECIPIENTS.forEach(r -> expected.put(v3 + " " + r, 1L));
        assertEquals(expected, recalls(v1), "each recipient of each version is recalled once");
        assertEquals(List.of("SUPERSEDED", "SUPERSEDED", "SUPERSEDED", "RELEASED"),
                List.of(status(v1), status(v2), status(v3), status(v4)));
        // withdrawn: version 4's recipients too
        assertEquals(200, post(controller1(), "reports/" + v4 + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Superseded by events").build().toString()).status());
        RECIPIENTS.forEach(r -> expected.put(v4 + " " + r, 1L));
        assertEquals(expected, recalls(v1));
        assertEquals("WITHDRAWN", status(v4));

        // the lists a reports officer and a controller read
        Api.Reply releasedList = Api.get(token(reports1()), "reports?status=RELEASED&size=100");
        assertEquals(200, releasedList.status(), releasedList.body());
        List<JsonObject> releasedItems = releasedList.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(releasedItems.stream().allMatch(r -> r.getString("status").equals("RELEASED")), releasedList.body());
        assertTrue(releasedItems.stream().noneMatch(r -> r.getString("reportId").equals(v1)), "a withdrawn report is not listed as released");
        String shown = released(item.id(), "Fuel is bought in cash at night.", description, "GREEN", token(controller1()));
        assertTrue(Api.get(token(reports1()), "reports?status=RELEASED&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("reportId").equals(shown)));
        Api.Reply descriptions = Api.get(token(reports1()), "source-descriptions");
        assertEquals(200, descriptions.status(), descriptions.body());
        assertTrue(Json.createReader(new StringReader(descriptions.body())).readArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("id").equals(description) && d.getString("text").contains("direct access")), descriptions.body());
        String term = "Yard" + Cast.suffix();
        Api.Reply added = post(controller1(), "watch-terms", Json.createObjectBuilder().add("term", term + " depot").build().toString());
        assertEquals(201, added.status(), added.body());
        Api.Reply watch = Api.get(token(controller1()), "watch-terms");
        assertEquals(200, watch.status(), watch.body());
        assertTrue(Json.createReader(new StringReader(watch.body())).readArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("id").equals(added.json().getString("id")) && w.getInt("words") == 2), watch.body());
        assertFalse(watch.body().toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT)), "the list is never read back");
        assertEquals(403, Api.get(token(reports1()), "watch-terms").status());
        assertEquals(204, Api.send(Api.request(token(controller1()), "watch-terms/" + added.json().getString("id")).DELETE()).status());
    }

    @Test
    void thePurposeIsRequiredForReleaseAndCheckedBeforeItIsStored() throws SQLException {
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = contactItem(kestrel.id(), "Loads wait at the bonded yard", hoursAgo(9));
        String description = description("DIRECT");
        long before = Rows.count("report_version");
        String purpose = "Interdiction; tasked by " + kestrel.trueName().toUpperCase(Locale.ROOT);
        Api.Reply named = post(reports1(), "reports", draft(item.id(), "Loads wait at the yard.", description)
                .add("purpose", purpose).build().toString());
        assertEquals(422, named.status(), named.body());
        assertEquals("report.identifying-detail", named.json().getString("rule"));
        JsonObject finding = named.json().getJsonArray("findings").getJsonObject(0);
        assertEquals("TRUE_NAME", finding.getString("kind"));
        assertEquals("purpose", finding.getString("field"));
        assertEquals(purpose.indexOf(kestrel.trueName().toUpperCase(Locale.ROOT)), finding.getInt("start"));
        for (String word : kestrel.trueName().split("\\s+")) {
            assertFalse(named.body().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)), named.body());
        }
        assertEquals(before, Rows.count("report_version"), "nothing written");

        Api.Reply created = post(reports1(), "reports", draft(item.id(), "Loads wait at the yard.", description)
                .add("purpose", "").build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Api.Reply noPurpose = post(reports1(), "reports/" + id + "/submission", "");
        assertEquals(422, noPurpose.status(), noPurpose.body());
        assertEquals("report.purpose", noPurpose.json().getString("rule"));
        Api.Reply edited = put(reports1(), "reports/" + id, draft(item.id(), "Loads wait at the yard.", description)
                .add("purpose", purpose).build().toString());
        assertEquals(422, edited.status(), edited.body());
        assertEquals("purpose", edited.json().getJsonArray("findings").getJsonObject(0).getString("field"));
        assertEquals(200, put(reports1(), "reports/" + id, draft(item.id(), "Loads wait at the yard.", description)
                .build().toString()).status());
        assertEquals(200, post(reports1(), "reports/" + id + "/submission", "").status());
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
        JsonObject file = v1.getJsonObject("restricted").getJsonArray("files").getJsonObject(0);
        assertEquals(kestrel.id(), file.getString("sourceId"), "each file drawn on, with its own label");
        assertEquals(v1.getString("level"), file.getString("level"));
        assertEquals(List.of(Cast.copper()), file.getJsonArray("compartments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
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
        // (the RELEASE rows: an organisation of a kind released to, made by another test, adds its DELIVERY row)
        JsonObject log = Api.get(token(reviewer1()), "disseminations?action=RELEASE&reportId=" + id).json();
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

        // regraded AMBER+STRICT to AMBER: version 1's recipients recalled; withdrawal recalls version 2's (version 1's once only)
        Api.Reply withdrawn = post(reports1(), "reports/" + id2 + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Source reporting reassessed").build().toString());
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        Map<String, Long> recalls = recalls(id);
        assertEquals(Map.of(id + " FEDERAL", 1L, id + " STATE", 1L, id + " " + CENTRE, 1L,
                id2 + " FEDERAL", 1L, id2 + " STATE", 1L, id2 + " " + CENTRE, 1L), recalls,
                "regrading: version 1's three; withdrawal: version 2's three, version 1's not again");

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
        long logged = logRows(id);
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
        assertEquals(logged, logRows(id), "nothing was changed or removed");
        assertEquals(3, Api.get(token(reviewer1()), "disseminations?action=RELEASE&reportId=" + id).json().getInt("total"));
    }

    /**
     * The report's rows of the dissemination log, read as the database holds them: the log's other
     * rows move with other tests' partners (pushes retried to their receivers), this report's do not.
     */
    private static long logRows(String reportId) throws SQLException {
        return PaymentSteps.count("SELECT COUNT(*) FROM dissemination WHERE report_id = ?", reportId);
    }
}
