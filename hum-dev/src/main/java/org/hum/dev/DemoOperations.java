package org.hum.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z]-\\d{4}-[0-9A-Z]{6})\"");
    /** The demo's receipt: a receipt is the source's signed scan, a PNG or JPEG image (here a 1x1 PNG). */
    private static final String RECEIPT_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final DemoApi api;
    private final PrintStream out;

    private DemoOperations(DemoApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    static void walkOnce(DemoApi api, PrintStream out) {
        try {
            new DemoOperations(api, out).walk();
        } catch (DemoApi.Refused e) {
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
        if (!api.call("officer1", "GET", "sources/" + kestrel + "/validations", null, 200, "reading KESTREL's validations")
                .replaceAll("\\s", "").matches("\\[]|\\{.*\"validations\":\\[].*}")) {
            return; // walked on an earlier start
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        String validation = id(api.call("officer1", "POST", "sources/" + kestrel + "/validations", """
                {"criminalHistory":"NO_RECORD","subjectStatus":"NONE","motivations":["MONEY","REVENGE"],
                 "access":"DIRECT","accessDetails":"Dispatches the precursor loads through the Nogales crossing",
                 "proofOfExistence":"Met in person; identity document checked against the issuing registry"}""",
                201, "validation findings"));
        api.call("controller1", "POST", "sources/" + kestrel + "/validations/" + validation + "/conclusion",
                "{\"suitable\":true,\"reasons\":\"Access corroborated by two seizures at the crossing\"}", 201,
                "the validation's conclusion");
        String authorisation = id(api.call("officer1", "POST", "sources/" + kestrel + "/authorisations", """
                {"kind":"STANDARD","necessity":"Only insider reporting shows the precursor routes through the port.",
                 "proportionality":"Open sources and surveillance were tried and did not show the routes.",
                 "tasks":"Report shipment timings and trailers at the Mariposa crossing.",
                 "collateralIntrusion":"Co-workers' movements; minimised by reporting on shipments only.",
                 "confidentialInformation":"none likely"}""", 201, "the application for an authorisation"));
        api.call("authoriser1", "POST", "authorisations/" + authorisation + "/grant", "{\"risksExplainedAndUnderstood\":true}",
                200, "the authorisation's grant");
        api.call("officer1", "POST", "sources/" + kestrel + "/instructions",
                "{\"witness\":\"controller1\",\"sourceAcknowledged\":true}", 201, "the instructions");

        String requirementBody = api.call("controller1", "POST", "requirements", """
                {"title":"Fentanyl precursor loads crossing at Nogales-Mariposa","priority":"HIGH","owner":"officer1",
                 "compartment":"COPPER","description":"Which carriers move the precursor loads, and on which days.",
                 "ports":["NOGALES_MARIPOSA","NOGALES_DECONCINI"]}""",
                201, "the requirement");
        String requirement = id(requirementBody);
        // a priority requirement no source answers yet: uncovered on the coverage picture
        api.call("controller1", "POST", "requirements", """
                {"title":"Pill-press parts imported through the San Diego ports","priority":"CRITICAL","owner":"officer1",
                 "compartment":"COPPER","ports":["SAN_YSIDRO","OTAY_MESA"]}""", 201, "a second requirement");
        String taskingBody = api.call("officer1", "POST", "sources/" + kestrel + "/taskings", """
                {"requirementId":"%s","priority":"HIGH","dueOn":"%s","activities":["REPORT_OBSERVED"],
                 "limits":"Report what you see at the dispatch desk; take no documents and no photographs.",
                 "riskAssessment":"Low: the source works at the desk; no meeting near the yard.","issue":true}"""
                .formatted(requirement, today.plusDays(14)), 201, "the tasking");
        String tasking = id(taskingBody);
        String report = id(api.call("officer1", "POST", "sources/" + kestrel + "/contact-reports", """
                {"occurredAt":"%s","method":"MEETING","place":"Agency premises, Nogales, room 2","durationMinutes":45,
                 "narrative":"The source described this week's dispatches and named the carrier of Tuesday's load.",
                 "presentUsers":["officer1"],"othersPresent":[],
                 "items":[{"text":"Two reefer trailers of the same carrier cross every Tuesday before 06:00",
                           "credibility":"2","taskingId":"%s"}],
                 "nextContactAt":"%s"}""".formatted(now.minus(1, ChronoUnit.DAYS), tasking, now.plus(7, ChronoUnit.DAYS)),
                201, "the contact report"));
        String paid = id(api.call("officer1", "POST", "sources/" + kestrel + "/payments", """
                {"amount":150.00,"currency":"USD","kind":"EXPENSES","purpose":"Travel to the meeting and back",
                 "contingentOn":"NONE","contactReportId":"%s","caseReference":"OCDETF-2026-117"}""".formatted(report),
                201, "the expenses' request"));
        api.call("controller1", "POST", "payments/" + paid + "/approvals", "{}", 200, "the expenses' approval");
        api.call("officer1", "POST", "payments/" + paid + "/payment", """
                {"paidOn":"%s","witness1":"controller1","witness2":"authoriser2","receipt":"%s","receiptAmount":150.00,
                 "receiptDated":"%s"}""".formatted(today, RECEIPT_PNG, today),
                200, "the expenses' payment");
        api.call("officer1", "POST", "sources/" + kestrel + "/payments", """
                {"amount":400.00,"currency":"USD","kind":"REWARD","purpose":"For the carrier's name and days",
                 "contingentOn":"NONE","contactReportId":"%s","taskingId":"%s","caseReference":"OCDETF-2026-117"}"""
                .formatted(report, tasking), 201, "the reward's request");
        report();
        out.println("Demo operations: KESTREL validated, authorised and instructed; requirement " + reference(requirementBody)
                + " with tasking " + reference(taskingBody) + " (and a CRITICAL one no source answers yet); one contact "
                + "report answering it; USD 150.00 of expenses "
                + "paid before two witnesses (in the ledger) and a USD 400.00 reward awaiting approval; a report "
                + "drawn from the contact, drafted by reports1 and released by controller1.");
    }

    /**
     * Approved source descriptions and watch terms (controller1), and one report drawn from
     * KESTREL's contact item: drafted and submitted by reports1, approved and released by controller1.
     */
    private void report() throws IOException, InterruptedException {
        String direct = id(api.call("controller1", "POST", "source-descriptions", """
                {"text":"a source with direct access who has reported reliably in the past","reliabilities":["A","B"],
                 "access":"DIRECT"}""", 201, "a source description"));
        api.call("controller1", "POST", "source-descriptions", """
                {"text":"a source with indirect access whose reporting is not yet corroborated","access":"INDIRECT"}""",
                201, "a source description");
        for (String term : new String[] {"Mariposa dispatch desk", "Tuesday carrier"}) {
            api.call("controller1", "POST", "watch-terms", "{\"term\":\"%s\"}".formatted(term), 201, "a watch term");
        }
        String items = api.call("reports1", "GET", "reports/available-items", null, 200, "the items reports1 may draw on");
        Matcher item = Pattern.compile("\\{[^{}]*\"text\"\\s*:\\s*\"Two reefer trailers[^{}]*}").matcher(items);
        if (!item.find()) {
            out.println("Demo operations: no report (KESTREL's item is not available to reports1).");
            return;
        }
        Matcher itemId = Pattern.compile("\"itemId\"\\s*:\\s*\"([^\"]+)\"").matcher(item.group());
        if (!itemId.find()) {
            return;
        }
        String report = id(api.call("reports1", "POST", "reports", """
                {"title":"Refrigerated trailers carrying precursors across the Arizona border","itemIds":["%s"],
                 "notes":"Rests on one item of this week's meeting; corroborate against crossing records.",
                 "releasableText":"Two refrigerated trailers of one carrier are reported to cross early on one weekday each week, carrying fentanyl precursors.",
                 "subject":"fentanyl precursors","area":"Sonora–Arizona border","ports":["NOGALES_MARIPOSA"],
                 "concerning":"%s","sourceDescriptionId":"%s","tlp":"AMBER","releasableTo":["FEDERAL","STATE","LOCAL","TRIBAL"],
                 "recipients":[],"purpose":"Interdiction at the port of entry"}"""
                .formatted(itemId.group(1), LocalDate.now(ZoneOffset.UTC).minusDays(1), direct), 201, "the report's draft"));
        api.call("reports1", "POST", "reports/" + report + "/submission", null, 200, "the report's submission");
        api.call("controller1", "POST", "reports/" + report + "/approval", null, 200, "the report's approval");
    }

    /**
     * KESTREL's id, as officer1 sees the sources list; null (and a line) when it is not there. The
     * list is in code name order (without regard to case, as the database orders it), so on an
     * installation filled with generated files the page that would hold it is found by halving.
     */
    private String kestrel() throws IOException, InterruptedException {
        int size = 100;
        String first = api.call("officer1", "GET", "sources?size=" + size, null, 200, "the source register");
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(first);
        long pages = total.find() ? (Long.parseLong(total.group(1)) + size - 1) / size : 1;
        long lo = 0;
        long hi = pages - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            String page = mid == 0 ? first
                    : api.call("officer1", "GET", "sources?size=" + size + "&page=" + mid, null, 200, "the source register");
            Matcher m = Pattern.compile("\\{[^{}]*\"codeName\"\\s*:\\s*\"KESTREL\"[^{}]*}").matcher(page);
            if (m.find()) {
                return id(m.group());
            }
            java.util.List<String> names = Pattern.compile("\"codeName\"\\s*:\\s*\"([^\"]*)\"").matcher(page).results()
                    .map(r -> r.group(1)).toList();
            if (names.isEmpty()) {
                break;
            }
            if (String.CASE_INSENSITIVE_ORDER.compare("KESTREL", names.get(0)) < 0) {
                hi = mid - 1;
            } else if (String.CASE_INSENSITIVE_ORDER.compare("KESTREL", names.get(names.size() - 1)) > 0) {
                lo = mid + 1;
            } else {
                break; // it would be on this page, and is not
            }
        }
        out.println("Demo operations: skipped (officer1 has no demo source KESTREL).");
        return null;
    }

    private static String id(String body) {
        return DemoApi.id(body);
    }

    private static String reference(String body) {
        Matcher m = REFERENCE.matcher(body);
        return m.find() ? m.group(1) : "(no reference)";
    }
}
