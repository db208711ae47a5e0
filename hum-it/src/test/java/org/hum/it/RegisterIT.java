package org.hum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The central register (docs/domain.md, "Oversight"): every file a reviewer may see with its
 * people, authorisation, clocks, last contact and payments; filters and sort; the CSV and the PDF
 * inspection pack with the marking on every page (over many pages: RegisterPdfTest); hidden files
 * change no row or count; reviewers only, and a bad filter is a 400 naming it.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class RegisterIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void eachFileComesWithItsPeopleAuthorisationClocksLastContactAndPayments() throws Exception {
        String kestrel = Cast.source("KESTREL").id();
        String sparrow = Cast.source("SPARROW").id();
        Cast.source("HERON");
        String authorised = AuthorisationIT.granted("REG", authoriser1())[0];
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LifecycleIT.instruct(authorised); // a payment needs instructions in force
        PaymentSteps.paid(authorised, "120.00", today);
        String reviewer = Api.token(reviewer1());
        String resting = ContactReportIT.register(copper());
        assertEquals(200, ContactReportIT.deactivate(resting, false).status());

        Api.Reply all = Api.get(reviewer, "oversight/register?size=100");
        assertEquals(200, all.status(), all.body());
        int total = all.json().getInt("total");
        assertEquals(total, all.json().getJsonArray("items").size(), "every file on one page of 100");
        assertTrue(total >= 3, "the cast's two files and the authorised one: " + all.body());
        JsonObject row = row(all.json(), authorised);
        assertEquals("ACTIVE", row.getString("status"));
        assertEquals(List.of(officer1()), strings(row.getJsonArray("handlers")), "the registering officer handles it");
        Instant granted = Instant.parse(row.getString("authorisationGrantedAt"));
        Instant ends = Instant.parse(row.getString("authorisationEndsAt"));
        assertTrue(ends.isAfter(Instant.now()) && granted.isBefore(ends), row.toString());
        assertTrue(LocalDate.parse(row.getString("nextReviewDue")).isAfter(today.minusDays(1)), row.toString());
        assertNotNull(Instant.parse(row.getString("lastValidationAt")));
        assertTrue(LocalDate.parse(row.getString("nextValidationDue")).isAfter(today), row.toString());
        assertNotNull(Instant.parse(row.getString("lastContactAt")), "the paid payment's report");
        assertEquals(0, row.getJsonNumber("paymentsThisYear").bigDecimalValue().compareTo(new java.math.BigDecimal("120.00")));
        assertEquals(0, row.getJsonNumber("paymentsLifetime").bigDecimalValue().compareTo(new java.math.BigDecimal("120.00")));
        assertFalse(row.getBoolean("overdue"));
        JsonObject plain = row(all.json(), kestrel);
        assertTrue(Api.isNull(plain, "authorisationGrantedAt") && Api.isNull(plain, "lastContactAt"), plain.toString());
        assertEquals(0, plain.getJsonNumber("paymentsLifetime").intValue());
        assertFalse(all.body().contains("Mateo") || all.body().contains("trueName"), "nothing identifying");

        // (other tests of the class may have authorised files of their own: the exact set is compared below)
        assertTrue(ids(Api.get(reviewer, "oversight/register?authorisation=in_force").json()).contains(authorised));
        assertFalse(ids(Api.get(reviewer, "oversight/register?authorisation=NONE").json()).contains(authorised));
        assertEquals(List.of(sparrow), ids(Api.get(reviewer, "oversight/register?compartment=" + mesa()).json()));
        assertEquals(authorised, ids(Api.get(reviewer, "oversight/register?sort=-paymentsLifetime").json()).get(0));
        Api.Reply paged = Api.get(reviewer, "oversight/register?size=2&page=1");
        assertEquals(2, paged.json().getJsonArray("items").size());
        assertEquals(total, paged.json().getInt("total"));
        assertEquals(ids(all.json()).subList(2, 4), ids(paged.json()), "the second page of two in code name order");
        JsonObject byHandler = Api.get(reviewer, "oversight/register?size=100&handler=" + officer1()).json();
        assertTrue(ids(byHandler).contains(authorised));
        // a handler's files are found in SQL, and only theirs computed: the files whose handlers name them
        assertEquals(all.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(r -> strings(r.getJsonArray("handlers")).contains(officer1()))
                        .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(ids(byHandler)), "officer1's caseload");
        assertEquals(ids(byHandler).size(), byHandler.getInt("total"), "a caseload paged in SQL counts its files");
        assertEquals(ids(byHandler).subList(1, 2), ids(Api.get(reviewer, "oversight/register?size=1&page=1&handler="
                + officer1()).json()), "and pages them in code name order");
        assertEquals(List.of(), ids(Api.get(reviewer, "oversight/register?handler=" + officer1().toUpperCase(java.util.Locale.ROOT))
                .json()), "a username is matched exactly, as the handlers column shows it");
        // the default page and a caseload compute only their files' clocks; a computed sort computes every file's: the same row
        JsonObject whole = Api.get(reviewer, "oversight/register?size=100&sort=nextValidationDue").json();
        assertEquals(row(whole, authorised), row(all.json(), authorised), "a page's clocks are the whole register's");
        assertEquals(row(whole, authorised), row(byHandler, authorised), "a caseload's clocks are the whole register's");
        // the active files are paged in SQL too, the others left out by id: exactly those the whole register shows active
        JsonObject active = Api.get(reviewer, "oversight/register?size=100&status=ACTIVE").json();
        java.util.Set<String> activeInWhole = whole.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("ACTIVE"))
                .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet());
        assertEquals(activeInWhole, java.util.Set.copyOf(ids(active)), "the active files");
        assertEquals(activeInWhole.size(), active.getInt("total"), "counted as the whole register counts them");
        assertEquals(row(whole, authorised), row(active, authorised));
        Api.Reply activePaged = Api.get(reviewer, "oversight/register?size=1&page=1&status=ACTIVE");
        assertEquals(ids(active).subList(1, 2), ids(activePaged.json()), "the second active file in code name order");
        // the files at rest are found in SQL too: exactly those the whole register shows deactivated, with the same rows
        JsonObject deactivated = Api.get(reviewer, "oversight/register?size=100&status=DEACTIVATED").json();
        assertEquals(all.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("status").equals("DEACTIVATED"))
                        .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(ids(deactivated)), "the deactivated files");
        assertEquals(row(all.json(), resting), row(deactivated, resting));
        assertEquals(ids(deactivated).size(), deactivated.getInt("total"), "the files at rest are counted in SQL");
        assertFalse(ids(active).contains(resting), "a deactivated file is not active");
        // the authorisation filter, a handler with a status, and a sort by the file's own columns are paged in SQL too
        List<JsonObject> wholeRows = whole.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject authorisedNow = Api.get(reviewer, "oversight/register?size=100&authorisation=IN_FORCE").json();
        assertEquals(wholeRows.stream().filter(r -> !Api.isNull(r, "authorisationEndsAt")
                        && Instant.parse(r.getString("authorisationEndsAt")).isAfter(Instant.now()))
                .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(ids(authorisedNow)), "the files with an authorisation in force");
        assertEquals(ids(authorisedNow).size(), authorisedNow.getInt("total"));
        assertEquals(row(whole, authorised), row(authorisedNow, authorised));
        JsonObject unauthorised = Api.get(reviewer, "oversight/register?size=100&authorisation=NONE").json();
        assertEquals(whole.getInt("total") - authorisedNow.getInt("total"), unauthorised.getInt("total"),
                "every other file: " + unauthorised);
        assertEquals(ids(unauthorised).size(), unauthorised.getInt("total"));
        assertTrue(ids(unauthorised).contains(kestrel) && !ids(unauthorised).contains(authorised));
        JsonObject activeOfOfficer1 = Api.get(reviewer, "oversight/register?size=100&status=ACTIVE&handler=" + officer1()
                + "&authorisation=NONE").json();
        assertEquals(wholeRows.stream().filter(r -> r.getString("status").equals("ACTIVE")
                        && strings(r.getJsonArray("handlers")).contains(officer1())
                        && !ids(authorisedNow).contains(r.getString("id")))
                .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(ids(activeOfOfficer1)), "officer1's active files without an authorisation in force");
        assertEquals(ids(activeOfOfficer1).size(), activeOfOfficer1.getInt("total"));
        for (String column : List.of("sourceNumber", "registeredAt", "compartment")) {
            java.util.Comparator<JsonObject> byColumn = column.equals("registeredAt")
                    ? java.util.Comparator.comparing(r -> Instant.parse(r.getString(column)))
                    : java.util.Comparator.comparing(r -> r.getString(column));
            for (boolean descending : List.of(false, true)) {
                List<String> expected = wholeRows.stream()
                        .sorted(descending ? ascending(byColumn).reversed() : ascending(byColumn))
                        .map(r -> r.getString("id")).toList();
                String sort = (descending ? "-" : "") + column;
                assertEquals(expected, ids(Api.get(reviewer, "oversight/register?size=100&sort=" + sort).json()), sort);
                assertEquals(expected.subList(3, 4), ids(Api.get(reviewer, "oversight/register?size=1&page=3&sort=" + sort)
                        .json()), sort + ", the fourth file alone");
            }
        }
        assertTrue(audited("REGISTER_READ"), "each read is in the trail");
    }

    /**
     * The overdue filter starts from the files the due list found overdue and checks each by its own
     * clocks: the same files as the whole register's overdue column, either way, with any other filter.
     */
    @Test
    void theOverdueFilterIsTheWholeRegistersOverdueColumn() throws Exception {
        String authorised = AuthorisationIT.granted("REG", authoriser1())[0];
        String registered = ContactReportIT.register(copper());
        String reviewer = Api.token(reviewer1());
        try {
            // a year on, the files registered here are past their clocks; the due list is recomputed at once
            ContactReportIT.moveClock(Instant.now().plus(java.time.Duration.ofDays(400)));
            List<JsonObject> whole = Api.get(reviewer, "oversight/register?size=100&sort=nextValidationDue").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            java.util.Set<String> overdueInWhole = whole.stream().filter(r -> r.getBoolean("overdue"))
                    .map(r -> r.getString("id")).collect(java.util.stream.Collectors.toSet());
            assertTrue(overdueInWhole.contains(authorised), "its review, renewal and validation are past: " + overdueInWhole);
            assertFalse(overdueInWhole.contains(registered), "a file only registered has no clock running yet");
            JsonObject overdue = Api.get(reviewer, "oversight/register?size=100&overdue=true").json();
            assertEquals(overdueInWhole, java.util.Set.copyOf(ids(overdue)), "the overdue files");
            assertEquals(overdueInWhole.size(), overdue.getInt("total"));
            JsonObject onTime = Api.get(reviewer, "oversight/register?size=100&overdue=false").json();
            assertEquals(whole.stream().filter(r -> !r.getBoolean("overdue")).map(r -> r.getString("id"))
                    .collect(java.util.stream.Collectors.toSet()), java.util.Set.copyOf(ids(onTime)), "every other file");
            assertEquals(whole.size() - overdueInWhole.size(), onTime.getInt("total"));
            assertTrue(ids(overdue).stream().allMatch(id -> row(overdue, id).getBoolean("overdue")), "each row says so");
            for (String sort : List.of("status", "-lastContactAt", "nextReviewDue", "paymentsThisYear", "-sourceNumber")) {
                JsonObject sorted = Api.get(reviewer, "oversight/register?size=100&overdue=true&sort=" + sort).json();
                assertEquals(overdueInWhole, java.util.Set.copyOf(ids(sorted)), "the same files in the order of " + sort);
                assertEquals(overdueInWhole.size(), sorted.getInt("total"), "and as many, by " + sort);
                JsonObject rest = Api.get(reviewer, "oversight/register?size=100&overdue=false&sort=" + sort).json();
                assertEquals(whole.size() - overdueInWhole.size(), rest.getInt("total"), "the rest, by " + sort);
            }
            JsonObject lapsedAndOverdue = Api.get(reviewer, "oversight/register?size=100&overdue=true&authorisation=NONE"
                    + "&sort=-registeredAt").json();
            assertTrue(ids(lapsedAndOverdue).contains(authorised), "its authorisation has lapsed: " + lapsedAndOverdue);
            assertTrue(ids(lapsedAndOverdue).stream().allMatch(overdueInWhole::contains), "narrowed by the other filter");
        } finally {
            assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
        }
        // back to today: the filter follows the clocks, not the list of a year on
        JsonObject today = Api.get(reviewer, "oversight/register?size=100&overdue=true").json();
        assertFalse(ids(today).contains(authorised), "an authorised, validated file is not overdue today: " + today);
    }

    @Test
    void aNarrowerReviewerSeesNoHiddenFileNorItsCountAndOnlyReviewersRead() {
        Cast.source("KESTREL");
        String sparrow = Cast.source("SPARROW").id();
        String narrow = "mesarev-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        AdminApi.createUser(Api.token(admin1()), narrow, "SECRET", List.of("COMPLIANCE_REVIEWER"), List.of(mesa()),
                Cast.password());
        String token = Api.token(narrow);
        JsonObject page = Api.get(token, "oversight/register").json();
        assertEquals(List.of(sparrow), ids(page));
        assertEquals(1, page.getInt("total"), "the COPPER files are not counted");
        Api.Reply csv = Api.get(token, "oversight/register.csv");
        assertEquals(mesa(), csv.body().split("\r\n")[0].replace("\"", "").replaceAll("^[A-Z]+//", ""),
                "the marking names only what the pack holds: " + csv.body());
        assertFalse(csv.body().contains(copper()));

        for (String user : List.of(controller1(), officer1(), authoriser1(), admin1())) {
            for (String path : List.of("oversight/register", "oversight/register.csv", "oversight/register.pdf")) {
                assertEquals(403, Api.get(Api.token(user), path).status(), user + " " + path);
            }
        }
        String reviewer = Api.token(reviewer1());
        badFilter(reviewer, "status=LIVE", "status");
        badFilter(reviewer, "sort=trueName", "sort");
        badFilter(reviewer, "overdue=maybe", "overdue");
        badFilter(reviewer, "authorisation=LAPSED", "authorisation");
        badFilter(reviewer, "handler=a%20b", "handler");
        badFilter(reviewer, "size=1000", "size");
        badFilter(reviewer, "page=first", "page");
        badFilter(reviewer, "page=99999999&size=100", "page"); // page * size past an int: the SQL offset would overflow
        Api.Reply csvBad = Api.get(reviewer, "oversight/register.pdf?sort=nothing");
        assertEquals(400, csvBad.status(), "the exports refuse bad filters alike");
    }

    @Test
    void theInspectionPackCarriesTheMarkingOnEveryPageAndEveryFilesRow() throws Exception {
        Cast.source("SPARROW");
        String planted = Cast.source("KESTREL").id();
        // the pack over many pages is RegisterPdfTest's (90 rows); here, the server's pack of this register
        String reviewer = Api.token(reviewer1());
        JsonObject register = Api.get(reviewer, "oversight/register?size=100").json();
        JsonObject kestrel = row(register, planted);

        Api.Reply csv = Api.get(reviewer, "oversight/register.csv?sort=codeName");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        String marking = lines[0].replace("\"", "");
        TreeSet<String> compartments = new TreeSet<>(List.of(copper(), mesa()));
        assertTrue(marking.endsWith("//" + String.join("/", compartments)), marking);
        assertTrue(lines[1].startsWith("\"Source no.\",\"Code name\""), lines[1]);
        assertEquals(2 + register.getInt("total"), lines.length, "a line per file");
        assertTrue(csv.body().contains("\"" + kestrel.getString("codeName") + "\""));

        byte[] pdf = Api.sendBytes(Api.request(reviewer, "oversight/register.pdf?sort=codeName"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        Path file = Files.createTempFile("register", ".pdf");
        Files.write(file, pdf);
        int pages = pages(file);
        assertTrue(pages >= 1, "pdfinfo reads the pack: " + pages);
        boolean rowFound = false;
        for (int p = 1; p <= pages; p++) {
            String text = text(file, p);
            assertTrue(text.indexOf(marking) >= 0 && text.indexOf(marking) != text.lastIndexOf(marking),
                    "the marking in the header and the footer of page " + p + ": " + text);
            assertTrue(text.contains("Page " + p + " of " + pages), text);
            rowFound |= text.contains(kestrel.getString("codeName")) && text.contains(kestrel.getString("sourceNumber"));
        }
        assertTrue(rowFound, "the planted file's row");
        assertTrue(audited("REGISTER_EXPORTED"));
        Files.delete(file);
    }

    private static void badFilter(String token, String query, String field) {
        Api.Reply r = Api.get(token, "oversight/register?" + query);
        assertEquals(400, r.status(), query + ": " + r.body());
        assertTrue(r.body().contains("\"" + field + "\""), r.body());
    }

    private static int pages(Path pdf) throws Exception {
        String info = run("pdfinfo", pdf.toString());
        for (String line : info.split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new AssertionError("pdfinfo gave no page count: " + info);
    }

    private static String text(Path pdf, int page) throws Exception {
        return run("pdftotext", "-layout", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString(), "-");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
        return out;
    }

    private static JsonObject row(JsonObject page, String id) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + page));
    }

    private static List<String> ids(JsonObject page) {
        List<String> ids = new ArrayList<>();
        for (JsonValue v : page.getJsonArray("items")) {
            ids.add(v.asJsonObject().getString("id"));
        }
        return ids;
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static boolean audited(String action) throws Exception {
        try (var c = Stand.current().rootConnection();
             var s = c.prepareStatement("SELECT count(*) FROM audit_event WHERE action = ? AND actor = ?")) {
            s.setString(1, action);
            s.setString(2, reviewer1());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A column's order with the register's ties: code name, then id (a descending sort reverses it all). */
    private static java.util.Comparator<JsonObject> ascending(java.util.Comparator<JsonObject> byColumn) {
        return byColumn.thenComparing(r -> r.getString("codeName")).thenComparing(r -> r.getString("id"));
    }
}
