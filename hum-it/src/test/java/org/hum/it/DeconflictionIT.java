package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
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
 * Deconfliction over REST: a check states its purpose and rests on the officer's own open
 * prospect; every check answers alike (202, its id, REFERRED) whether or not it matched, and is
 * referred to the controllers, who see what matched as far as they may and release what the
 * officer is told; checks per officer per day are limited and bursts alert the reviewers; the
 * caller never learns the file, unit or code name. The class's cast ({@link Cast}): KESTREL
 * (COPPER) and SPARROW (MESA). A second controller, of officer2's unit and MESA only, is added to show that a
 * notified controller sees the matched file only if the access rule lets them.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class DeconflictionIT {
    private static final List<String> DECONFLICTION_TABLES = List.of("blind_index", "deconfliction_referral",
            "deconfliction_match", "deconfliction_recipient", "source");
    private static String kestrelId;
    private static String kestrelNumber;
    private static String kestrelCode;
    private static Cast.Source sparrow;
    private static String kDob;
    private static String kPhone;
    private static String osprey;
    private static String wren;
    private static String controller2;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void registerKestrelAndAddAMesaController() {
        Cast.Source kestrel = Cast.source("KESTREL");
        sparrow = Cast.source("SPARROW");
        kestrelId = kestrel.id();
        kestrelCode = kestrel.codeName();
        kDob = kestrel.dateOfBirth();
        kPhone = kestrel.phone();
        kestrelNumber = Api.get(Api.token(officer1()), "sources/" + kestrelId).json().getString("sourceNumber");
        osprey = "OSPREY-" + Cast.suffix();
        wren = "WREN-" + Cast.suffix();
        controller2 = "controller2-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        Api.Reply created = AdminApi.createUser(Api.token(admin1()), controller2, "SENSITIVE", List.of("CONTROLLER"),
                List.of(mesa()), Cast.password());
        assertEquals(201, created.status(), created.body());
    }

    private static String check(String name, String dob, String phone, String document, String country) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (name != null) {
            b.add("trueName", name);
        }
        if (dob != null) {
            b.add("dateOfBirth", dob);
        }
        if (phone != null) {
            b.add("phoneNumber", phone);
        }
        if (document != null) {
            b.add("documentNumber", document);
        }
        if (country != null) {
            b.add("documentCountry", country);
        }
        return b.build().toString();
    }

    /** Each officer's own open prospect, recorded on first use: what every check of theirs rests on. */
    private static final Map<String, String> PROSPECTS = new java.util.concurrent.ConcurrentHashMap<>();

    static String prospectOf(String officer, String compartment) {
        return PROSPECTS.computeIfAbsent(officer, o -> {
            Api.Reply r = Api.post(Api.token(o), "prospects", "{\"workingName\":\"Cousin of the dispatcher\",\"compartment\":\""
                    + compartment + "\"}");
            assertEquals(201, r.status(), r.body());
            return r.json().getString("id");
        });
    }

    /** A check by {@code user} for their own prospect (purpose PROSPECT); a body that is not a JSON object goes as it is. */
    private static Api.Reply ask(String user, String body) {
        String sent = body;
        if (body.startsWith("{") && body.endsWith("}") && !body.contains("\"purpose\"")) {
            try {
                JsonObject o = Json.createReader(new java.io.StringReader(body)).readObject();
                String compartment = user.equals(officer1()) ? copper() : mesa();
                sent = Json.createObjectBuilder(o).add("purpose", "PROSPECT").add("prospectId", prospectOf(user, compartment))
                        .build().toString();
            } catch (jakarta.json.JsonException malformed) {
                sent = body;
            }
        }
        return Api.post(Api.token(user), "deconfliction/checks", sent);
    }

    /** The files a controller's referral of that check lists as MATCHED. */
    private static List<JsonObject> matched(String checkId) {
        return referral(controller1(), checkId).getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("role").equals("MATCHED")).toList();
    }

    private static void assertReferredAlike(Api.Reply r) {
        assertEquals(202, r.status(), r.body());
        assertEquals(Set.of("checkId", "status"), r.json().keySet(), r.body());
        assertEquals("REFERRED", r.json().getString("status"));
    }

    private static void assertRevealsNothing(Api.Reply r) {
        for (String secret : List.of(kestrelCode, copper(), "NOGALES", kestrelId, kestrelNumber, "Mateo", kPhone.substring(8))) {
            assertFalse(r.body().contains(secret), "the answer reveals " + secret + ": " + r.body());
        }
    }

    @Test
    void aMatchAndNoMatchAnswerAlikeAndOnlyWhatTheControllerReleasesReachesTheOfficer() {
        Api.Reply hit = ask(officer2(), check("Mateo Alvarez Ruiz", kDob, kPhone, null, null));
        Api.Reply miss = ask(officer2(), check(null, null, "+52 631 555 0987", null, null));
        assertReferredAlike(hit);
        assertReferredAlike(miss);
        assertRevealsNothing(hit);
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + kestrelId).status(), "the file stays hidden");
        String hitId = hit.json().getString("checkId");
        String missId = miss.json().getString("checkId");
        assertFalse(matched(hitId).isEmpty(), "the controllers see the match");
        assertTrue(matched(missId).isEmpty(), "and see that the other matched nothing");

        // the officer reads the same for both until a controller releases what they are told
        JsonObject waiting = Api.get(Api.token(officer2()), "deconfliction/checks/" + hitId).json();
        JsonObject alsoWaiting = Api.get(Api.token(officer2()), "deconfliction/checks/" + missId).json();
        assertEquals("AWAITING_CONTROLLER", waiting.getString("status"));
        assertEquals(waiting.keySet(), alsoWaiting.keySet());
        assertEquals(waiting.getString("status"), alsoWaiting.getString("status"));
        assertRevealsNothing(Api.get(Api.token(officer2()), "deconfliction/checks/" + hitId));
        assertEquals(404, Api.get(Api.token(officer1()), "deconfliction/checks/" + hitId).status(), "another officer's check");

        Api.Reply released = Api.post(Api.token(controller1()), "deconfliction/referrals/" + hitId + "/release",
                "{\"outcome\":\"SPEAK_TO_CONTROLLER\",\"note\":\"See me before the next meeting\"}");
        assertEquals(200, released.status(), released.body());
        assertEquals(409, Api.post(Api.token(controller1()), "deconfliction/referrals/" + hitId + "/release",
                "{\"outcome\":\"CLEAR\"}").status(), "released once");
        assertEquals(200, Api.post(Api.token(controller1()), "deconfliction/referrals/" + missId + "/release",
                "{\"outcome\":\"CLEAR\"}").status());
        JsonObject told = Api.get(Api.token(officer2()), "deconfliction/checks/" + hitId).json();
        assertEquals("RELEASED", told.getString("status"));
        assertEquals("SPEAK_TO_CONTROLLER", told.getString("outcome"));
        assertEquals("See me before the next meeting", told.getString("note"));
        assertEquals("CLEAR", Api.get(Api.token(officer2()), "deconfliction/checks/" + missId).json().getString("outcome"));
    }

    @Test
    void aCheckRestsOnTheOfficersOwnOpenProspectAndOnlyCaseOfficersCheck() {
        String mine = prospectOf(officer2(), mesa());
        String theirs = prospectOf(officer1(), copper());
        String ids = check(null, null, "+52 631 555 0988", null, null);
        Api.Reply noPurpose = Api.post(Api.token(officer2()), "deconfliction/checks", Json.createObjectBuilder(
                Json.createReader(new java.io.StringReader(ids)).readObject()).add("prospectId", mine).build().toString());
        assertEquals(400, noPurpose.status(), noPurpose.body());
        assertTrue(noPurpose.body().contains("\"purpose\""), noPurpose.body());
        for (String prospect : List.of(theirs, UUID.randomUUID().toString())) {
            Api.Reply r = Api.post(Api.token(officer2()), "deconfliction/checks", Json.createObjectBuilder(
                    Json.createReader(new java.io.StringReader(ids)).readObject()).add("purpose", "PROSPECT")
                    .add("prospectId", prospect).build().toString());
            assertEquals(404, r.status(), "another officer's prospect looks missing: " + r.body());
        }
        Api.Reply byController = Api.post(Api.token(controller1()), "deconfliction/checks", Json.createObjectBuilder(
                Json.createReader(new java.io.StringReader(ids)).readObject()).add("purpose", "PROSPECT")
                .add("prospectId", mine).build().toString());
        assertEquals(403, byController.status(), byController.body());
    }

    @Test
    void fiftyChecksOfUnrelatedNumbersEndInTheDailyLimitAndAReviewerAlert() {
        String miner = "miner-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        AdminApi.createUser(Api.token(admin1()), miner, "SENSITIVE", List.of("CASE_OFFICER"), List.of(mesa()), Cast.password());
        String prospect = prospectOf(miner, mesa());
        int accepted = 0;
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 50; i++) {
            Api.Reply r = Api.post(Api.token(miner), "deconfliction/checks", "{\"purpose\":\"PROSPECT\",\"prospectId\":\""
                    + prospect + "\",\"phoneNumber\":\"+1 520 555 " + String.format("%04d", 3000 + i) + "\"}");
            if (r.status() == 202) {
                assertEquals(0, limited, "no check accepted after the limit");
                accepted++;
            } else {
                assertEquals(429, r.status(), r.body());
                assertTrue(r.body().contains("day"), r.body());
                retryAfter = r.header("Retry-After");
                limited++;
            }
        }
        assertEquals(10, accepted, "the rule profile's deconflictionChecksPerDay");
        assertEquals(40, limited);
        assertTrue(retryAfter != null && Long.parseLong(retryAfter) > 0 && Long.parseLong(retryAfter) <= 86_400, retryAfter);
        JsonObject dashboard = Api.get(Api.token(reviewer1()), "dashboard").json();
        JsonObject alerts = dashboard.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("key").equals("DECONFLICTION_ANOMALIES")).findFirst()
                .orElseThrow(() -> new AssertionError("no DECONFLICTION_ANOMALIES section: " + dashboard));
        assertTrue(alerts.getJsonArray("entries").toString().contains(miner), alerts.toString());
        assertFalse(alerts.toString().contains("520 555"), "no number checked is named");
        // the compliance workspace lists it too; it concerns a person, not a file, so no note is kept for it
        Api.Reply workspace = Api.get(Api.token(reviewer1()), "oversight/workspace");
        assertEquals(200, workspace.status(), workspace.body());
        JsonObject line = workspace.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("group").equals("DECONFLICTION_ANOMALIES") && l.toString().contains(miner)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the workspace: " + workspace.body()));
        Api.Reply mark = Api.post(Api.token(reviewer1()), "oversight/workspace/marks", Json.createObjectBuilder()
                .add("key", line.getString("key")).add("note", "Spoke to the officer's controller").build().toString());
        assertEquals(422, mark.status(), mark.body());
        assertEquals("workspace.line-without-file", mark.json().getString("rule"));
    }

    @Test
    void accentCaseAndSpacingVariantsStillMatch() {
        for (String variant : List.of("MATEO ÁLVAREZ RUIZ", "  mateo   alvarez-ruiz ", "Ｍａｔｅｏ Álvarez Ruiz")) {
            Api.Reply r = ask(officer2(), check(variant, kDob, null, null, null));
            assertReferredAlike(r);
            assertFalse(matched(r.json().getString("checkId")).isEmpty(), variant);
            assertRevealsNothing(r);
        }
    }

    @Test
    void phoneOnlyAndNameWithBirthOnlyChecksMatch() {
        // the same numbers written otherwise: "+52 631 555 0142" as "+52 (631) 555-0142", and without spaces
        String reformatted = kPhone.substring(0, 4) + "(" + kPhone.substring(4, 7) + ") " + kPhone.substring(8, 11) + "-"
                + kPhone.substring(12);
        assertFalse(matched(ask(officer2(), check(null, null, reformatted, null, null)).json().getString("checkId")).isEmpty(), reformatted);
        assertFalse(matched(ask(officer1(), check("Ramón Ibarra Solís", sparrow.dateOfBirth(), null, null, null)).json()
                .getString("checkId")).isEmpty());
        assertFalse(matched(ask(officer1(), check(null, null, sparrow.phone().replace(" ", ""), null, null)).json()
                .getString("checkId")).isEmpty());
    }

    @Test
    void aDifferentPersonMatchesNothing() {
        for (String body : List.of(
                check("Mateo Alvarez Ruiz", java.time.LocalDate.parse(kDob).plusDays(1).toString(), null, null, null), // right name, another birthday
                check("Mateo Alvarez Rui", kDob, null, null, null),  // another name
                check(null, null, "+52 631 555 0143", null, null))) {
            Api.Reply r = ask(officer1(), body);
            assertReferredAlike(r);
            assertTrue(matched(r.json().getString("checkId")).isEmpty(), body);
        }
    }

    @Test
    void controllersSeeTheReferralAsFarAsTheyMaySeeTheFileAndTheOfficerSeesNone() {
        String referralId = ask(officer2(), check(null, null, kPhone, null, null)).json().getString("checkId");

        JsonObject forController1 = referral(controller1(), referralId); // COPPER and MESA: may see KESTREL
        assertEquals("CHECK", forController1.getString("origin"));
        assertEquals(officer2(), forController1.getString("requestedBy"));
        assertEquals("SAN-YSIDRO-RO", forController1.getString("requestingUnit"));
        // other tests may register the same person again (OSPREY): pick KESTREL's entry, whatever the order
        JsonObject file = forController1.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> !Api.isNull(f, "sourceNumber") && kestrelNumber.equals(f.getString("sourceNumber")))
                .findFirst().orElseThrow(() -> new AssertionError("KESTREL is not among the matched files: " + forController1));
        assertEquals("MATCHED", file.getString("role"));
        assertTrue(file.getBoolean("visible"));
        assertEquals(kestrelCode, file.getString("codeName"));
        assertEquals(kestrelNumber, file.getString("sourceNumber"));
        assertEquals(List.of("PHONE"), file.getJsonArray("matchedOn").getValuesAs(jakarta.json.JsonString::getString));

        JsonObject forController2 = referral(controller2, referralId); // officer2's unit, MESA only
        Api.Reply raw = Api.get(Api.token(controller2), "deconfliction/referrals");
        JsonObject hidden = forController2.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .filter(f -> !f.getBoolean("visible"))
                .findFirst().orElseThrow(() -> new AssertionError("KESTREL should be listed as a hidden file: " + forController2));
        assertFalse(hidden.getBoolean("visible"));
        assertTrue(Api.isNull(hidden, "codeName") && Api.isNull(hidden, "sourceNumber") && Api.isNull(hidden, "compartment"));
        assertFalse(raw.body().contains(kestrelCode) || raw.body().contains(kestrelNumber) || raw.body().contains(copper()));

        Api.Reply officer = Api.get(Api.token(officer2()), "deconfliction/referrals");
        SourceRegistrationIT.assertProblem(officer, 403, "a case officer's work list");
        assertFalse(officer.body().contains(referralId));
    }

    @Test
    void registeringAKnownPersonSucceedsUnchangedAndRefersTheHitToTheControllers() throws SQLException {
        String officer2 = Api.token(officer2());
        long indexes = Rows.count("blind_index");
        Api.Reply control = Api.post(officer2, "sources", Api.registration(wren, mesa(), "Unrelated Person",
                "1961-01-01", "+1 619 555 0166"));
        Api.Reply known = Api.post(officer2, "sources", Api.registration(osprey, mesa(), "Mateo Álvarez Ruiz",
                kDob, kPhone));
        assertEquals(201, known.status(), known.body());
        assertEquals(control.json().keySet(), known.json().keySet(), "a hit does not change the answer's shape");
        for (String secret : List.of(kestrelCode, copper(), kestrelId, kestrelNumber)) {
            assertFalse(known.body().contains(secret), "the registration answer reveals " + secret);
        }
        assertEquals(indexes + 4, Rows.count("blind_index"), "two indexes per new file: name with birth, phone");
        String ospreyId = known.json().getString("id");

        JsonArray list = Json.createReader(new java.io.StringReader(Api.get(Api.token(controller1()),
                "deconfliction/referrals").body())).readArray();
        JsonObject registration = list.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("origin").equals("REGISTRATION")
                        && r.getJsonArray("files").toString().contains(osprey))
                .findFirst().orElseThrow(() -> new AssertionError(("no registration referral for " + controller1() + ": ") + list));
        assertTrue(registration.getJsonArray("files").toString().contains(kestrelCode));
        // by source number: another test class registers a different person under the code name WREN
        assertFalse(list.toString().contains(control.json().getString("sourceNumber")),
                "no referral for a person nobody else holds");
        assertTrue(Api.get(officer2, "sources/" + ospreyId).json().getBoolean("identityVisible"));
    }

    @Test
    void matchAndNoMatchBothAnswerNoSoonerThanTheFloor() {
        for (String body : List.of(check(null, null, kPhone, null, null),
                check(null, null, "+52 631 555 0999", null, null))) {
            long start = System.nanoTime();
            Api.Reply r = ask(officer1(), body);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(202, r.status(), r.body());
            assertTrue(millis >= 250, "answered in " + millis + " ms, under the 250 ms floor");
        }
    }

    @Test
    void blindIndexRowsHoldNoPlaintextAndAreTruncated() throws SQLException {
        String rows = Rows.dump("blind_index") + Rows.dump("deconfliction_referral") + Rows.dump("deconfliction_match");
        // whole phone numbers only: a four-digit fragment turns up by chance in random ids and microsecond timestamps
        for (String plain : List.of("Mateo", "mateo", "Alvarez", "alvarez", "Ramon", "ramon", kDob, sparrow.dateOfBirth(),
                kPhone.replaceAll("\\D", "").substring(2), sparrow.phone().replaceAll("\\D", "").substring(2), "Lucia")) {
            assertFalse(rows.contains(plain), "plaintext in the deconfliction tables: " + plain);
        }
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT LENGTH(value), field FROM blind_index WHERE source_id IN ('"
                     + kestrelId + "', '" + sparrow.id() + "')")) {
            int n = 0;
            while (rs.next()) {
                n++;
                assertEquals(2, rs.getInt(1), "15 bits for 100,000 expected sources: 2 bytes");
                assertTrue(Set.of("NAME_DOB", "PHONE").contains(rs.getString(2)));
            }
            assertTrue(n > 0, "the cast's files are indexed");
        }
    }

    @Test
    void everyBadInputIsRefusedWithAProblemAndWritesNothing() throws SQLException {
        Map<String, Long> before = counts();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty body", "");
        bad.put("no identifiers", "{}");
        bad.put("blank identifiers", check(" ", null, " ", null, null));
        bad.put("name without date of birth", check("Mateo Alvarez Ruiz", null, null, null, null));
        bad.put("date of birth without name", check(null, kDob, null, null, null));
        bad.put("phone without country code", check(null, null, "631 555 0142", null, null));
        bad.put("phone not a phone", check(null, null, "+52 call me", null, null));
        bad.put("oversized name", check("N".repeat(201), kDob, null, null, null));
        bad.put("oversized phone", check(null, null, "+" + "1".repeat(40), null, null));
        bad.put("future date of birth", check("Mateo Alvarez Ruiz", "2999-01-01", null, null, null));
        bad.put("not a date", check("Mateo Alvarez Ruiz", "1984-13-45", null, null, null));
        bad.put("bad document country", check(null, null, null, "G123", "Mexico"));
        bad.put("country without document", check(null, null, "+526315550142", null, "MX"));
        bad.put("unknown field", "{\"name\":\"Mateo\"}");
        bad.put("malformed JSON", "{\"trueName\": ");
        for (var e : bad.entrySet()) {
            Api.Reply r = ask(officer2(), e.getValue());
            SourceRegistrationIT.assertProblem(r, 400, e.getKey());
            assertFalse(r.body().contains(kPhone.substring(kPhone.length() - 4)) || r.body().contains("Mateo") || r.body().contains("Exception"),
                    e.getKey() + " echoes a value or a stack trace: " + r.body());
        }
        Api.Reply noCountryCode = ask(officer2(), check(null, null, "631 555 0142", null, null));
        assertEquals("phoneNumber", noCountryCode.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(noCountryCode.json().getString("detail").contains("country code"));
        Api.Reply nameOnly = ask(officer2(), check("Mateo Alvarez Ruiz", null, null, null, null));
        assertEquals("dateOfBirth", nameOnly.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        for (String user : List.of(admin1(), reviewer1(), controller1())) { // none of them records prospects
            SourceRegistrationIT.assertProblem(Api.post(Api.token(user), "deconfliction/checks", "{\"purpose\":\"PROSPECT\","
                    + "\"prospectId\":\"" + UUID.randomUUID() + "\",\"phoneNumber\":\"+526315550142\"}"), 403, user);
        }
        SourceRegistrationIT.assertProblem(Api.post(null, "deconfliction/checks", check(null, null, "+526315550142", null, null)),
                401, "no login");
        assertEquals(before, counts(), "a refused check wrote rows");
    }

    @Test
    void oneInsiderCannotMineDeconflictionAlone() {
        // a controller of MESA only registers a file with KESTREL's phone: KESTREL (COPPER) stays hidden from them
        String suffix = Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        String registrar = "insider.ctl-" + suffix;
        assertEquals(201, AdminApi.createUser(Api.token(admin1()), registrar, "SECRET", List.of("CONTROLLER"),
                List.of(mesa()), Cast.password()).status());
        String lure = "LURE-" + Cast.suffix();
        Api.Reply registered = Api.post(Api.token(registrar), "sources", Api.registration(lure, mesa(), "Somebody Unrelated",
                "1970-02-03", kPhone));
        assertEquals(201, registered.status(), registered.body());
        Api.Reply own = Api.get(Api.token(registrar), "deconfliction/referrals");
        assertEquals(200, own.status(), own.body());
        assertFalse(own.body().contains(lure), "the one who registered is not told what their registration matched: "
                + own.body());
        assertTrue(Json.createReader(new java.io.StringReader(own.body())).readArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("requestedBy").equals(registrar)), "no referral of their own: " + own.body());
        assertTrue(Api.get(Api.token(controller1()), "deconfliction/referrals").body().contains(lure),
                "another controller of the files decides it");

        // a case officer who is also a controller checks a number and cannot read or release their own referral
        String dual = "insider.dual-" + suffix;
        assertEquals(201, AdminApi.createUser(Api.token(admin1()), dual, "SECRET", List.of("CASE_OFFICER", "CONTROLLER"),
                List.of(mesa()), Cast.password()).status());
        Api.Reply asked = ask(dual, check(null, null, kPhone, null, null));
        assertReferredAlike(asked);
        String checkId = asked.json().getString("checkId");
        Api.Reply workList = Api.get(Api.token(dual), "deconfliction/referrals");
        assertEquals(200, workList.status(), workList.body());
        assertFalse(workList.body().contains(checkId), "their own check is not in their work list: " + workList.body());
        Api.Reply release = Api.post(Api.token(dual), "deconfliction/referrals/" + checkId + "/release", "{\"outcome\":\"CLEAR\"}");
        SourceRegistrationIT.assertProblem(release, 409, "releasing one's own check");
        assertEquals("deconfliction.own-referral", release.json().getString("rule"), release.body());
        assertEquals("AWAITING_CONTROLLER", Api.get(Api.token(dual), "deconfliction/checks/" + checkId).json()
                .getString("status"), "nothing was released");
        assertFalse(matched(checkId).isEmpty(), "controller1, who is not the asker, sees the match");
        assertEquals(200, Api.post(Api.token(controller1()), "deconfliction/referrals/" + checkId + "/release",
                "{\"outcome\":\"SPEAK_TO_CONTROLLER\"}").status());
        assertEquals("SPEAK_TO_CONTROLLER", Api.get(Api.token(dual), "deconfliction/checks/" + checkId).json()
                .getString("outcome"));
    }

    private static JsonObject referral(String user, String referralId) {
        Api.Reply r = Api.get(Api.token(user), "deconfliction/referrals");
        assertEquals(200, r.status(), user + ": " + r.body());
        return Json.createReader(new java.io.StringReader(r.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(referralId)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " was not notified of " + referralId + ": " + r.body()));
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : DECONFLICTION_TABLES) {
            c.put(t, Rows.count(t));
        }
        return c;
    }
}
