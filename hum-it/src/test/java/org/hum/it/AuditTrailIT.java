package org.hum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.hum.audit.verify.AuditVerifier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail end to end: a scenario of logins, a registration, reads, an identity view
 * and a refused read leaves the expected entries and no identity; the application's own
 * account cannot change or remove entries; reviewers filter and export; the verifier accepts
 * the honest trail and export and names tampering in either.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class AuditTrailIT {
    /** Deliberate failed logins come from an address of this class's own (Api.loginFrom). */
    private static final String FAILURES = "127.0.0.22";

    private static final String TRUE_NAME = "Ottoline Quarrington-Vell";
    private static final String BIRTH = "1973-02-14";
    private static final String PHONE = "+1 520 555 0163";
    private static final String WRONG_PASSWORD = "wrong-Zephyrine-42";
    private static String sourceId;
    private static String refusedCorrelation;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void scenario() {
        assertEquals(401, Api.loginFrom(FAILURES, officer1(), WRONG_PASSWORD).status());
        assertEquals(401, Api.loginFrom(FAILURES, "nobody-" + UUID.randomUUID(), WRONG_PASSWORD).status());
        String officer1 = Api.token(officer1());
        Api.Reply created = Api.post(officer1, "sources", Api.registration("WREN", mesa(), TRUE_NAME, BIRTH, PHONE));
        assertEquals(201, created.status(), created.body());
        sourceId = created.json().getString("id");
        assertEquals(200, Api.get(officer1, "sources/" + sourceId).status());
        assertEquals(200, Api.get(officer1, "sources?size=5").status());
        assertEquals(200, Api.get(Api.token(controller1()), "sources/" + sourceId).status());
        // officer2 is in MESA but cleared only to SENSITIVE: register above that so the file is hidden from them
        Api.Reply hidden = Api.post(officer1, "sources", ("{\"codeName\":\"WREN-S\",\"compartment\":\"" + mesa() + "\",\"trueName\":\"")
                + TRUE_NAME + "\",\"dateOfBirth\":\"" + BIRTH + "\",\"phoneNumber\":\"" + PHONE + "\",\"classification\":\"SECRET\"}");
        assertEquals(201, hidden.status(), hidden.body());
        sourceId = hidden.json().getString("id");
        assertEquals(200, Api.get(officer1, "sources/" + sourceId).status());
        Api.Reply refused = Api.send(Api.request(Api.token(officer2()), "sources/" + sourceId)
                .header("X-Correlation-Id", "it-refused-" + UUID.randomUUID().toString().substring(0, 8)).GET());
        assertEquals(404, refused.status(), "a forbidden file still reads as a missing one");
        refusedCorrelation = refused.header("X-Correlation-Id");
        assertTrue(refusedCorrelation.startsWith("it-refused-"), "the correlation id comes back");
    }

    @Test
    void scenarioLeavesTheExpectedEntriesWithActorsAndOutcomes() throws SQLException {
        List<String> rows = rows("SELECT CONCAT_WS('|', actor, action, outcome, IFNULL(object_id, '-')) FROM audit_event");
        assertTrue(rows.contains((officer1() + "|LOGIN_FAILED|FAILED|" + officer1())), rows.toString());
        assertEquals(List.of("-"), rows("SELECT DISTINCT IFNULL(actor_roles, '-') FROM audit_event WHERE action = 'LOGIN_FAILED'"),
                "a failed attempt holds no roles");
        assertTrue(rows.contains("anonymous|LOGIN_FAILED|FAILED|-"), "an unknown name is not written down");
        assertTrue(rows.contains((officer1() + "|LOGIN_SUCCEEDED|SUCCESS|" + officer1())));
        assertTrue(rows.contains((officer1() + "|SOURCE_REGISTERED|SUCCESS|") + sourceId));
        assertTrue(rows.contains((officer1() + "|SOURCE_READ|SUCCESS|") + sourceId));
        assertEquals(2, rows.stream().filter(((officer1() + "|TRUE_IDENTITY_VIEWED|SUCCESS|") + sourceId)::equals).count(),
                "the identity was decrypted twice: at registration and at the read");
        assertTrue(rows.contains((officer1() + "|SOURCE_LISTED|SUCCESS|-")));
        assertTrue(rows.contains((officer2() + "|ACCESS_REFUSED|REFUSED|") + sourceId), "the refused read is recorded");
        assertFalse(rows.stream().anyMatch(r -> r.startsWith((controller1() + "|TRUE_IDENTITY_VIEWED"))), "no grant, no identity view");
        List<String> refused = rows("SELECT CONCAT_WS('|', actor_roles, client_address, IFNULL(label, '-')) FROM audit_event "
                + "WHERE correlation_id = '" + refusedCorrelation + "'");
        assertEquals(1, refused.size(), "one entry under the refused request's correlation id: " + refused);
        // the refused read carries no label: it reads as the refusal of an id that names nothing (EnumerationIT)
        assertTrue(refused.get(0).matches(("CASE_OFFICER\\|(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1)\\|-")), refused.get(0));
        assertTrue(rows("SELECT label FROM audit_event WHERE action = 'SOURCE_REGISTERED' AND object_id = '" + sourceId + "'")
                .contains(("SECRET/" + mesa())));
    }

    @Test
    void noPlaintextIdentityOrPasswordIsAnywhereInTheTrail() throws SQLException {
        String all = Rows.dump("audit_event") + Rows.dump("audit_chain") + Rows.dump("audit_checkpoint");
        assertTrue(all.contains(sourceId), "the dump holds the entries");
        for (String secret : new String[] {"Quarrington", "Ottoline", BIRTH, "555 0163", "5550163", WRONG_PASSWORD,
                Cast.password(), "Mateo Alvarez", "Lucia Ferrer", "Ramon Ibarra"}) {
            assertFalse(all.contains(secret), "the trail holds " + secret);
        }
    }

    @Test
    void applicationAccountCannotUpdateOrDeleteTheTrail() throws SQLException {
        try (Connection app = Stand.current().appConnection(); Statement s = app.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                rs.next();
                assertTrue(rs.getLong(1) > 0, "the account reads the trail");
            }
            for (String sql : new String[] {
                    "UPDATE audit_event SET actor = 'mallory'", "DELETE FROM audit_event",
                    "UPDATE audit_chain SET gap = TRUE", "DELETE FROM audit_chain",
                    "UPDATE audit_checkpoint SET entry_count = 0", "DELETE FROM audit_checkpoint",
                    "TRUNCATE TABLE audit_event", "DROP TABLE audit_chain"}) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertTrue(e.getMessage().toLowerCase().contains("command denied"), sql + ": " + e.getMessage());
            }
        }
        assertTrue(Rows.count("audit_event") > 0);
    }

    @Test
    void reviewersFilterTheTrailAndOthersAreRefused() throws SQLException {
        String reviewer = Api.token(reviewer1());
        JsonObject bySource = Api.get(reviewer, "audit?sourceId=" + sourceId + "&size=100").json();
        JsonArray items = bySource.getJsonArray("items");
        assertTrue(items.size() >= 4, bySource.toString());
        items.forEach(v -> assertEquals(sourceId, v.asJsonObject().getString("objectId")));
        assertTrue(bySource.toString().contains("ACCESS_REFUSED") && bySource.toString().contains("SOURCE_REGISTERED"));

        JsonObject refusals = Api.get(reviewer, ("audit?actor=" + officer2() + "&action=access_refused")).json();
        assertTrue(refusals.getJsonNumber("total").longValue() >= 1);
        refusals.getJsonArray("items").forEach(v -> {
            assertEquals(officer2(), v.asJsonObject().getString("actor"));
            assertEquals("ACCESS_REFUSED", v.asJsonObject().getString("action"));
        });
        assertEquals(0, Api.get(reviewer, "audit?from=2099-01-01").json().getJsonNumber("total").longValue());
        assertTrue(Api.get(reviewer, "audit?from=2000-01-01&to=2099-01-01").json().getJsonNumber("total").longValue()
                >= items.size());

        Api.Reply bad = Api.get(reviewer, "audit?sourceId=nope&action=drop%20table&from=yesterday");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("[action, from, sourceId]", bad.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).sorted().toList().toString());
        assertEquals(400, Api.get(reviewer, "audit?size=0").status());
        assertEquals(400, Api.get(reviewer, "audit?from=2026-01-02&to=2026-01-01").status());
        assertEquals(400, Api.send(Api.request(reviewer, "audit").header("X-Purpose", "looking for Juan Perez").GET()).status());

        for (String other : new String[] {officer1(), controller1(), admin1()}) {
            String token = Api.token(other);
            assertEquals(403, Api.get(token, "audit").status(), other);
            assertEquals(403, Api.get(token, "audit/export").status(), other);
        }
        assertEquals(401, Api.get(null, "audit").status());
        assertTrue(rows("SELECT CONCAT_WS('|', actor, action, outcome, object_type, object_id) FROM audit_event")
                .contains((admin1() + "|ACCESS_REFUSED|REFUSED|API|GET /api/audit/export")), "a call refused for its roles is audited");
    }

    @Test
    void aReviewerSeesAndCountsOnlyEntriesWhoseLabelTheyDominate() {
        String admin = Api.token(admin1());
        String name = "rev-copper-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Reviewer-Copper-" + UUID.randomUUID();
        Api.Reply created = AdminApi.createUser(admin, name, "SECRET", List.of("COMPLIANCE_REVIEWER"), List.of(copper()), password);
        assertEquals(201, created.status(), created.body());
        String narrow = Api.token(name, password);
        String full = Api.token(reviewer1());

        // sourceId is a SECRET/MESA file: reviewer1 (COPPER+MESA, top level) sees its entries; a COPPER-only reviewer does not
        long fullTotal = Api.get(full, "audit?sourceId=" + sourceId).json().getJsonNumber("total").longValue();
        assertTrue(fullTotal >= 4, (reviewer1() + " sees the file's entries: ") + fullTotal);
        // but the refused reads of it, which carry no label and read as refusals of a missing id
        JsonObject narrowed = Api.get(narrow, "audit?sourceId=" + sourceId).json();
        assertTrue(narrowed.getJsonNumber("total").longValue() < fullTotal, narrowed.toString());
        narrowed.getJsonArray("items").forEach(v -> {
            assertEquals("ACCESS_REFUSED", v.asJsonObject().getString("action"), v.toString());
            assertTrue(!v.asJsonObject().containsKey("label") || v.asJsonObject().isNull("label"), v.toString());
        });

        // over the whole trail the totals differ by exactly the MESA-labelled entries, and nothing MESA shows
        JsonObject everything = Api.get(narrow, "audit?size=100").json();
        everything.getJsonArray("items").forEach(v -> {
            JsonObject e = v.asJsonObject();
            assertFalse(e.containsKey("label") && !e.isNull("label") && e.getString("label").contains(mesa()), e.toString());
        });
        assertFalse(Api.get(narrow, "audit/export").body().contains("SECRET/" + mesa()), "the export holds no hidden entry either");
        assertTrue(Api.get(full, "audit/export?sourceId=" + sourceId).body().contains(sourceId));
    }

    @Test
    void readingTheTrailIsAuditedWithThePurpose() throws SQLException {
        String reviewer = Api.token(reviewer1());
        assertEquals(200, Api.send(Api.request(reviewer, ("audit?actor=" + officer1())).header("X-Purpose", "CASE-2026/0042").GET()).status());
        assertTrue(rows("SELECT CONCAT_WS('|', actor, action, purpose) FROM audit_event WHERE action = 'AUDIT_READ'")
                .contains((reviewer1() + "|AUDIT_READ|CASE-2026/0042")));
    }

    @Test
    void exportVerifiesOfflineAndATamperedExportIsNamed() throws Exception {
        String reviewer = Api.token(reviewer1());
        Api.Reply export = Api.get(reviewer, "audit/export?sourceId=" + sourceId);
        assertEquals(200, export.status(), export.body());
        JsonObject slice = export.json();
        int entries = slice.getJsonArray("entries").size();
        assertTrue(entries >= 4, export.body());
        assertFalse(slice.getJsonArray("checkpoints").isEmpty(), "the export carries its checkpoint");
        Path file = Files.writeString(dir.resolve("slice.json"), export.body());
        assertEquals("0|OK " + entries + " entries, " + slice.getJsonArray("checkpoints").size() + " checkpoints",
                verify("--file", file.toString()));

        JsonObject refusal = slice.getJsonArray("entries").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("ACCESS_REFUSED")).findFirst().orElseThrow();
        String tampered = export.body().replace(("\"actor\":\"" + officer2() + "\",\"actorRoles\":\"CASE_OFFICER\",\"action\":\"ACCESS_REFUSED\""),
                ("\"actor\":\"" + officer2() + "\",\"actorRoles\":\"CASE_OFFICER\",\"action\":\"SOURCE_READ\""));
        assertFalse(tampered.equals(export.body()), "the tampering applied");
        Path bad = Files.writeString(dir.resolve("tampered.json"), tampered);
        String verdict = verify("--file", bad.toString());
        assertTrue(verdict.startsWith("1|BROKEN at seq " + refusal.getJsonNumber("seq").longValue() + ": "), verdict);
    }

    @Test
    void databaseVerifiesAndEditedOrDeletedRowsAreNamed() throws Exception {
        chainEverything();
        assertTrue(verifyDatabase().startsWith("0|OK "), "the honest trail verifies");
        long victim;
        try (Connection root = Stand.current().rootConnection(); Statement s = root.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM audit_event WHERE object_id = '" + sourceId
                     + "' AND seq <= (SELECT MAX(last_seq) FROM audit_checkpoint)")) {
            rs.next();
            victim = rs.getLong(1);
        }
        assertTrue(victim > 0);
        try (Connection root = Stand.current().rootConnection(); Statement s = root.createStatement()) {
            s.executeUpdate("UPDATE audit_event SET outcome = 'REFUSED' WHERE seq = " + victim);
            try {
                String verdict = verifyDatabase();
                assertEquals("1|BROKEN at seq " + victim + ": the entry's fields do not match its own hash (edited entry)", verdict);
            } finally {
                s.executeUpdate("UPDATE audit_event SET outcome = 'SUCCESS' WHERE seq = " + victim);
            }
            s.executeUpdate("CREATE TEMPORARY TABLE saved AS SELECT * FROM audit_event WHERE seq = " + victim);
            s.executeUpdate("DELETE FROM audit_event WHERE seq = " + victim);
            try {
                assertEquals("1|BROKEN at seq " + victim + ": the chain records an entry here but it is missing (deleted entry)",
                        verifyDatabase());
            } finally {
                s.executeUpdate("INSERT INTO audit_event SELECT * FROM saved");
            }
        }
        assertTrue(verifyDatabase().startsWith("0|OK "), "restored, it verifies again");
    }

    /** Asks the chainer to chain and sign now, until no missing seq holds it up (bounded). */
    private static void chainEverything() throws InterruptedException {
        String reviewer = Api.token(reviewer1());
        for (int i = 0; i < 30; i++) {
            Api.Reply r = Api.post(reviewer, "audit/chain", "");
            assertEquals(200, r.status(), r.body());
            if (r.json().getJsonNumber("waitingFor").longValue() < 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the chain kept waiting for a missing seq");
    }

    private String verifyDatabase() {
        var db = Stand.current().database();
        return verify("--jdbc", db.jdbcUrl(), "--user", db.app().user(), "--password", db.app().password());
    }

    private static String verify(String... source) {
        Path key = Path.of(System.getProperty("hum.it.home", "target/it-home")).toAbsolutePath()
                .resolve("app/keys/audit-public.pem");
        List<String> args = new ArrayList<>(List.of("--public-key", key.toString()));
        args.addAll(List.of(source));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + "|" + out.toString(StandardCharsets.UTF_8).strip() + (status == 2 ? err.toString(StandardCharsets.UTF_8) : "");
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
