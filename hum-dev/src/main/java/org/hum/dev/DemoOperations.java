package org.hum.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's operations, walked once on a new installation through the REST API as the demo
 * users would (so every rule, audit entry and encryption applies as in real use): KESTREL is
 * validated, authorised and instructed; a requirement gets a tasking; a contact answering it is
 * reported; one payment is requested, approved by another person and paid before two witnesses
 * with its receipt; a second one waits for approval. Skipped when KESTREL already has a
 * validation (a later start of the same installation). A step that is refused stops the walk
 * with one line saying which; the application runs on either way.
 */
final class DemoOperations {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z]-\\d{4}-\\d{4})\"");
    private static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n"
            + "% Receipt: received USD 150.00 for travel expenses\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    private final String api;
    private final String password;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();

    private DemoOperations(String baseUrl, String password, PrintStream out) {
        this.api = baseUrl + "api/";
        this.password = password;
        this.out = out;
    }

    static void walkOnce(String baseUrl, String password, PrintStream out) {
        try {
            new DemoOperations(baseUrl, password, out).walk();
        } catch (Refused e) {
            out.println("Demo operations: stopped at " + e.getMessage() + "; the demo sources are as registered.");
        } catch (IOException e) {
            out.println("Demo operations: not loaded (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void walk() throws IOException, InterruptedException {
        String kestrel = kestrel();
        if (kestrel == null) {
            return;
        }
        if (!call("officer1", "GET", "sources/" + kestrel + "/validations", null, 200, "reading KESTREL's validations")
                .replaceAll("\\s", "").matches("\\[]|\\{.*\"validations\":\\[].*}")) {
            return; // walked on an earlier start
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        String validation = id(call("officer1", "POST", "sources/" + kestrel + "/validations", """
                {"criminalHistory":"NO_RECORD","subjectStatus":"NONE","motivations":["MONEY","REVENGE"],
                 "access":"DIRECT","accessDetails":"Dispatches the precursor loads through the Nogales crossing",
                 "proofOfExistence":"Met in person; identity document checked against the issuing registry"}""",
                201, "validation findings"));
        call("controller1", "POST", "sources/" + kestrel + "/validations/" + validation + "/conclusion",
                "{\"suitable\":true,\"reasons\":\"Access corroborated by two seizures at the crossing\"}", 201,
                "the validation's conclusion");
        String authorisation = id(call("officer1", "POST", "sources/" + kestrel + "/authorisations", """
                {"kind":"STANDARD","necessity":"Only insider reporting shows the precursor routes through the port.",
                 "proportionality":"Open sources and surveillance were tried and did not show the routes.",
                 "tasks":"Report shipment timings and trailers at the Mariposa crossing.",
                 "collateralIntrusion":"Co-workers' movements; minimised by reporting on shipments only.",
                 "confidentialInformation":"none likely"}""", 201, "the application for an authorisation"));
        call("authoriser1", "POST", "authorisations/" + authorisation + "/grant", "{\"risksExplainedAndUnderstood\":true}",
                200, "the authorisation's grant");
        call("officer1", "POST", "sources/" + kestrel + "/instructions",
                "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}", 201, "the instructions");

        String requirementBody = call("controller1", "POST", "requirements", """
                {"title":"Fentanyl precursor loads crossing at Nogales-Mariposa","priority":"HIGH","owner":"officer1",
                 "compartment":"COPPER","description":"Which carriers move the precursor loads, and on which days."}""",
                201, "the requirement");
        String requirement = id(requirementBody);
        String taskingBody = call("officer1", "POST", "sources/" + kestrel + "/taskings", """
                {"requirementId":"%s","priority":"HIGH","dueOn":"%s","activities":["REPORT_OBSERVED"],
                 "limits":"Report what you see at the dispatch desk; take no documents and no photographs.",
                 "riskAssessment":"Low: the source works at the desk; no meeting near the yard.","issue":true}"""
                .formatted(requirement, today.plusDays(14)), 201, "the tasking");
        String tasking = id(taskingBody);
        String report = id(call("officer1", "POST", "sources/" + kestrel + "/contact-reports", """
                {"occurredAt":"%s","method":"MEETING","place":"Agency premises, Nogales, room 2","durationMinutes":45,
                 "narrative":"The source described this week's dispatches and named the carrier of Tuesday's load.",
                 "presentUsers":["officer1"],"othersPresent":[],
                 "items":[{"text":"Two reefer trailers of the same carrier cross every Tuesday before 06:00",
                           "credibility":"2","taskingId":"%s"}],
                 "nextContactAt":"%s"}""".formatted(now.minus(1, ChronoUnit.DAYS), tasking, now.plus(7, ChronoUnit.DAYS)),
                201, "the contact report"));
        String paid = id(call("officer1", "POST", "sources/" + kestrel + "/payments", """
                {"amount":150.00,"currency":"USD","kind":"EXPENSES","purpose":"Travel to the meeting and back",
                 "contingentOn":"NONE","contactReportId":"%s","caseReference":"OCDETF-2026-117"}""".formatted(report),
                201, "the expenses' request"));
        call("controller1", "POST", "payments/" + paid + "/approvals", "{}", 200, "the expenses' approval");
        call("officer1", "POST", "payments/" + paid + "/payment", """
                {"paidOn":"%s","witness1":"controller1","witness2":"authoriser2","receipt":"%s","receiptAmount":150.00,
                 "receiptDated":"%s"}""".formatted(today, Base64.getEncoder().encodeToString(PDF.getBytes()), today),
                200, "the expenses' payment");
        call("officer1", "POST", "sources/" + kestrel + "/payments", """
                {"amount":400.00,"currency":"USD","kind":"REWARD","purpose":"For the carrier's name and days",
                 "contingentOn":"NONE","contactReportId":"%s","taskingId":"%s","caseReference":"OCDETF-2026-117"}"""
                .formatted(report, tasking), 201, "the reward's request");
        out.println("Demo operations: KESTREL validated, authorised and instructed; requirement " + reference(requirementBody)
                + " with tasking " + reference(taskingBody) + "; one contact report answering it; USD 150.00 of expenses "
                + "paid before two witnesses (in the ledger) and a USD 400.00 reward awaiting approval.");
    }

    /** KESTREL's id, as officer1 sees the register; null (and a line) when it is not there. */
    private String kestrel() throws IOException, InterruptedException {
        String page = call("officer1", "GET", "sources?size=100", null, 200, "the source register");
        Matcher m = Pattern.compile("\\{[^{}]*\"codeName\"\\s*:\\s*\"KESTREL\"[^{}]*}").matcher(page);
        if (!m.find()) {
            out.println("Demo operations: skipped (no demo source KESTREL).");
            return null;
        }
        return id(m.group());
    }

    private String call(String user, String method, String path, String json, int expected, String step)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new Refused(step + " (answered " + response.statusCode() + ")");
        }
        return response.body();
    }

    private String token(String user) throws IOException, InterruptedException {
        String known = tokens.get(user);
        if (known != null) {
            return known;
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new Refused("the login of " + user + " (answered " + r.statusCode() + ")");
        }
        tokens.put(user, m.group(1));
        return m.group(1);
    }

    private static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new Refused("reading an id from an answer");
        }
        return m.group(1);
    }

    private static String reference(String body) {
        Matcher m = REFERENCE.matcher(body);
        return m.find() ? m.group(1) : "(no reference)";
    }

    /** A step the server refused: the walk stops there. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String step) {
            super(step);
        }
    }
}
