package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import static org.hum.it.SourceRegistrationIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validation and grading over REST (docs/domain.md, "Grading"): findings, the
 * independent reviewer's conclusion, dissents, the separation rules, hidden files, grade
 * history and the validation clock crossing its due day.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class ValidationIT {
    private static final List<String> TABLES = List.of("validation", "validation_open", "validation_conclusion",
            "validation_dissent", "source_grade");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE());
    }

    static String register(String token, String codeName, String compartment) {
        Api.Reply r = Api.post(token, "sources", Api.registration(codeName, compartment, "Vetting Subject " + codeName,
                "1980-05-05", "+1 520 555 0177"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    static String findings(String proof) {
        return Json.createObjectBuilder()
                .add("criminalHistory", "RECORD_FOUND")
                .add("criminalHistoryNotes", "Two arrests for smuggling, no conviction")
                .add("subjectStatus", "FORMER_SUBJECT")
                .add("motivations", Json.createArrayBuilder().add("MONEY").add("REVENGE"))
                .add("access", "DIRECT")
                .add("accessDetails", "Drives a lorry through the Mariposa crossing weekly")
                .add("proofOfExistence", proof)
                .build().toString();
    }

    static String reasons(String text) {
        return Json.createObjectBuilder().add("reasons", text).build().toString();
    }

    static String conclusion(boolean suitable, String text) {
        return Json.createObjectBuilder().add("suitable", suitable).add("reasons", text).build().toString();
    }

    static Api.Reply setClock(String instant) {
        return Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + instant + "\"}")));
    }

    @Test
    void findingsThenAnIndependentConclusionThenADissentBesideIt() throws SQLException {
        String officer = Api.token(officer1());
        String sourceId = register(officer, "VET-ALPHA", copper());

        Api.Reply recorded = Api.post(officer, "sources/" + sourceId + "/validations",
                findings("Passport sighted and checked against the issuing registry: Quetzalina Verdugo-Marsh"));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject v = recorded.json();
        String vid = v.getString("id");
        assertEquals("INITIAL", v.getString("kind"));
        assertEquals(officer1(), v.getString("recordedBy"));
        assertTrue(Api.isNull(v, "conclusion"));
        assertEquals(Api.BASE + "sources/" + sourceId + "/validations/" + vid, recorded.header("Location"));

        // a second validation may not open while this one awaits its conclusion
        assertProblem(Api.post(officer, "sources/" + sourceId + "/validations", findings("Another look")), 409, "open validation");
        // a case officer may not conclude at all
        assertProblem(Api.post(officer, "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, "I vouch for them")), 403, "case officer concluding");
        // no dissent before a conclusion
        assertProblem(Api.post(Api.token(authoriser2()), "sources/" + sourceId + "/validations/" + vid + "/dissents",
                reasons("Too early")), 409, "dissent before a conclusion");

        String authoriser1 = Api.token(authoriser1());
        Api.Reply concluded = Api.post(authoriser1, "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, "Access corroborated by two customs seizures; motivation plausible"));
        assertEquals(201, concluded.status(), concluded.body());
        JsonObject c = concluded.json().getJsonObject("conclusion");
        assertTrue(c.getBoolean("suitable"));
        assertEquals(authoriser1(), c.getString("concludedBy"));

        assertProblem(Api.post(Api.token(controller1()), "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(false, "I disagree")), 409, "second conclusion");

        Api.Reply selfDissent = Api.post(authoriser1, "sources/" + sourceId + "/validations/" + vid + "/dissents",
                reasons("Changed my mind"));
        assertProblem(selfDissent, 409, "the concluder dissenting");
        assertEquals("validation.dissent-by-another", selfDissent.json().getString("rule"));

        String authoriser2 = Api.token(authoriser2());
        Api.Reply dissent = Api.post(authoriser2, "sources/" + sourceId + "/validations/" + vid + "/dissents",
                reasons("The former investigation is too recent to call this source suitable"));
        assertEquals(201, dissent.status(), dissent.body());
        JsonObject after = dissent.json();
        assertTrue(after.getJsonObject("conclusion").getBoolean("suitable"), "the dissent does not overwrite the conclusion");
        assertEquals(1, after.getJsonArray("dissents").size());
        assertEquals(authoriser2(), after.getJsonArray("dissents").getJsonObject(0).getString("dissentBy"));
        assertProblem(Api.post(authoriser2, "sources/" + sourceId + "/validations/" + vid + "/dissents",
                reasons("Again")), 409, "a second dissent by the same reviewer");

        JsonObject all = Api.get(Api.token(reviewer1()), "sources/" + sourceId + "/validations").json();
        JsonObject standing = all.getJsonObject("standing");
        assertFalse(Api.isNull(standing, "initialConcludedAt"));
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString(), standing.getString("nextValidationDue"));
        assertFalse(standing.getBoolean("validationOverdue"));
        assertEquals("PERIODIC", standing.getString("nextKind"));
        assertTrue(Api.isNull(standing, "openValidationId"));
        JsonObject read = all.getJsonArray("validations").getJsonObject(0);
        assertEquals("Passport sighted and checked against the issuing registry: Quetzalina Verdugo-Marsh",
                read.getString("proofOfExistence"));
        assertEquals(List.of("MONEY", "REVENGE"), read.getJsonArray("motivations").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());

        for (String table : TABLES) {
            String rows = Rows.dump(table);
            assertFalse(rows.contains("Quetzalina") || rows.contains("Verdugo"), table + " holds the proof in plaintext");
            assertFalse(rows.contains("Mariposa"), table + " holds the access details in plaintext");
            assertFalse(rows.contains("customs seizures"), table + " holds the conclusion's reasons in plaintext");
            assertFalse(rows.contains("too recent"), table + " holds the dissent's reasons in plaintext");
        }
        assertTrue(Rows.dump("audit_event").contains(vid), "the validation's actions are audited");
        assertEquals(1, audited(officer1(), "VALIDATION_RECORDED", vid));
        assertEquals(1, audited(authoriser1(), "VALIDATION_CONCLUDED", vid));
        assertEquals(1, audited(authoriser2(), "VALIDATION_DISSENT_RECORDED", vid));
        assertFalse(Rows.dump("audit_event").contains("Quetzalina"), "no finding reaches the audit trail");

        // a new validation can follow a concluded one
        Api.Reply next = Api.post(officer, "sources/" + sourceId + "/validations", findings("Seen again in person"));
        assertEquals(201, next.status(), next.body());
        assertEquals("PERIODIC", next.json().getString("kind"));
    }

    @Test
    void theHandlerMayNotConcludeAndTheRuleIsNamed() throws SQLException {
        // controller1 registers the source, so is its handler
        String controller = Api.token(controller1());
        String sourceId = register(controller, "VET-BRAVO", copper());
        String vid = Api.post(controller, "sources/" + sourceId + "/validations", findings("Utility bill and a visit"))
                .json().getString("id");
        long before = Rows.count("validation_conclusion");
        Api.Reply refused = Api.post(controller, "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, "Looks fine to me"));
        assertProblem(refused, 409, "handler concluding");
        assertEquals("validation.independent-reviewer", refused.json().getString("rule"));
        assertTrue(refused.json().getString("detail").contains("handle this source"), refused.body());
        assertEquals(before, Rows.count("validation_conclusion"), "a refused conclusion writes nothing");
        assertEquals(1, audited(controller1(), "VALIDATION_REVIEW_REFUSED", vid));

        // an authorising officer holding the HANDLER grant is a handler too
        String officer = Api.token(officer1());
        String other = register(officer, "VET-CHARLIE", copper());
        assertEquals(201, AdminApi.grant(Api.token(admin1()), other, authoriser1(), "HANDLER").status());
        String vid2 = Api.post(officer, "sources/" + other + "/validations", findings("Birth certificate")).json().getString("id");
        Api.Reply grantHolder = Api.post(Api.token(authoriser1()), "sources/" + other + "/validations/" + vid2 + "/conclusion",
                conclusion(true, "Fine"));
        assertProblem(grantHolder, 409, "handler by grant concluding");
        assertEquals("validation.independent-reviewer", grantHolder.json().getString("rule"));

        // and a controller concludes
        Api.Reply ok = Api.post(controller, "sources/" + other + "/validations/" + vid2 + "/conclusion",
                conclusion(false, "Motivation not credible"));
        assertEquals(201, ok.status(), ok.body());
        JsonObject standing = Api.get(officer, "sources/" + other + "/validations").json().getJsonObject("standing");
        assertTrue(Api.isNull(standing, "initialConcludedAt"), "not suitable: no initial validation in force");
        assertEquals("INITIAL", standing.getString("nextKind"));
    }

    @Test
    void aCaseOfficerWhoDoesNotHandleTheSourceMayNotRecordFindings() {
        String sourceId = register(Api.token(officer2()), "VET-DELTA", mesa());
        Api.Reply refused = Api.post(Api.token(officer1()), "sources/" + sourceId + "/validations", findings("Seen"));
        assertProblem(refused, 403, "case officer who is not the handler");
        assertTrue(refused.json().getString("detail").contains("handler"), refused.body());
        Api.Reply grade = Api.post(Api.token(officer1()), "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "B").add("reason", "r").build().toString());
        assertProblem(grade, 403, "case officer grading a source they do not handle");
    }

    @Test
    void aHiddenFileAnswersExactlyAsAMissingOne() {
        String sourceId = register(Api.token(officer1()), "VET-ECHO", copper());
        String officer2 = Api.token(officer2()); // MESA only
        String missing = UUID.randomUUID().toString();
        for (String path : List.of("/validations", "/grades")) {
            Api.Reply hidden = Api.get(officer2, "sources/" + sourceId + path);
            Api.Reply none = Api.get(officer2, "sources/" + missing + path);
            assertProblem(hidden, 404, "hidden " + path);
            assertEquals(none.json().getString("detail"), hidden.json().getString("detail"), path);
        }
        assertProblem(Api.post(officer2, "sources/" + sourceId + "/validations", findings("x")), 404, "writing to a hidden file");
        assertProblem(Api.post(officer2, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "A").add("reason", "r").build().toString()), 404, "grading a hidden file");
        assertProblem(Api.get(Api.token(officer1()), "sources/" + sourceId + "/validations/" + missing), 404, "unknown validation");
        assertProblem(Api.get(Api.token(admin1()), "sources/" + sourceId + "/validations"), 403, "administrators see no content");
    }

    @Test
    void badFindingsAreRefusedAndWriteNothing() throws SQLException {
        String officer = Api.token(officer1());
        String sourceId = register(officer, "VET-FOXTROT", copper());
        Map<String, Long> before = counts();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("missing proof", findings("x").replace(",\"proofOfExistence\":\"x\"", ""));
        bad.put("blank proof", findings("   "));
        bad.put("unknown motivation", findings("x").replace("REVENGE", "BOREDOM"));
        bad.put("no motivation", findings("x").replace("[\"MONEY\",\"REVENGE\"]", "[]"));
        bad.put("unknown subject status", findings("x").replace("FORMER_SUBJECT", "SUSPECT"));
        bad.put("oversized proof", findings("p".repeat(4001)));
        bad.put("misspelt field", findings("x").replace("accessDetails", "accessDetail"));
        bad.put("malformed", "{\"criminalHistory\":");
        for (var b : bad.entrySet()) {
            Api.Reply r = Api.post(officer, "sources/" + sourceId + "/validations", b.getValue());
            assertProblem(r, 400, b.getKey());
        }
        String vid = Api.post(officer, "sources/" + sourceId + "/validations", findings("ok")).json().getString("id");
        Map<String, Long> mid = counts();
        String controller = Api.token(controller1());
        assertProblem(Api.post(controller, "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                "{\"reasons\":\"no verdict\"}"), 400, "conclusion without suitable");
        assertProblem(Api.post(controller, "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, " ")), 400, "conclusion without reasons");
        assertProblem(Api.post(controller, "sources/" + sourceId + "/validations/not-an-id/conclusion",
                conclusion(true, "fine")), 404, "validation id that is not an id");
        assertEquals(before.get("validation") + 1, mid.get("validation"));
        assertEquals(mid, counts(), "refused conclusions wrote nothing");
    }

    @Test
    void gradeHistoryKeepsWhoWhenOldNewAndWhy() throws SQLException {
        String officer = Api.token(officer1());
        String sourceId = register(officer, "VET-GOLF", copper());
        JsonObject vocabulary = Api.get(officer, "grading").json();
        assertEquals("NATO_ADMIRALTY", vocabulary.getString("scheme"));
        assertEquals(6, vocabulary.getJsonArray("sourceReliability").size());
        assertEquals(6, vocabulary.getJsonArray("informationCredibility").size());

        JsonObject empty = Api.get(officer, "sources/" + sourceId + "/grades").json();
        assertTrue(Api.isNull(empty, "current"));

        Api.Reply first = Api.post(officer, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "f").add("reason", "New source, no track record yet").build().toString());
        assertEquals(201, first.status(), first.body());
        assertEquals("F", first.json().getJsonObject("current").getString("grade"));

        Api.Reply second = Api.post(Api.token(controller1()), "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "B").add("reason", "Six reports corroborated by seizures at Nogales").build().toString());
        assertEquals(201, second.status(), second.body());
        JsonObject grades = Api.get(Api.token(reviewer1()), "sources/" + sourceId + "/grades").json();
        assertEquals("B", grades.getJsonObject("current").getString("grade"));
        assertEquals("Usually reliable", grades.getJsonObject("current").getString("meaning"));
        assertEquals(2, grades.getJsonArray("history").size());
        JsonObject latest = grades.getJsonArray("history").getJsonObject(0);
        assertEquals("F", latest.getString("previousGrade"));
        assertEquals(controller1(), latest.getString("gradedBy"));
        assertEquals("Six reports corroborated by seizures at Nogales", latest.getString("reason"));
        assertTrue(Api.isNull(grades.getJsonArray("history").getJsonObject(1), "previousGrade"));

        long rows = Rows.count("source_grade");
        assertProblem(Api.post(officer, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "B").add("reason", "same").build().toString()), 409, "same grade again");
        Api.Reply g = Api.post(officer, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "G").add("reason", "x").build().toString());
        assertProblem(g, 400, "grade outside the scheme");
        assertEquals("grade", g.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(Api.post(officer, "sources/" + sourceId + "/grades", "{\"grade\":\"A\"}"), 400, "no reason");
        assertProblem(Api.post(officer, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "1").add("reason", "x").build().toString()), 400, "a UK code in the NATO scheme");
        assertProblem(Api.post(Api.token(reviewer1()), "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "A").add("reason", "x").build().toString()), 403, "reviewers read only");
        assertEquals(rows, Rows.count("source_grade"), "refused gradings wrote nothing");
        assertFalse(Rows.dump("source_grade").contains("corroborated"), "the reason is stored encrypted");
        assertEquals(1, audited(controller1(), "SOURCE_GRADED", sourceId));
    }

    @Test
    void theNextValidationFallsDueAndPassesAsTheRuleClockMoves() {
        String officer = Api.token(officer1());
        String sourceId = register(officer, "VET-HOTEL", copper());
        String vid = Api.post(officer, "sources/" + sourceId + "/validations", findings("Seen at home")).json().getString("id");
        assertEquals(201, Api.post(Api.token(controller1()), "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, "Suitable")).status());
        LocalDate due = LocalDate.parse(Api.get(officer, "sources/" + sourceId + "/validations").json()
                .getJsonObject("standing").getString("nextValidationDue"));

        assertEquals(200, setClock(due.minusDays(1) + "T12:00:00Z").status());
        assertFalse(standing(officer, sourceId).getBoolean("validationOverdue"), "the day before");
        assertEquals(200, setClock(due + "T23:59:00Z").status());
        assertFalse(standing(officer, sourceId).getBoolean("validationOverdue"), "the day of");
        assertEquals(200, setClock(due.plusDays(1) + "T00:01:00Z").status());
        JsonObject overdue = standing(officer, sourceId);
        assertTrue(overdue.getBoolean("validationOverdue"), "the day after");
        assertFalse(overdue.getBoolean("enhancedReviewOutstanding"), "one year of use needs no enhanced review");

        // five years on, the enhanced review is outstanding and the next validation is an enhanced one
        LocalDate registered = LocalDate.now(java.time.ZoneOffset.UTC);
        assertEquals(200, setClock(registered.plusYears(5).plusDays(1) + "T12:00:00Z").status());
        JsonObject longUse = standing(officer, sourceId);
        assertTrue(longUse.getBoolean("enhancedReviewOutstanding"), longUse.toString());
        assertEquals("ENHANCED", longUse.getString("nextKind"));
    }

    @Test
    void aRotationOfTheFilesKeyCarriesTheValidationAndGradingTextsAlong() throws Exception {
        String officer = Api.token(officer1());
        String admin = Api.token(admin1());
        String sourceId = register(officer, "VET-INDIA", copper());
        String vid = Api.post(officer, "sources/" + sourceId + "/validations", findings("Rotated proof")).json().getString("id");
        assertEquals(201, Api.post(Api.token(controller1()), "sources/" + sourceId + "/validations/" + vid + "/conclusion",
                conclusion(true, "Rotated reasons")).status());
        assertEquals(201, Api.post(Api.token(authoriser2()), "sources/" + sourceId + "/validations/" + vid + "/dissents",
                reasons("Rotated dissent")).status());
        assertEquals(201, Api.post(officer, "sources/" + sourceId + "/grades",
                Json.createObjectBuilder().add("grade", "C").add("reason", "Rotated grade reason").build().toString()).status());
        assertEquals(1, keyVersion("SELECT proof_of_existence FROM validation WHERE id = ?", vid));

        JsonObject job = Api.post(admin, "admin/keys/sources/" + sourceId + "/dek-rotations", "").json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(2, keyVersion("SELECT proof_of_existence FROM validation WHERE id = ?", vid));
        assertEquals(2, keyVersion("SELECT access_details FROM validation WHERE id = ?", vid));
        assertEquals(2, keyVersion("SELECT reasons FROM validation_conclusion WHERE validation_id = ?", vid));
        assertEquals(2, keyVersion("SELECT reasons FROM validation_dissent WHERE validation_id = ?", vid));
        assertEquals(2, keyVersion("SELECT reason FROM source_grade WHERE source_id = ?", sourceId));

        JsonObject v = Api.get(officer, "sources/" + sourceId + "/validations/" + vid).json();
        assertEquals("Rotated proof", v.getString("proofOfExistence"));
        assertEquals("Rotated reasons", v.getJsonObject("conclusion").getString("reasons"));
        assertEquals("Rotated dissent", v.getJsonArray("dissents").getJsonObject(0).getString("reasons"));
        assertEquals("Rotated grade reason", Api.get(officer, "sources/" + sourceId + "/grades").json()
                .getJsonObject("current").getString("reason"));
    }

    /** The data-key version an envelope names (FieldCipher's header: format byte, 16-byte key id, 4-byte version). */
    private static int keyVersion(String sql, String id) throws SQLException {
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), sql);
                return java.nio.ByteBuffer.wrap(rs.getBytes(1), 17, 4).getInt();
            }
        }
    }

    private static JsonObject standing(String token, String sourceId) {
        Api.Reply r = Api.get(token, "sources/" + sourceId + "/validations");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("standing");
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : TABLES) {
            c.put(t, Rows.count(t));
        }
        return c;
    }

    private static long audited(String actor, String action, String objectId) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND object_id = ?")) {
            s.setString(1, actor);
            s.setString(2, action);
            s.setString(3, objectId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
