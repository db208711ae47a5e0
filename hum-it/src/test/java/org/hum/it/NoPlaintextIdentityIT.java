package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No plaintext identity anywhere but the encrypted columns: a full scenario with distinctive
 * names, dates of birth and phone numbers (registration, reads, lists, refused input, failed
 * logins with the name typed as a username, administration changes and grants), then a scan of
 * Payara's log and of every column of every table of the database, found through
 * information_schema so that tables added later (the audit trail) are scanned too.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class NoPlaintextIdentityIT {
    /** Deliberate failed logins come from an address of this class's own (Api.loginFrom). */
    private static final String FAILURES = "127.0.0.24";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void distinctiveIdentitiesReachNeitherTheServerLogNorAnyTableInPlaintext() throws Exception {
        String surname = "Quillfeather" + letters(6);
        String trueName = "Zebediah " + surname;
        String otherName = "Philippa " + "Marchbanks" + letters(6);
        LocalDate dob = LocalDate.of(1930 + RANDOM.nextInt(20), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String phone = "+1 520 555 " + (1000 + RANDOM.nextInt(9000));
        String otherPhone = "+52 664 555 " + (1000 + RANDOM.nextInt(9000));
        String password = "Pw-" + letters(12) + "-9";
        String wrongPassword = "Wrong-" + letters(12);

        String admin = Api.token(admin1());
        String officer = AdministrationIT.unique("nopl.officer");
        String controller = AdministrationIT.unique("nopl.ctl");
        assertEquals(201, AdminApi.createUser(admin, officer, "SECRET", List.of("CASE_OFFICER"), List.of(copper()), password).status());
        assertEquals(201, AdminApi.createUser(admin, controller, "SECRET", List.of("CONTROLLER"), List.of(copper()), password).status());
        String token = Api.token(officer, password);

        Api.Reply reg = Api.post(token, "sources", AdminApi.registration("GANNET", copper(), "SECRET", trueName,
                dob.toString(), phone));
        assertEquals(201, reg.status(), reg.body());
        String id = reg.json().getString("id");
        assertEquals(201, Api.post(token, "sources", AdminApi.registration("FULMAR", copper(), null, otherName,
                "1950-05-05", otherPhone)).status());
        assertEquals(trueName, Api.get(token, "sources/" + id).json().getJsonObject("identity").getString("trueName"));
        assertEquals(200, Api.get(token, "sources?size=100").status());

        // refused input that carries the identity: nothing of it may be echoed or logged
        Api.Reply future = Api.post(token, "sources", AdminApi.registration("GANNET", copper(), null, trueName, "2999-01-01", phone));
        Api.Reply badPhone = Api.post(token, "sources", AdminApi.registration("GANNET", copper(), null, trueName,
                dob.toString(), "call " + phone));
        Api.Reply malformed = Api.post(token, "sources", "{\"trueName\":\"" + trueName + "\",\"dateOfBirth\":\"" + phone + "\"}");
        Api.Reply unknownField = Api.post(token, "sources", "{\"nickname\":\"" + trueName + "\"}");
        for (Api.Reply r : List.of(future, badPhone, malformed, unknownField)) {
            assertEquals(400, r.status(), r.body());
            for (String secret : List.of(surname, dob.toString(), phone)) {
                assertFalse(r.body().contains(secret), "a refusal echoes an identifying value: " + r.body());
            }
        }
        // people type names into the wrong field
        assertEquals(401, Api.loginFrom(FAILURES, trueName, wrongPassword).status());
        assertEquals(401, Api.loginFrom(FAILURES, officer, wrongPassword).status());
        assertEquals(401, Api.loginFrom(FAILURES, officer, trueName).status());
        assertEquals(401, Api.get(trueName.replace(' ', '-'), "sources").status());

        // administration around the file
        assertEquals(201, AdminApi.grant(admin, id, controller, "CONTROLLER").status());
        assertEquals(trueName, Api.get(Api.token(controller, password), "sources/" + id).json()
                .getJsonObject("identity").getString("trueName"));
        assertEquals(204, AdminApi.revoke(admin, id, controller).status());
        assertEquals(200, AdminApi.change(admin, officer, Json.createObjectBuilder().add("clearance", "SENSITIVE")
                .build().toString()).status());
        assertEquals(404, Api.get(token, "sources/" + id).status());

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("true name", trueName);
        secrets.put("surname", surname);
        secrets.put("other surname", otherName.substring(9));
        secrets.put("date of birth", dob.toString());
        secrets.put("phone", phone);
        secrets.put("phone digits", phone.replaceAll("[^0-9]", ""));
        secrets.put("other phone", otherPhone);
        secrets.put("password", password);
        secrets.put("wrong password", wrongPassword);

        Thread.sleep(1500); // Payara's log handler writes from a queue
        String log = serverLog();
        assertTrue(log.contains("HUM is ready"), "this is the live server log of the test server");
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (log.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
                found.add(what + " in the server log");
            }
        });

        Map<String, String> tables = everyTable();
        assertTrue(tables.containsKey("source") && tables.containsKey("app_user"), "the scan reaches every table");
        assertTrue(tables.get("app_user").contains(officer), "the scan reads plain columns (positive control)");
        assertTrue(tables.get("source").contains("GANNET"), "the scan reads the source table (positive control)");
        tables.forEach((table, dump) -> secrets.forEach((what, value) -> {
            if (dump.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
                found.add(what + " in table " + table);
            }
        }));
        assertEquals(List.of(), found);
    }

    @Test
    void particularsAndProspectsReachNeitherTheServerLogNorAnyTableInPlaintext() throws Exception {
        String token = Api.token(officer1());
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String what : List.of("alias", "document", "verification", "circumstances", "employer", "occupation",
                "nationality", "benefit", "agencies", "motivation", "access", "welfare", "promise", "working name", "notes")) {
            secrets.put(what, "Zq" + letters(12));
        }
        String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(Api.registration("SKUA", copper(),
                "Particular Person", "1970-02-02", "+1 555 010 3030"))).readObject())
                .add("particulars", Json.createObjectBuilder()
                        .add("otherIdentities", Json.createArrayBuilder().add(secrets.get("alias")))
                        .add("identityDocuments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("type", "passport").add("country", "MX").add("number", secrets.get("document"))))
                        .add("existenceVerification", secrets.get("verification"))
                        .add("recruitmentCircumstances", secrets.get("circumstances"))
                        .add("employer", secrets.get("employer")).add("occupation", secrets.get("occupation"))
                        .add("nationality", secrets.get("nationality")).add("foreignNational", true)
                        .add("immigrationBenefit", secrets.get("benefit")).add("immigrationBenefitExpires", "2031-01-01")
                        .add("agencyRelationships", secrets.get("agencies")).add("motivationNotes", secrets.get("motivation"))
                        .add("access", secrets.get("access")).add("securityWelfare", secrets.get("welfare"))
                        .add("promises", Json.createArrayBuilder().add(Json.createObjectBuilder().add("madeBy", "DEA")
                                .add("madeOn", "2024-01-01").add("description", secrets.get("promise")))))
                .build().toString();
        Api.Reply reg = Api.post(token, "sources", body);
        assertEquals(201, reg.status(), reg.body());
        // refused input must not echo or log what was sent
        Api.Reply refused = Api.post(token, "sources", body.replace("\"SKUA\"", "\"SKUA-2\"").replace("2024-01-01", "2999-01-01"));
        assertEquals(400, refused.status(), refused.body());
        Api.Reply prospect = Api.post(token, "prospects", "{\"workingName\":\"" + secrets.get("working name")
                + ("\",\"compartment\":\"" + copper() + "\"}"));
        assertEquals(201, prospect.status(), prospect.body());
        assertEquals(201, Api.post(token, "prospects/" + prospect.json().getString("id") + "/contacts",
                "{\"contactOn\":\"2024-01-01\",\"method\":\"CALL\",\"notes\":\"" + secrets.get("notes") + "\"}").status());
        assertEquals(200, Api.get(token, "sources/" + reg.json().getString("id")).status());
        assertEquals(202, Api.post(token, "deconfliction/checks", "{\"purpose\":\"PROSPECT\",\"prospectId\":\""
                + prospect.json().getString("id") + "\",\"documentNumber\":\"" + secrets.get("document")
                + "\",\"documentCountry\":\"MX\"}").status());

        Thread.sleep(1500); // Payara's log handler writes from a queue
        String log = serverLog();
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (log.contains(value) || refused.body().contains(value)) {
                found.add(what + " in the server log or a refusal");
            }
        });
        everyTable().forEach((table, dump) -> secrets.forEach((what, value) -> {
            if (dump.contains(value)) {
                found.add(what + " in table " + table);
            }
        }));
        assertEquals(List.of(), found);
    }

    @Test
    void operationsTextsReachNeitherTheServerLogNorAnyTableInPlaintext() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String what : List.of("tasking limits", "risk assessment", "place", "narrative", "item", "other present",
                "welfare", "security", "draft narrative", "purpose", "sub-source", "receipt", "rejection", "reversal")) {
            secrets.put(what, "Zq" + letters(12));
        }
        String source = LifecycleIT.ready("NOPL-OPS").sourceId();
        String requirement = RequirementIT.create(copper(), "HIGH");
        String officer = Api.token(officer1());
        Api.Reply tasking = Api.post(officer, "sources/" + source + "/taskings", Json.createObjectBuilder()
                .add("requirementId", requirement).add("priority", "HIGH")
                .add("dueOn", LifecycleIT.today().plusDays(9).toString())
                .add("activities", Json.createArrayBuilder().add("REPORT_OBSERVED"))
                .add("limits", secrets.get("tasking limits")).add("riskAssessment", secrets.get("risk assessment"))
                .add("issue", true).build().toString());
        assertEquals(201, tasking.status(), tasking.body());
        String taskingId = tasking.json().getString("id");

        Api.Reply draft = Api.send(Api.request(officer, "contact-drafts/" + UUID.randomUUID())
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder().add("sourceId", source).add("report", Json.createObjectBuilder()
                                .add("narrative", secrets.get("draft narrative"))).build().toString())));
        assertEquals(201, draft.status(), draft.body());
        Api.Reply report = Api.post(officer, "sources/" + source + "/contact-reports", Json.createObjectBuilder()
                .add("occurredAt", java.time.Instant.now().minusSeconds(7200).toString()).add("method", "MEETING")
                .add("place", secrets.get("place")).add("durationMinutes", 30).add("narrative", secrets.get("narrative"))
                .add("presentUsers", Json.createArrayBuilder().add(officer1()))
                .add("othersPresent", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "INTERPRETER")
                        .add("description", secrets.get("other present"))))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", secrets.get("item"))
                        .add("credibility", "2").add("taskingId", taskingId)))
                .add("welfareConcern", true).add("welfareText", secrets.get("welfare"))
                .add("securityConcern", true).add("securityText", secrets.get("security")).build().toString());
        assertEquals(201, report.status(), report.body());
        String reportId = report.json().getString("id");

        JsonObject request = Json.createObjectBuilder().add("amount", 90).add("currency", "USD").add("kind", "EXPENSES")
                .add("purpose", secrets.get("purpose")).add("contingentOn", "NONE").add("contactReportId", reportId)
                .add("subSourceItems", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("description", secrets.get("sub-source")).add("amount", 90))).build();
        Api.Reply payment = Api.post(officer, "sources/" + source + "/payments", request.toString());
        assertEquals(201, payment.status(), payment.body());
        String paymentId = payment.json().getString("id");
        assertEquals(200, Api.post(Api.token(controller1()), "payments/" + paymentId + "/approvals", "{}").status());
        byte[] receipt = PaymentSteps.pngWith(("received USD 90.00 " + secrets.get("receipt")).getBytes());
        Api.Reply paid = Api.post(officer, "payments/" + paymentId + "/payment", Json.createObjectBuilder()
                .add("paidOn", LifecycleIT.today().toString()).add("witness1", controller1()).add("witness2", authoriser2())
                .add("receipt", java.util.Base64.getEncoder().encodeToString(receipt)).add("receiptAmount", 90)
                .add("receiptDated", LifecycleIT.today().toString()).build().toString());
        assertEquals(200, paid.status(), paid.body());
        Api.Reply rejected = Api.post(officer, "sources/" + source + "/payments", request.toString());
        assertEquals(201, rejected.status(), rejected.body());
        assertEquals(200, Api.post(Api.token(controller1()), "payments/" + rejected.json().getString("id") + "/rejection",
                "{\"reason\":\"" + secrets.get("rejection") + "\"}").status());
        JsonObject ledger = Api.get(officer, "sources/" + source + "/ledger").json();
        String entry = ledger.getJsonArray("entries").getJsonObject(0).getString("id");
        Api.Reply reversal = Api.post(Api.token(controller1()), "ledger/" + entry + "/reversal",
                "{\"reason\":\"" + secrets.get("reversal") + "\"}");
        assertTrue(reversal.status() == 200 || reversal.status() == 201, reversal.body());
        // what was written reads back to those who may see it (positive control of the test itself)
        assertTrue(Api.get(Api.token(reviewer1()), "contact-reports/" + reportId).body().contains(secrets.get("narrative")));

        Thread.sleep(1500); // Payara's log handler writes from a queue
        String log = serverLog();
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (log.contains(value)) {
                found.add(what + " in the server log");
            }
        });
        everyTable().forEach((table, dump) -> secrets.forEach((what, value) -> {
            if (dump.contains(value)) {
                found.add(what + " in table " + table);
            }
        }));
        assertEquals(List.of(), found);
    }

    /**
     * A report's life (docs/domain.md, "Sanitized reports"): a draft from a contact item, one
     * refused for naming the source, release by a second person, a version and a withdrawal.
     * Its restricted and releasable texts reach no table in plaintext; the source's identity,
     * which the identifying-detail check opens in memory, reaches neither the log nor a report
     * table, the dissemination log or the audit trail.
     */
    @Test
    void reportsTheirVersionsAndTheDisseminationLogHoldNoPlaintext() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String what : List.of("report title", "author's notes", "releasable text", "subject", "area", "version text")) {
            secrets.put(what, "Zr" + letters(12));
        }
        Cast.Source kestrel = Cast.source("KESTREL");
        ReportSteps.Item item = ReportSteps.contactItem(kestrel.id(), "Drums cross on the night trucks " + letters(4),
                ReportSteps.hoursAgo(4));
        String description = ReportSteps.description("DIRECT");
        String reports = Api.token(Cast.reports1());
        String controller = Api.token(controller1());
        // the check opens the identity in memory: a draft naming the source is refused, and says only where
        Api.Reply named = Api.post(reports, "reports", ReportSteps.draft(item.id(), "Word from " + kestrel.trueName()
                + " on " + kestrel.phone(), description).build().toString());
        assertEquals(201, named.status(), named.body());
        Api.Reply refusal = Api.post(reports, "reports/" + named.json().getString("id") + "/submission", "");
        assertEquals(422, refusal.status(), refusal.body());
        assertFalse(refusal.body().contains(kestrel.trueName()) || refusal.body().contains(kestrel.phone()), refusal.body());

        Api.Reply created = Api.post(reports, "reports", ReportSteps.draft(item.id(), "Drums move at night " + secrets.get("releasable text"), description)
                .add("title", "Shipments " + secrets.get("report title")).add("notes", "Rests on " + secrets.get("author's notes"))
                .add("subject", secrets.get("subject")).add("area", secrets.get("area")).build().toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, Api.post(reports, "reports/" + id + "/submission", "").status());
        assertEquals(200, Api.post(controller, "reports/" + id + "/approval", "").status());
        Api.Reply v2 = ReportSteps.put(Cast.reports1(), "reports/" + id, ReportSteps.draft(item.id(),
                "Drums move at night " + secrets.get("version text"), description).build().toString());
        assertEquals(200, v2.status(), v2.body());
        String id2 = v2.json().getString("id");
        assertEquals(200, Api.post(reports, "reports/" + id2 + "/submission", "").status());
        assertEquals(200, Api.post(controller, "reports/" + id2 + "/approval", "").status());
        assertEquals(200, Api.post(reports, "reports/" + id2 + "/withdrawal", "{\"reason\":\"Reassessed\"}").status());
        // positive control: the texts read back to a reader cleared for the report
        assertTrue(Api.get(reports, "reports/" + id).body().contains(secrets.get("author's notes")));

        Thread.sleep(1500); // Payara's log handler writes from a queue
        Map<String, String> identity = Map.of("true name", kestrel.trueName(), "phone", kestrel.phone(),
                "date of birth", kestrel.dateOfBirth());
        String log = serverLog();
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (log.contains(value)) {
                found.add(what + " in the server log");
            }
        });
        identity.forEach((what, value) -> {
            if (log.contains(value)) {
                found.add("the source's " + what + " in the server log");
            }
        });
        Map<String, String> tables = everyTable();
        assertTrue(tables.containsKey("report_version") && tables.containsKey("dissemination"), "the scan reaches the report tables");
        assertTrue(tables.get("dissemination").contains(id), "the scan reads the dissemination log (positive control)");
        tables.forEach((table, dump) -> secrets.forEach((what, value) -> {
            if (dump.contains(value)) {
                found.add(what + " in table " + table);
            }
        }));
        for (String table : List.of("report_version", "report_item", "report_recipient", "dissemination", "audit_event")) {
            identity.forEach((what, value) -> {
                if (tables.get(table).contains(value)) {
                    found.add("the source's " + what + " in table " + table);
                }
            });
            if (tables.get(table).contains(kestrel.codeName())) {
                found.add("the source's code name in table " + table);
            }
        }
        assertEquals(List.of(), found);
    }

    /** Every base table of the test database, each dumped with every column as text. */
    private static Map<String, String> everyTable() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = Stand.current().rootConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, String> dumps = new LinkedHashMap<>();
        for (String table : names) {
            dumps.put(table, Rows.dump("`" + table.replace("`", "``") + "`"));
        }
        return dumps;
    }

    /** Payara's server log with its rotated files. */
    static String serverLog() throws IOException {
        Path log = Stand.current().serverLog();
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(log.getParent())) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                b.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return b.toString();
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }
}
