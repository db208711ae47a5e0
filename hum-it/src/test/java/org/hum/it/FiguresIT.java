package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.mesa;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.reports1;
import static org.hum.it.Cast.reviewer1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme figures (docs/domain.md, "Oversight"): active files by compartment, contacts by
 * month, items by credibility, reports released by partner kind and payments by month, as JSON,
 * CSV and SVG; counting only what the reader may see; reviewers and controllers only; a bad
 * period is a 400 naming its parameter.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class FiguresIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void eachFigureCountsWhatHappenedAndOnlyWhatTheReaderMaySee() throws Exception {
        Cast.Source kestrel = Cast.source("KESTREL");
        Cast.source("SPARROW");
        String authorised = AuthorisationIT.granted("FIG", authoriser1())[0]; // validated and authorised: it may be paid
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        String reviewer = Api.token(reviewer1());
        JsonObject before = figures(reviewer, "");
        assertEquals(12, before.getJsonArray("contactsByMonth").size(), "the last twelve months, each listed");
        assertEquals(month, before.getString("to"));
        assertEquals(2, count(before.getJsonArray("activeSources"), copper()));
        assertEquals(1, count(before.getJsonArray("activeSources"), mesa()));
        long contactsBefore = count(before.getJsonArray("contactsByMonth"), month);

        // a contact with an item graded 2, a payment, a report released to FEDERAL, STATE and a named centre
        assertEquals(201, Api.post(Api.token(officer1()), "sources/" + kestrel.id() + "/grades", Json.createObjectBuilder()
                .add("grade", "B").add("reason", "Four reports corroborated").build().toString()).status());
        ReportSteps.Item item = ReportSteps.contactItem(kestrel.id(), "Drums cross on Tuesday nights", ReportSteps.hoursAgo(2));
        LifecycleIT.instruct(authorised);
        PaymentSteps.paid(authorised, "75.00", LocalDate.now(ZoneOffset.UTC));
        String description = ReportSteps.description("DIRECT");
        Api.Reply drafted = Api.post(ReportSteps.token(reports1()), "reports",
                ReportSteps.draft(item.id(), "A reliable source says drums move at night.", description).build().toString());
        assertEquals(201, drafted.status(), drafted.body());
        String report = drafted.json().getString("id");
        assertEquals(200, Api.post(ReportSteps.token(reports1()), "reports/" + report + "/submission", "").status());
        assertEquals(200, Api.post(Api.token(controller1()), "reports/" + report + "/approval", "").status());

        JsonObject after = figures(reviewer, "");
        assertEquals(contactsBefore + 2, count(after.getJsonArray("contactsByMonth"), month),
                "the graded contact and the paid payment's contact");
        assertTrue(count(after.getJsonArray("itemsByCredibility"), "2") >= 1, after.toString());
        assertTrue(count(after.getJsonArray("reportsByPartnerKind"), "FEDERAL") >= 1);
        assertTrue(count(after.getJsonArray("reportsByPartnerKind"), "STATE") >= 1);
        JsonObject paid = after.getJsonArray("paymentsByMonth").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("month").equals(month)).findFirst().orElseThrow(() -> new AssertionError(after.toString()));
        assertTrue(paid.getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("75.00")) >= 0);
        assertEquals(after, figures(Api.token(controller1()), ""), "a controller of the same files reads the same figures");

        // a reviewer of MESA only: nothing of the COPPER file or its COPPER report
        String narrow = "mesafig-" + Cast.suffix().toLowerCase(java.util.Locale.ROOT);
        AdminApi.createUser(Api.token(admin1()), narrow, "SECRET", List.of("COMPLIANCE_REVIEWER"), List.of(mesa()),
                Cast.password());
        JsonObject theirs = figures(Api.token(narrow), "");
        assertEquals(0, count(theirs.getJsonArray("activeSources"), copper()));
        assertEquals(0, count(theirs.getJsonArray("contactsByMonth"), month));
        assertEquals(0, count(theirs.getJsonArray("reportsByPartnerKind"), "FEDERAL"));
        assertTrue(theirs.getJsonArray("paymentsByMonth").isEmpty());

        Api.Reply csv = Api.get(reviewer, "oversight/figures.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("figure,key,currency,count,amount\r\n"), csv.body());
        assertTrue(csv.body().contains("\"contacts by month\",\"" + month + "\",," + count(after.getJsonArray("contactsByMonth"), month)),
                csv.body());
        Api.Reply svg = Api.get(reviewer, "oversight/figures.svg");
        assertEquals(200, svg.status());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg") && svg.body().contains("data-key=\"" + month + "\""), svg.body());
        assertFalse(svg.body().contains(kestrel.codeName()) || csv.body().contains(kestrel.codeName()), "no file is named");
    }

    @Test
    void reviewersAndControllersOnlyAndABadPeriodIsNamed() {
        String reviewer = Api.token(reviewer1());
        for (String user : List.of(officer1(), authoriser1(), admin1(), reports1())) {
            assertEquals(403, Api.get(Api.token(user), "oversight/figures").status(), user);
            assertEquals(403, Api.get(Api.token(user), "oversight/figures.csv").status(), user);
        }
        bad(reviewer, "from=2026-13", "from");
        bad(reviewer, "to=last-month", "to");
        bad(reviewer, "from=2026-06&to=2026-01", "from");
        bad(reviewer, "from=2010-01&to=2026-01", "from");
        JsonObject one = figures(reviewer, "?from=2026-01&to=2026-01");
        assertEquals(1, one.getJsonArray("contactsByMonth").size());
        assertEquals("2026-01", one.getString("from"));
    }

    private static void bad(String token, String query, String field) {
        Api.Reply r = Api.get(token, "oversight/figures?" + query);
        assertEquals(400, r.status(), query + ": " + r.body());
        assertTrue(r.body().contains("\"" + field + "\""), r.body());
    }

    private static JsonObject figures(String token, String query) {
        Api.Reply r = Api.get(token, "oversight/figures" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static long count(JsonArray counts, String key) {
        return counts.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("key").equals(key))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
    }
}
