package org.hum.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register's sorts by a computed column that SQL pages (docs/performance.md, "At scale"):
 * every page, of sizes 2, 3 and 5, in both directions and with a filter, is the slice of the whole
 * computation's order (the export's, which computes every row), over files of this class's own
 * compartment with tied last contacts (one moved by a correction), files without one, files in
 * each status, and files paid the same, more, or nothing. A page so
 * sorted costs the same statements with 30 more files.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class RegisterSortIT {
    private static final List<String> SORTS = List.of("lastContactAt", "-lastContactAt", "status", "-status",
            "paymentsLifetime", "-paymentsLifetime", "authorisationEndsAt", "-authorisationEndsAt", "lastValidationAt",
            "-lastValidationAt", "paymentsThisYear", "-paymentsThisYear", "nextReviewDue", "-nextReviewDue",
            "nextValidationDue", "-nextValidationDue");
    /**
     * The sorts kept on the file's row from its authorisations and validations, also read with the authorisation filter
     * (the clocks' slices rest on the same lists of ids, read with the status filters only, to keep the suite's time).
     */
    private static final List<String> KEPT = List.of("authorisationEndsAt", "-authorisationEndsAt", "lastValidationAt",
            "-lastValidationAt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void pagesSortedInSqlAreTheWholeComputationsSlices() throws Exception {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
        // 12 files: three contacts tied, two tied, three apart, four never contacted; two deactivated, two closed for cause
        Instant[] contacts = {base, base, base, base.plusSeconds(3600), base.plusSeconds(3600), base.minusSeconds(60),
                base.plusSeconds(7200), base.plusSeconds(1), null, null, null, null};
        // code names out of step with the contacts, so that ties are broken by code name, not by the order of registration
        String[] letters = {"K", "B", "H", "D", "A", "L", "C", "J", "E", "G", "F", "I"};
        List<String> ids = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < contacts.length; i++) {
            String id = register("RSQ" + letters[i] + "-" + Cast.suffix(), copper());
            ids.add(id);
            reports.add(contacts[i] == null ? null : contact(id, contacts[i]));
        }
        // three files paid, two of them the same (the others' total is 0): authorised and instructed first, as a payment needs
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> paid = new ArrayList<>();
        for (String amount : List.of("50.00", "120.00", "50.00")) {
            String file = AuthorisationIT.granted("RSP", authoriser1())[0];
            LifecycleIT.instruct(file);
            PaymentSteps.paid(file, amount, today);
            paid.add(file);
        }
        // a correction moves C's contact before every other: the file's latest contact is its reports' as last corrected
        Api.Reply corrected = Api.post(Api.token(officer1()), "contact-reports/" + reports.get(6) + "/corrections",
                jakarta.json.Json.createObjectBuilder().add("reason", "Wrong day noted in the field")
                        .add("report", ContactReportIT.report("Met at the usual place").add("occurredAt",
                                base.minusSeconds(120).toString())).build().toString());
        assertEquals(201, corrected.status(), corrected.body());
        for (int i : new int[]{2, 9}) {
            assertEquals(200, ContactReportIT.deactivate(ids.get(i), false).status());
        }
        for (int i : new int[]{5, 10}) {
            assertEquals(200, ContactReportIT.deactivate(ids.get(i), true).status());
        }
        Authorised authorised = authorisedAndValidated();
        String reviewer = Api.token(reviewer1());
        for (String sort : SORTS) {
            List<String> filters = new ArrayList<>(List.of("", "&status=ACTIVE", "&status=DEACTIVATED"));
            if (KEPT.contains(sort) || sort.endsWith("paymentsThisYear")) {
                filters.addAll(List.of("&authorisation=NONE", "&authorisation=IN_FORCE"));
            }
            for (String filter : filters) {
                String query = "compartment=" + copper() + "&sort=" + sort + filter;
                // the whole order is paged three ways; a filter's part of it one way (the filter narrows the set, the
                // order's boundaries are the same statement's)
                List<String> whole = filter.isEmpty() ? pagesMatch(reviewer, query) : pagesMatch(reviewer, query, 3);
                assertTrue(filter.isEmpty() ? whole.size() == 25 : !whole.isEmpty(), query + ": " + whole);
            }
        }
        // the order itself, so that a change to both the page and the whole computation is seen too; C's row shows the correction
        JsonObject first = Api.get(reviewer, "oversight/register?size=1&compartment=" + copper() + "&sort=lastContactAt").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(base.minusSeconds(120), Instant.parse(first.getString("lastContactAt")), first.toString());
        List<String> byContact = wholeComputation(reviewer, "compartment=" + copper() + "&sort=lastContactAt");
        assertEquals(List.of("C", "L", "B", "H", "K", "J", "A", "D", "E", "F", "G", "I"), letters(byContact),
                "last contact, ties by code name, never contacted last");
        List<String> byStatus = wholeComputation(reviewer, "compartment=" + copper() + "&sort=-status");
        assertEquals(List.of("H", "G", "L", "F"), letters(byStatus).subList(0, 4),
                "deactivated, then closed for cause, each by code name descending");
        List<String> byPayments = wholeComputation(reviewer, "compartment=" + copper() + "&sort=-paymentsLifetime");
        JsonObject most = Api.get(reviewer, "oversight/register?size=1&compartment=" + copper() + "&sort=-paymentsLifetime").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(paid.get(1), most.getString("id"), "120.00 first: " + byPayments);
        assertEquals(0, most.getJsonNumber("paymentsLifetime").bigDecimalValue().compareTo(new java.math.BigDecimal("120.00")));
        assertTrue(byPayments.get(1).compareTo(byPayments.get(2)) > 0 && byPayments.get(1).startsWith("RSP")
                && byPayments.get(2).startsWith("RSP"), "then the two of 50.00, by code name descending: " + byPayments);
        assertEquals(List.of("L", "K", "J", "I", "H", "G", "F", "E", "D", "C", "B", "A"), letters(byPayments),
                "then the files never paid, by code name descending");
        authorised.check(reviewer);
        nextYear(reviewer, paid);
    }

    /**
     * This year's payments as the year turns: at the rule clock moved to the 2nd of January next, a
     * file made ready and paid that day, so that it alone was paid that year (the three paid today
     * count 0 then, as the files never paid); then, at today's clock again, that file's ledger holds a
     * payment day after the year, which its row cannot tell this year's total from (every row
     * computed, as before). Every page both times is the whole computation's slice.
     */
    private static void nextYear(String reviewer, List<String> paidToday) throws Exception {
        LocalDate next = LocalDate.now(ZoneOffset.UTC).plusYears(1).withDayOfYear(2);
        String ahead;
        try {
            assertEquals(200, ValidationIT.setClock(next.atTime(12, 0).toInstant(ZoneOffset.UTC).toString()).status());
            ahead = AuthorisationIT.granted("RSY", authoriser1())[0];
            LifecycleIT.instruct(ahead);
            PaymentSteps.paid(ahead, "30.00", next);
            for (String sort : List.of("paymentsThisYear", "-paymentsThisYear", "nextReviewDue", "-nextValidationDue")) {
                List<String> whole = pagesMatch(reviewer, "compartment=" + copper() + "&sort=" + sort);
                assertEquals(26, whole.size(), whole.toString());
            }
            JsonObject first = Api.get(reviewer, "oversight/register?size=1&compartment=" + copper() + "&sort=-paymentsThisYear")
                    .json().getJsonArray("items").getJsonObject(0);
            assertEquals(ahead, first.getString("id"), "paid next year: the only file paid that year");
            List<String> byYear = wholeComputation(reviewer, "compartment=" + copper() + "&sort=paymentsThisYear");
            assertTrue(byYear.get(25).startsWith("RSY"), "ascending, it is last: " + byYear);
            List<String> unpaid = new ArrayList<>(byYear.subList(0, 25));
            assertEquals(unpaid.stream().sorted().toList(), unpaid, "every other file, today's three paid too, counts 0: by code name");
        } finally {
            assertEquals(200, Api.send(Api.request(Api.token(Cast.admin1()), "admin/rule-clock").DELETE()).status());
        }
        // today again: RSY's validation lies after the rule clock, which its clock leaves out (every row computed)
        for (String sort : List.of("paymentsThisYear", "-paymentsThisYear", "nextValidationDue")) {
            pagesMatch(reviewer, "compartment=" + copper() + "&sort=" + sort);
        }
        JsonObject most = Api.get(reviewer, "oversight/register?size=1&compartment=" + copper() + "&sort=-paymentsThisYear")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals(paidToday.get(1), most.getString("id"), "today again: 120.00 this year, the payment next year not counted");
    }

    /**
     * Every page of sizes 2, 3 and 5 is the whole computation's slice, and counted: the whole computation's order.
     * Of fewer than 30 files, a boundary between two parts of an order (the files with a value and those without, or
     * those at rest) falls inside a page of at least one of those sizes, wherever it lies (sizes 1 to 5 asked 61 pages
     * a query for 25 files, these 28, and the suite's time is bounded).
     */
    private static List<String> pagesMatch(String reviewer, String query) {
        return pagesMatch(reviewer, query, 2, 3, 5);
    }

    /** As {@link #pagesMatch(String, String)}, in pages of these sizes only. */
    private static List<String> pagesMatch(String reviewer, String query, int... sizes) {
        List<String> whole = wholeComputation(reviewer, query);
        assertTrue(whole.size() < 30, "the sizes below cross every boundary of fewer than 30 files: " + whole.size());
        for (int size : sizes) {
            List<String> paged = new ArrayList<>();
            long total = -1;
            for (int page = 0; page * size <= whole.size(); page++) {
                JsonObject p = Api.get(reviewer, "oversight/register?" + query + "&size=" + size + "&page=" + page).json();
                total = p.getJsonNumber("total").longValue();
                p.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> paged.add(r.getString("codeName")));
            }
            assertEquals(whole, paged, query + ", pages of " + size + ": the whole computation's order");
            assertEquals(whole.size(), total, query + ": counted");
        }
        return whole;
    }

    /**
     * Ten files (RSV...) whose authorisations and validations the kept sorts must follow: two
     * granted now, one of them reviewed and renewed, with the same end (and the same next review), one whose authorisation ran out, one whose run-out authorisation
     * was followed by one in force and which was then deactivated (no clock shown), one whose later authorisation was cancelled (its row falls back to
     * the run-out one), one whose only authorisation was cancelled (none), one validated now and
     * then again at a past rule clock (its last validation stays the latest), one validated and
     * granted 30 days ago and reviewed 10 days ago, and one validated and granted 20 days ago (its next
     * review falls before the other's, which its review moved).
     */
    private static Authorised authorisedAndValidated() throws Exception {
        String tag = Cast.suffix();
        Map<String, String> ids = new LinkedHashMap<>();
        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J")) {
            ids.put(letter, register("RSV" + letter + "-" + tag, copper()));
        }
        String officer = officer1();
        // now: A and B granted (their ends made equal below), F granted and cancelled, H validated
        String a = grantNow(ids.get("A"));
        String b = grantNow(ids.get("B"));
        String f = grantNow(ids.get("F"));
        assertEquals(200, Api.post(Api.token(authoriser1()), "authorisations/" + f + "/cancellation",
                AuthorisationIT.reason("No longer needed.")).status());
        AuthorisationIT.validate(ids.get("H"));
        // 800 days ago (past any term of the profiles): C, D and E granted, so their terms have run out; H validated again
        Instant now = Instant.now();
        Map<String, String> past = new LinkedHashMap<>();
        try {
            assertEquals(200, ValidationIT.setClock(now.minus(Duration.ofDays(800)).toString()).status());
            for (String letter : List.of("C", "D", "E")) {
                past.put(letter, grantNow(ids.get(letter)));
            }
            AuthorisationIT.validate(ids.get("H"));
            // 30 days ago: I validated and granted, 20 days ago J, 10 days ago I reviewed: both still in force
            assertEquals(200, ValidationIT.setClock(now.minus(Duration.ofDays(30)).toString()).status());
            String i = grantNow(ids.get("I"));
            assertEquals(200, ValidationIT.setClock(now.minus(Duration.ofDays(20)).toString()).status());
            grantNow(ids.get("J"));
            assertEquals(200, ValidationIT.setClock(now.minus(Duration.ofDays(10)).toString()).status());
            assertEquals(201, Api.post(Api.token(Cast.authoriser2()), "authorisations/" + i + "/reviews",
                    AuthorisationIT.review()).status());
        } finally {
            assertEquals(200, Api.send(Api.request(Api.token(Cast.admin1()), "admin/rule-clock").DELETE()).status());
        }
        // now again: D granted anew (in force); E granted anew, then that one cancelled
        String d = apply(officer, ids.get("D"));
        assertEquals(200, LifecycleIT.grant(authoriser1(), d).status());
        String e = apply(officer, ids.get("E"));
        assertEquals(200, LifecycleIT.grant(authoriser1(), e).status());
        assertEquals(200, Api.post(Api.token(authoriser1()), "authorisations/" + e + "/cancellation",
                AuthorisationIT.reason("Granted in error.")).status());
        // A reviewed and renewed: its end a term later, after D's
        assertEquals(201, Api.post(Api.token(Cast.authoriser2()), "authorisations/" + a + "/reviews", AuthorisationIT.review()).status());
        Api.Reply renewed = Api.post(Api.token(authoriser1()), "authorisations/" + a + "/renewal", "{}");
        assertEquals(200, renewed.status(), renewed.body());
        // A and B granted in the same microsecond, as two authorising officers may: B's end (and its row's) made A's
        try (java.sql.Connection c = Stand.current().rootConnection();
             java.sql.PreparedStatement end = c.prepareStatement("UPDATE authorisation a JOIN authorisation o ON o.id = ? "
                     + "SET a.ends_at = o.ends_at WHERE a.id = ?");
             java.sql.PreparedStatement row = c.prepareStatement("UPDATE source s JOIN authorisation o ON o.id = ? "
                     + "SET s.authorisation_ends_at = o.ends_at WHERE s.id = ?")) {
            end.setString(1, a);
            end.setString(2, b);
            assertEquals(1, end.executeUpdate());
            row.setString(1, a);
            row.setString(2, ids.get("B"));
            assertEquals(1, row.executeUpdate());
        }
        // D deactivated with its authorisation in force: neither clock is shown for a file at rest
        assertEquals(200, ContactReportIT.deactivate(ids.get("D"), false).status());
        return new Authorised(ids, a, d, past);
    }

    /** Validated, then an authorisation applied for by the handler and granted by authoriser1, at the rule clock: its id. */
    private static String grantNow(String sourceId) {
        AuthorisationIT.validate(sourceId);
        String id = apply(officer1(), sourceId);
        Api.Reply g = LifecycleIT.grant(authoriser1(), id);
        assertEquals(200, g.status(), g.body());
        return id;
    }

    private static String apply(String officer, String sourceId) {
        return AuthorisationIT.apply(officer, sourceId);
    }

    /** The RSV files by letter, A's and D's authorisations in force, and the run-out ones of C, D and E. */
    private record Authorised(Map<String, String> ids, String a, String d, Map<String, String> past) {
        /** What each row shows, and the kept orders themselves (so that a change to both the page and the export is seen). */
        void check(String reviewer) {
            String officer = Api.token(officer1());
            Instant aEnds = ends(officer, a);
            Map<String, JsonObject> rows = new LinkedHashMap<>();
            Api.get(reviewer, "oversight/register?size=100&compartment=" + copper()).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).forEach(r -> rows.put(r.getString("id"), r));
            assertEquals(aEnds, shownEnd(rows, "A"), "A: its authorisation, renewed");
            assertTrue(aEnds.isAfter(ends(officer, d)), "A's renewed term ends after D's");
            assertEquals(aEnds, shownEnd(rows, "B"), "B: ends with A");
            assertEquals(ends(officer, past.get("C")), shownEnd(rows, "C"), "C: run out, still shown");
            assertEquals(ends(officer, d), shownEnd(rows, "D"), "D: the one in force, not the run-out one");
            assertEquals(ends(officer, past.get("E")), shownEnd(rows, "E"), "E: the later one cancelled, the run-out one shown");
            assertNull(shownEnd(rows, "F"), "F: its only authorisation cancelled");
            assertNull(shownEnd(rows, "G"), "G: never authorised");
            Instant validated = Instant.parse(rows.get(ids.get("H")).getString("lastValidationAt"));
            assertTrue(validated.isAfter(Instant.now().minus(Duration.ofDays(1))), "H: the latest conclusion, not the last written");
            assertTrue(!rows.get(ids.get("G")).containsKey("lastValidationAt") || rows.get(ids.get("G")).isNull("lastValidationAt"),
                    "G: never validated");
            assertEquals(List.of("C", "E", "I", "J", "D", "A", "B", "F", "G", "H"),
                    lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=authorisationEndsAt")),
                    "by the authorisation's end: run out first, A (renewed) and B tied by code name, none last");
            assertEquals(List.of("H", "G", "F", "B", "A", "D", "J", "I", "E", "C"),
                    lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=-authorisationEndsAt")),
                    "descending: the exact reverse");
            List<String> byValidation = lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=lastValidationAt"));
            assertEquals(List.of("C", "D", "E", "I", "J", "A", "B", "F", "H", "G"), byValidation,
                    "by the last validation: C, D and E concluded 800 days ago, I 30 and J 20 days ago, then the others in the order "
                            + "concluded (H's latest, not its last written), G never");
            assertEquals(List.of("J", "I", "A", "B", "C", "D", "E", "F", "G", "H"),
                    lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=nextReviewDue")),
                    "by the next review: J's from its grant 20 days ago, I's from its review 10 days ago (not its grant "
                            + "30 days ago), then A's (reviewed today) and B's (granted today) "
                            + "tied by code name; none for the run-out (C, E), the cancelled (F), the deactivated (D) or G");
            assertEquals(List.of("H", "G", "F", "E", "D", "C", "B", "A", "I", "J"),
                    lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=-nextReviewDue")),
                    "descending: the exact reverse");
            assertEquals(List.of("C", "E", "I", "J", "A", "B", "F", "H", "D", "G"),
                    lettersOf(wholeComputation(reviewer, "compartment=" + copper() + "&sort=nextValidationDue")),
                    "by the next validation: C and E (800 days ago) tied by code name, I, J, then A, B, F and H (today), "
                            + "none for the deactivated D and the never validated G");
        }

        private List<String> lettersOf(List<String> codeNames) {
            return codeNames.stream().filter(c -> c.startsWith("RSV")).map(c -> c.substring(3, 4)).toList();
        }

        private Instant shownEnd(Map<String, JsonObject> rows, String letter) {
            JsonObject row = rows.get(ids.get(letter));
            assertNotNull(row, letter + " is on the register's first page");
            return !row.containsKey("authorisationEndsAt") || row.isNull("authorisationEndsAt") ? null
                    : Instant.parse(row.getString("authorisationEndsAt"));
        }

        private static Instant ends(String officer, String authorisationId) {
            return Instant.parse(Api.get(officer, "authorisations/" + authorisationId).json().getString("endsAt"));
        }
    }

    @Test
    void aPageSortedInSqlCostsTheSameStatementsWithMoreFiles() throws Exception {
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
        // in the class's other compartment, so that the other test's files change nothing here, nor these there;
        // at least a page of each part: contacted, never contacted, deactivated, closed for cause
        for (int i = 0; i < 4; i++) {
            contact(register(String.format("RSF-%s-%02d", Cast.suffix(), i), mesa()), base.minusSeconds(3600L * (i + 1)));
        }
        for (int i = 4; i < 8; i++) {
            register(String.format("RSF-%s-%02d", Cast.suffix(), i), mesa());
        }
        for (int i = 8; i < 14; i++) {
            String id = register(String.format("RSF-%s-%02d", Cast.suffix(), i), mesa());
            assertEquals(200, ContactReportIT.deactivate(id, i % 2 == 0).status());
        }
        Map<String, Integer> before = costs();
        // 30 more active files, each sorting after every page counted: code names after the others', contacts later
        for (int i = 14; i < 44; i++) {
            contact(register(String.format("RSG-%s-%02d", Cast.suffix(), i), mesa()), base.plusSeconds(60L * i));
        }
        Map<String, Integer> after = costs();
        System.out.println("RegisterSortIT: statements per page before and after 30 more files: " + before + " / " + after);
        for (String what : before.keySet()) {
            assertTrue(before.get(what) > 0, what + " sends statements, so the count is real");
            assertEquals(before.get(what), after.get(what), what + ": " + before + " then " + after);
        }
        assertTrue(after.get("paymentsThisYear") < after.get("paymentsLifetime") + 10,
                "this year's payments paged in SQL, near the lifetime total's page, not every row computed: " + after);
        for (String clock : List.of("nextReviewDue", "nextValidationDue")) {
            assertTrue(after.get(clock) < after.get("authorisationEndsAt") + 10,
                    clock + " paged in SQL from the clock kept on the row, not every row computed: " + after);
        }
    }

    /** The letters of this class's own lettered files (RSQ...), in the order given. */
    private static List<String> letters(List<String> codeNames) {
        return codeNames.stream().filter(c -> c.startsWith("RSQ")).map(c -> c.substring(3, 4)).toList();
    }

    private static Map<String, Integer> costs() {
        Map<String, Integer> out = new LinkedHashMap<>();
        String reviewer = Api.token(reviewer1());
        for (int pass = 0; pass < 2; pass++) {
            // (no payments, authorisations or validations here: descending, those orders are the code names' reverse,
            // which the new files lead)
            for (String sort : List.of("lastContactAt", "-lastContactAt", "status", "-status", "paymentsLifetime",
                    "authorisationEndsAt", "lastValidationAt", "nextReviewDue", "nextValidationDue")) {
                out.put(sort, cost(reviewer, sort));
            }
        }
        // this year's payments at the rule clock of next year's 2nd of January: a payment made then by the other test
        // (nextYear) leaves today's year to the whole computation, a later one's to SQL
        try {
            assertEquals(200, ValidationIT.setClock(LocalDate.now(ZoneOffset.UTC).plusYears(1).withDayOfYear(2).atTime(12, 0)
                    .toInstant(ZoneOffset.UTC).toString()).status());
            for (int pass = 0; pass < 2; pass++) {
                out.put("paymentsThisYear", cost(reviewer, "paymentsThisYear"));
            }
        } finally {
            assertEquals(200, Api.send(Api.request(Api.token(Cast.admin1()), "admin/rule-clock").DELETE()).status());
        }
        return out;
    }

    private static int cost(String reviewer, String sort) {
        Api.Reply r = Api.get(reviewer, "oversight/register?size=3&compartment=" + mesa() + "&sort=" + sort);
        assertEquals(200, r.status(), r.body());
        String count = r.header("X-Hum-Statements");
        assertNotNull(count, "the test stand counts statements");
        return Integer.parseInt(count);
    }

    /** The code names in the order of the export, which computes every row and sorts them (the old path). */
    private static List<String> wholeComputation(String reviewer, String query) {
        Api.Reply csv = Api.get(reviewer, "oversight/register.csv?" + query);
        assertEquals(200, csv.status(), csv.body());
        String[] lines = csv.body().split("\r\n");
        List<String> out = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String cell = lines[i].split(",", -1)[1];
            out.add(cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell);
        }
        return out;
    }

    private static String register(String code, String compartment) {
        Api.Reply r = Api.post(Api.token(officer1()), "sources", Api.registration(code, compartment,
                "Sort Test " + code, "1988-04-04", "+1 555 010 5050"));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** A contact report on the file, of that time: its id. */
    private static String contact(String sourceId, Instant at) {
        Api.Reply r = ContactReportIT.submit(officer1(), sourceId, ContactReportIT.report("Met at the usual place")
                .add("occurredAt", at.toString()));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }
}
