package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registration with every particular of docs/domain.md, "The source file": what the handler reads
 * back, what others see (code names and plain facts only), what the database holds, document
 * deconfliction, assignments granting and ending the identity grant, and every bad input.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class RegistrationParticularsIT {
    private static final List<String> WRITTEN = List.of("source", "source_particulars", "source_code_name",
            "source_assignment", "source_promise", "identity_grant", "blind_index");
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** A registration with every particular; {@code unitCodeName} is this file's code name in unit TUCSON-RO. */
    static JsonObjectBuilder full(String codeName, String unitCodeName, String document) {
        JsonObjectBuilder particulars = Json.createObjectBuilder()
                .add("otherIdentities", Json.createArrayBuilder().add("El Flaco Velazquez").add("Tomasina Ortolan"))
                .add("identityDocuments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "passport").add("country", "MX").add("number", document))
                        .add(Json.createObjectBuilder().add("type", "driving licence").add("number", "DL-" + document)))
                .add("photo", Base64.getEncoder().encodeToString(PNG))
                .add("existenceVerification", "Passport inspected by Zaragoza registry clerk")
                .add("recruitedOn", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString())
                .add("recruitmentCircumstances", "Approached at the Quetzalcoatl cantina after arrest")
                .add("employer", "Transportes Vellocino SA")
                .add("occupation", "Forklift dispatcher")
                .add("dutyToReport", true)
                .add("nationality", "Mexican-Guatemalan")
                .add("foreignNational", true)
                .add("immigrationBenefit", "Significant public benefit parole Xiomara")
                .add("immigrationBenefitExpires", LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString())
                .add("agencyRelationships", "Reports also to Pima sheriff Ulloa")
                .add("motivations", Json.createArrayBuilder().add("MONEY").add("REVENGE"))
                .add("motivationNotes", "Resents cousin Baltazar")
                .add("accessKind", "DIRECT")
                .add("access", "Loading manifests at Vellocino yard")
                .add("securityWelfare", "Lives with sister Philomena; threat from Los Zorzales")
                .add("specialCategories", Json.createArrayBuilder().add("HIGH_RISK"))
                .add("codeNames", Json.createArrayBuilder().add(Json.createObjectBuilder().add("unit", "TUCSON-RO")
                        .add("codeName", unitCodeName)))
                .add("promises", Json.createArrayBuilder().add(Json.createObjectBuilder().add("madeBy", "US Attorney, D. Ariz.")
                        .add("madeOn", today()).add("description", "Letter for Quirinal sentencing")));
        return Json.createObjectBuilder(Json.createReader(new StringReader(
                        Api.registration(codeName, copper(), "Leocadia Vantongerloo", "1986-05-17", "+52 631 555 0177")))
                .readObject()).add("particulars", particulars);
    }

    static final List<String> SECRETS = List.of("El Flaco", "Ortolan", "Zaragoza", "Quetzalcoatl", "Vellocino", "Forklift",
            "Guatemalan", "Xiomara", "Ulloa", "Baltazar", "Philomena", "Zorzales", "Quirinal");

    @Test
    void everyParticularRoundTripsForTheHandlerAndIsCiphertextInTheDatabase() throws SQLException {
        String officer = Api.token(officer1());
        Api.Reply r = Api.post(officer, "sources", full("OSPREY", "TUC-OSPREY", "G7788991").build().toString());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");

        JsonObject read = Api.get(officer, "sources/" + id).json();
        JsonObject p = read.getJsonObject("particulars");
        JsonObject restricted = p.getJsonObject("restricted");
        assertEquals(List.of("El Flaco Velazquez", "Tomasina Ortolan"),
                restricted.getJsonArray("otherIdentities").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("G7788991", restricted.getJsonArray("identityDocuments").getJsonObject(0).getString("number"));
        assertEquals("MX", restricted.getJsonArray("identityDocuments").getJsonObject(0).getString("country"));
        assertEquals(Base64.getEncoder().encodeToString(PNG), restricted.getString("photo"));
        assertEquals("image/png", restricted.getString("photoType"));
        assertEquals("Transportes Vellocino SA", restricted.getString("employer"));
        assertEquals("Forklift dispatcher", restricted.getString("occupation"));
        assertEquals("Mexican-Guatemalan", restricted.getString("nationality"));
        assertEquals("Significant public benefit parole Xiomara", restricted.getString("immigrationBenefit"));
        assertEquals("Reports also to Pima sheriff Ulloa", restricted.getString("agencyRelationships"));
        assertEquals("Resents cousin Baltazar", restricted.getString("motivationNotes"));
        assertEquals("Loading manifests at Vellocino yard", restricted.getString("access"));
        assertEquals("Lives with sister Philomena; threat from Los Zorzales", restricted.getString("securityWelfare"));
        assertEquals("Approached at the Quetzalcoatl cantina after arrest", restricted.getString("recruitmentCircumstances"));
        assertEquals("Passport inspected by Zaragoza registry clerk", restricted.getString("existenceVerification"));
        assertTrue(p.getBoolean("dutyToReport"));
        assertTrue(p.getBoolean("foreignNational"));
        assertTrue(p.getBoolean("hasPhoto"));
        assertEquals("[\"MONEY\",\"REVENGE\"]", p.getJsonArray("motivations").toString());
        assertEquals("DIRECT", p.getString("accessKind"));
        assertEquals("[\"HIGH_RISK\"]", p.getJsonArray("specialCategories").toString());
        assertEquals("TUC-OSPREY", p.getJsonArray("codeNames").getJsonObject(0).getString("codeName"));
        assertEquals("TUCSON-RO", p.getJsonArray("codeNames").getJsonObject(0).getString("unit"));
        JsonObject handler = p.getJsonArray("assignments").getJsonObject(0);
        assertEquals(officer1(), handler.getString("username"));
        assertEquals("HANDLER", handler.getString("role"));
        assertTrue(Api.isNull(handler, "endedOn"));
        assertEquals("Letter for Quirinal sentencing", p.getJsonArray("promises").getJsonObject(0).getString("description"));
        assertEquals(officer1(), p.getJsonArray("promises").getJsonObject(0).getString("recordedBy"));

        for (String table : List.of("source", "source_particulars", "source_promise", "source_code_name", "source_assignment",
                "audit_event", "blind_index")) {
            String rows = Rows.dump(table);
            for (String secret : SECRETS) {
                assertFalse(rows.contains(secret), table + " holds '" + secret + "' in plaintext");
            }
            assertFalse(rows.contains("G7788991"), table + " holds the document number in plaintext");
        }
        assertTrue(Rows.dump("source_code_name").contains("TUC-OSPREY"), "code names are stored as they are");
    }

    @Test
    void othersSeeCodeNamesAndPlainFactsButNoIdentifyingParticular() {
        String officer = Api.token(officer1());
        Api.Reply r = Api.post(officer, "sources", full("MERLIN", "TUC-MERLIN", "H1100223").build().toString());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        for (String user : List.of(controller1(), reviewer1(), authoriser1())) {
            Api.Reply seen = Api.get(Api.token(user), "sources/" + id);
            assertEquals(200, seen.status(), user + ": " + seen.body());
            JsonObject json = seen.json();
            assertFalse(json.getBoolean("identityVisible"), user);
            assertTrue(Api.isNull(json, "identity"), user);
            assertTrue(Api.isNull(json.getJsonObject("particulars"), "restricted"), user);
            assertEquals("MERLIN", json.getString("codeName"));
            assertEquals("TUC-MERLIN", json.getJsonObject("particulars").getJsonArray("codeNames").getJsonObject(0).getString("codeName"));
            assertTrue(json.getJsonObject("particulars").getBoolean("dutyToReport"), "the duty-to-report flag is plain");
            assertTrue(Api.isNull(json.getJsonObject("particulars").getJsonArray("promises").getJsonObject(0), "description"),
                    user + " reads no promise text");
            for (String secret : SECRETS) {
                assertFalse(seen.body().contains(secret), user + " sees '" + secret + "'");
            }
            assertFalse(seen.body().contains("H1100223"), user + " sees the document number");
        }
        SourceRegistrationIT.assertProblem(Api.get(Api.token(officer2()), "sources/" + id), 404, (officer2() + " has no " + copper()));
    }

    @Test
    void aRegisteredDocumentNumberMatchesADeconflictionCheck() {
        String officer = Api.token(officer1());
        assertEquals(201, Api.post(officer, "sources", full("PEREGRINE", "TUC-PEREGRINE", "K5566778").build().toString()).status());
        Api.Reply hit = DeconflictionSteps.check(officer2(), mesa(), "{\"documentNumber\":\"k 556-6778\",\"documentCountry\":\"mx\"}");
        assertTrue(DeconflictionSteps.matched(hit), "the passport number finds the file");
        assertTrue(DeconflictionSteps.matched(DeconflictionSteps.check(officer1(), copper(), "{\"documentNumber\":\"DL-K5566778\"}")),
                "the second document (no country) finds it too");
        assertFalse(DeconflictionSteps.matched(DeconflictionSteps.check(officer1(), copper(),
                "{\"documentNumber\":\"K5566779\",\"documentCountry\":\"MX\"}")), "another number does not");
        assertFalse(DeconflictionSteps.matched(DeconflictionSteps.check(officer1(), copper(),
                "{\"documentNumber\":\"K5566778\",\"documentCountry\":\"GT\"}")), "the same number of another country does not");

        // registering someone with the same document refers it to the controllers
        String body = full("GOSHAWK", "TUC-GOSHAWK", "K5566778").build().toString()
                .replace("Leocadia Vantongerloo", "Somebody Else Entirely").replace("+52 631 555 0177", "+52 631 555 0999");
        assertEquals(201, Api.post(officer, "sources", body).status());
        String referrals = Api.get(Api.token(controller1()), "deconfliction/referrals").body();
        assertTrue(referrals.contains("GOSHAWK") && referrals.contains("DOCUMENT"), referrals);
    }

    @Test
    void assigningGrantsTheIdentityAndEndingTheAssignmentEndsIt() throws SQLException {
        String officer = Api.token(officer1());
        String controller = Api.token(controller1());
        String id = Api.post(officer, "sources", full("HOBBY", "TUC-HOBBY", "M0001112").build().toString()).json().getString("id");
        assertFalse(Api.get(controller, "sources/" + id).json().getBoolean("identityVisible"));

        SourceRegistrationIT.assertProblem(Api.post(officer, "sources/" + id + "/assignments",
                ("{\"username\":\"" + controller1() + "\",\"role\":\"CONTROLLER\"}")), 403, "a case officer assigns");
        // two-person (docs/domain.md, "Two-person control"): the controller asks, an authorising officer approves
        Api.Reply assigned = AdminApi.assign(controller, Api.token(authoriser1()), id,
                ("{\"username\":\"" + controller1() + "\",\"role\":\"CONTROLLER\"}"));
        assertEquals(201, assigned.status(), assigned.body());
        JsonObject opened = Json.createReader(new StringReader(Api.get(controller, "sources/" + id + "/assignments").body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> "CONTROLLER".equals(a.getString("role")) && (!a.containsKey("endedOn") || a.isNull("endedOn"))).findFirst().orElseThrow();
        String assignment = opened.getString("id");
        assertEquals(today(), opened.getString("startedOn"));
        JsonObject seen = Api.get(controller, "sources/" + id).json();
        assertTrue(seen.getBoolean("identityVisible"), "an open assignment carries the grant");
        assertEquals("Leocadia Vantongerloo", seen.getJsonObject("identity").getString("trueName"));
        assertEquals("Transportes Vellocino SA", seen.getJsonObject("particulars").getJsonObject("restricted").getString("employer"));
        assertEquals(1, grants(id, controller1()));
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments",
                ("{\"username\":\"" + controller1() + "\",\"role\":\"CONTROLLER\"}")), 409, "the same open assignment twice");

        Api.Reply ended = Api.post(controller, "sources/" + id + "/assignments/" + assignment + "/end", "");
        assertEquals(200, ended.status(), ended.body());
        assertEquals(today(), ended.json().getString("endedOn"));
        assertFalse(Api.get(controller, "sources/" + id).json().getBoolean("identityVisible"), "ending it ends the grant");
        assertEquals(0, grants(id, controller1()));
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments/" + assignment + "/end", ""),
                409, "ended twice");
        List<JsonObject> history = Api.get(controller, "sources/" + id).json().getJsonObject("particulars")
                .getJsonArray("assignments").getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), "the period stays on record");

        // a co-handler gets the grant too; someone without the compartment cannot be assigned
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments",
                ("{\"username\":\"" + officer2() + "\",\"role\":\"CO_HANDLER\"}")), 400, (officer2() + " lacks " + copper()));
        assertEquals(201, AdminApi.assign(controller, Api.token(authoriser1()), id,
                ("{\"username\":\"" + officer1() + "\",\"role\":\"CO_HANDLER\"}")).status(), "a second role for the handler");
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments",
                "{\"username\":\"nobody-at-all\",\"role\":\"HANDLER\"}"), 400, "unknown user");
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments",
                ("{\"username\":\"" + officer1() + "\",\"role\":\"JANITOR\"}")), 400, "unknown role");
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + id + "/assignments",
                ("{\"username\":\"" + officer1() + "\",\"role\":\"CO_HANDLER\",\"startsOn\":\"2999-01-01\"}")), 400, "future start");
        SourceRegistrationIT.assertProblem(Api.post(controller, "sources/" + UUID.randomUUID() + "/assignments",
                ("{\"username\":\"" + officer1() + "\",\"role\":\"CO_HANDLER\"}")), 404, "no such file");
    }

    @Test
    void promisesAreAddedLaterAndNeverChanged() {
        String officer = Api.token(officer1());
        String id = Api.post(officer, "sources", full("KITE", "TUC-KITE", "N0001113").build().toString()).json().getString("id");
        Api.Reply added = Api.post(officer, "sources/" + id + "/promises",
                "{\"madeBy\":\"DEA Phoenix\",\"madeOn\":\"" + today() + "\",\"description\":\"Relocation of Oriabel\"}");
        assertEquals(201, added.status(), added.body());
        List<JsonObject> promises = Api.get(officer, "sources/" + id).json().getJsonObject("particulars")
                .getJsonArray("promises").getValuesAs(JsonObject.class);
        assertEquals(2, promises.size());
        assertTrue(promises.stream().anyMatch(p -> "Relocation of Oriabel".equals(p.getString("description"))));
        SourceRegistrationIT.assertProblem(Api.post(officer, "sources/" + id + "/promises",
                "{\"madeBy\":\"DEA\",\"madeOn\":\"2999-01-01\",\"description\":\"x\"}"), 400, "future promise");
        SourceRegistrationIT.assertProblem(Api.post(officer, "sources/" + id + "/promises", "{\"madeBy\":\"DEA\"}"), 400, "incomplete");
        assertEquals(405, Api.send(Api.request(officer, "sources/" + id + "/promises").DELETE()).status(), "no deleting");
        assertFalse(Rows.dumpUnchecked("source_promise").contains("Oriabel"), "the description is ciphertext");
    }

    @Test
    void badParticularsAreRefusedNamingTheFieldAndWriteNothing() throws SQLException {
        String officer = Api.token(officer1());
        assertEquals(201, Api.post(officer, "sources", full("CONDOR", "TUC-CONDOR", "P0001114").build().toString()).status());
        Map<String, Long> before = counts();
        Map<String, String[]> bad = new LinkedHashMap<>();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        bad.put("future recruitment", new String[]{"recruitedOn", "\"recruitedOn\":\"" + tomorrow + "\"", "400"});
        bad.put("unknown motivation", new String[]{"motivations", "\"motivations\":[\"GREED\"]", "400"});
        bad.put("unknown category", new String[]{"specialCategories", "\"specialCategories\":[\"ROYALTY\"]", "400"});
        bad.put("juvenile declared", new String[]{"specialCategories", "\"specialCategories\":[\"JUVENILE\"]", "400"});
        bad.put("bad magic bytes", new String[]{"photo", "\"photo\":\"" + Base64.getEncoder().encodeToString("GIF89a-not-a-png".getBytes()) + "\"", "400"});
        bad.put("oversize photo", new String[]{"photo", "\"photo\":\"" + Base64.getEncoder().encodeToString(oversizePng()) + "\"", "400"});
        bad.put("bad access kind", new String[]{"accessKind", "\"accessKind\":\"PSYCHIC\"", "400"});
        bad.put("benefit without foreign national", new String[]{"immigrationBenefitExpires",
                "\"immigrationBenefit\":\"parole\",\"immigrationBenefitExpires\":\"2030-01-01\"", "400"});
        bad.put("future promise", new String[]{"madeOn", "\"promises\":[{\"madeBy\":\"DEA\",\"madeOn\":\"" + tomorrow + "\",\"description\":\"x\"}]", "400"});
        bad.put("document without number", new String[]{"number", "\"identityDocuments\":[{\"type\":\"passport\"}]", "400"});
        bad.put("duplicate code name in a unit", new String[]{"codeNames",
                "\"codeNames\":[{\"unit\":\"tucson-ro\",\"codeName\":\"TUC-CONDOR\"}]", "409"});
        for (var b : bad.entrySet()) {
            String body = Json.createObjectBuilder(Json.createReader(new StringReader(Api.registration("VULTURE", copper(),
                    "Anna Test", "1980-01-01", "+1 555 000 1111"))).readObject()).build().toString();
            body = body.substring(0, body.length() - 1) + ",\"particulars\":{" + b.getValue()[1] + "}}";
            Api.Reply r = Api.post(officer, "sources", body);
            int status = Integer.parseInt(b.getValue()[2]);
            SourceRegistrationIT.assertProblem(r, status, b.getKey());
            assertEquals(b.getValue()[0], r.json().getJsonArray("errors").getJsonObject(0).getString("field"), b.getKey() + ": " + r.body());
        }
        SourceRegistrationIT.assertProblem(Api.post(officer, "sources", Api.registration("VULTURE", copper(), "Anna Test",
                "1980-01-01", "+1 555 000 1111").replace("}", ",\"prospectId\":\"" + UUID.randomUUID() + "\"}")), 404, "unknown prospect");
        assertEquals(before, counts(), "a refused registration wrote rows");
    }

    static byte[] oversizePng() {
        byte[] b = new byte[41 * 1024];
        System.arraycopy(PNG, 0, b, 0, PNG.length);
        return b;
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : WRITTEN) {
            c.put(t, Rows.count(t));
        }
        return c;
    }

    private static long grants(String sourceId, String username) throws SQLException {
        try (Connection c = Stand.current().rootConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM identity_grant g JOIN app_user u ON u.id = g.user_id "
                     + "WHERE g.source_id = ? AND u.username = ?")) {
            s.setString(1, sourceId);
            s.setString(2, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
