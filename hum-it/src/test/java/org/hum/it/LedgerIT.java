package org.hum.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.PaymentSteps.PNG;
import static org.hum.it.PaymentSteps.counts;
import static org.hum.it.PaymentSteps.pay;
import static org.hum.it.PaymentSteps.record;
import static org.hum.it.PaymentSteps.refused;
import static org.hum.it.PaymentSteps.refusedPlain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The payments ledger over REST and in the database: append-only for the application's own
 * account, corrections by reversing entries only, hash-chained per source, totals per source,
 * case, year and lifetime over the files the caller may see; and the dashboards' payment lists.
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class LedgerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    private static BigDecimal dec(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    private static JsonObject ledger(String user, String sourceId) {
        Api.Reply r = Api.get(Api.token(user), "sources/" + sourceId + "/ledger");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void theApplicationsAccountCannotUpdateOrDeleteTheLedgerOrAReceipt() throws SQLException {
        String source = LifecycleIT.ready("LEDGER-GRANTS").sourceId();
        String entry = PaymentSteps.paid(source, "80.00", LifecycleIT.today());
        try (Connection c = Stand.current().appConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "UPDATE payment_ledger SET amount = 1 WHERE id = '" + entry + "'",
                    "UPDATE payment_ledger SET paid_on = '2020-01-01' WHERE id = '" + entry + "'",
                    "UPDATE payment_ledger SET entry_hash = 'x' WHERE id = '" + entry + "'",
                    "DELETE FROM payment_ledger WHERE id = '" + entry + "'",
                    "UPDATE payment_receipt SET stated_amount = 1",
                    "UPDATE payment_receipt SET dated = '2020-01-01'",
                    "DELETE FROM payment_receipt",
                    "UPDATE payment SET amount = 1",
                    "DELETE FROM payment_decision",
                    "UPDATE payment_decision SET decided_by = NULL")) {
                assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
            }
        }
        assertEquals(1L, PaymentSteps.count("SELECT COUNT(*) FROM payment_ledger WHERE id = ? AND amount = 80.00", entry));
    }

    @Test
    void aCorrectionIsAReversingEntryAndTheTotalsNetItOut() throws SQLException {
        LocalDate today = LifecycleIT.today();
        String source = LifecycleIT.ready("LEDGER-REV").sourceId();
        String first = PaymentSteps.paid(source, "100.00", today);
        PaymentSteps.paid(source, "40.50", today);

        JsonObject l = ledger(reviewer1(), source);
        assertTrue(l.getBoolean("chainIntact"));
        assertEquals(2, l.getJsonArray("entries").size());
        JsonObject e0 = l.getJsonArray("entries").getJsonObject(0);
        JsonObject e1 = l.getJsonArray("entries").getJsonObject(1);
        assertEquals("0".repeat(64), e0.getString("prevHash"));
        assertEquals(e0.getString("entryHash"), e1.getString("prevHash"), "each entry carries its predecessor's hash");
        assertEquals(controller1(), e0.getString("witness1"));
        JsonObject totals = l.getJsonObject("totals");
        assertEquals(0, new BigDecimal("140.50").compareTo(dec(totals, "lifetime")));
        assertEquals(0, new BigDecimal("140.50").compareTo(dec(totals.getJsonObject("byYear"), String.valueOf(today.getYear()))));
        assertEquals(0, new BigDecimal("140.50").compareTo(dec(totals.getJsonObject("byCase"), "OCDETF-2026-117")));

        var before = counts();
        refusedPlain(before, Api.post(Api.token(officer1()), "ledger/" + first + "/reversal", "{\"reason\":\"typo\"}"), 403);
        refusedPlain(before, Api.post(Api.token(reviewer1()), "ledger/" + first + "/reversal", "{\"reason\":\"typo\"}"), 403);
        refusedPlain(before, Api.post(Api.token(controller1()), "ledger/" + UUID.randomUUID() + "/reversal", "{\"reason\":\"x\"}"), 404);
        refusedPlain(before, Api.post(Api.token(controller1()), "ledger/" + first + "/reversal", "{\"reason\":\"\"}"), 400);

        Api.Reply rev = Api.post(Api.token(controller1()), "ledger/" + first + "/reversal",
                "{\"reason\":\"Paid twice at the Lukeville meeting\"}");
        assertEquals(201, rev.status(), rev.body());
        assertEquals("REVERSAL", rev.json().getString("entryKind"));
        assertEquals(0, new BigDecimal("-100.00").compareTo(dec(rev.json(), "amount")));
        assertEquals(first, rev.json().getString("reversesId"));
        assertEquals(3, rev.json().getJsonNumber("position").longValue(), "the third entry of this file's ledger");
        assertFalse(Rows.dump("payment_ledger").contains("Lukeville"), "the reason is encrypted");

        JsonObject after = ledger(officer1(), source);
        assertEquals(3, after.getJsonArray("entries").size(), "the original entry stays");
        assertTrue(after.getBoolean("chainIntact"));
        assertEquals(0, new BigDecimal("40.50").compareTo(dec(after.getJsonObject("totals"), "lifetime")));
        JsonObject original = after.getJsonArray("entries").getJsonObject(0);
        assertEquals(0, new BigDecimal("100.00").compareTo(dec(original, "amount")), "never updated");
        assertEquals(rev.json().getString("id"), original.getString("reversedBy"));
        assertEquals("Paid twice at the Lukeville meeting", after.getJsonArray("entries").getJsonObject(2).getString("reason"));

        before = counts();
        refused(before, Api.post(Api.token(authoriser2()), "ledger/" + first + "/reversal", "{\"reason\":\"again\"}"), 409,
                "ledger.already-reversed");
        refused(before, Api.post(Api.token(authoriser2()), "ledger/" + rev.json().getString("id") + "/reversal",
                "{\"reason\":\"undo\"}"), 422, "ledger.reverse-payment");
        // a controller who requested and recorded a payment does not correct it: someone independent does
        JsonObject own = PaymentSteps.requested(controller1(), source, PaymentSteps.request("12", "EXPENSES",
                PaymentSteps.contactReport(source, true)));
        assertEquals(200, Api.post(Api.token(authoriser2()), "payments/" + own.getString("id") + "/approvals", "{}").status());
        Api.Reply ownPaid = PaymentSteps.pay(controller1(), own.getString("id"), PaymentSteps.record(today, officer1(),
                authoriser2(), PaymentSteps.PNG, "12", today));
        assertEquals(200, ownPaid.status(), ownPaid.body());
        String ownEntry = ownPaid.json().getString("ledgerEntryId");
        before = counts();
        refused(before, Api.post(Api.token(controller1()), "ledger/" + ownEntry + "/reversal", "{\"reason\":\"mine\"}"), 409,
                "ledger.reverser-independent");
        Api.Reply independent = Api.post(Api.token(authoriser2()), "ledger/" + ownEntry + "/reversal",
                "{\"reason\":\"Recorded twice\"}");
        assertEquals(201, independent.status(), independent.body());

        // the reversed payment no longer counts in the source's exposure
        JsonObject next = PaymentSteps.requested(officer1(), source, PaymentSteps.request("10", "EXPENSES",
                PaymentSteps.contactReport(source, true)));
        assertEquals(0, new BigDecimal("50.50").compareTo(dec(next, "lifetimeExposure")), next.toString());
        PaymentSteps.assertExposureAgrees(source);
    }

    @Test
    void aLedgerAndAFilesPaymentsAreReadByPagesWithTheWholeLedgersTotals() throws SQLException {
        LocalDate today = LifecycleIT.today();
        String source = LifecycleIT.ready("LEDGER-PAGES").sourceId();
        String first = PaymentSteps.paid(source, "10.00", today);
        String second = PaymentSteps.paid(source, "20.00", today);
        String third = PaymentSteps.paid(source, "30.00", today);
        String pending = PaymentSteps.requested(officer1(), source, PaymentSteps.request("7", "EXPENSES",
                PaymentSteps.contactReport(source, true))).getString("id");
        String officer = Api.token(officer1());

        JsonObject page1 = Api.get(officer, "sources/" + source + "/ledger?size=2").json();
        assertEquals(List.of(first, second), ids(page1.getJsonArray("entries")));
        assertEquals(3, page1.getInt("total"));
        assertEquals(0, page1.getInt("from"));
        assertTrue(page1.getBoolean("chainIntact"));
        JsonObject totals = page1.getJsonObject("totals");
        assertEquals(0, new BigDecimal("60.00").compareTo(dec(totals, "lifetime")), "the totals are the whole ledger's");
        assertEquals(0, new BigDecimal("60.00").compareTo(dec(totals.getJsonObject("byMonth"),
                today.toString().substring(0, 7))), totals.toString());
        JsonObject page2 = Api.get(officer, "sources/" + source + "/ledger?from=2&size=2").json();
        assertEquals(List.of(third), ids(page2.getJsonArray("entries")));
        // each entry's place in this file's ledger, not the table's global sequence, which would count other files' payments
        assertEquals(List.of(1L, 2L, 3L), java.util.stream.Stream.concat(
                page1.getJsonArray("entries").getValuesAs(JsonObject.class).stream(),
                page2.getJsonArray("entries").getValuesAs(JsonObject.class).stream())
                .map(e -> e.getJsonNumber("position").longValue()).toList());
        assertFalse(page1.getJsonArray("entries").getJsonObject(0).containsKey("seq"), page1.toString());
        assertEquals(page1.getJsonArray("entries").getJsonObject(1).getString("entryHash"),
                page2.getJsonArray("entries").getJsonObject(0).getString("prevHash"));
        assertTrue(page2.getBoolean("chainIntact"), "the page links to the entry before it");
        JsonObject beyond = Api.get(officer, "sources/" + source + "/ledger?from=9").json();
        assertEquals(0, beyond.getJsonArray("entries").size());
        assertEquals(3, beyond.getInt("total"));

        for (String bad : List.of("size=0", "size=501", "from=-1", "from=x")) {
            Api.Reply r = Api.get(officer, "sources/" + source + "/ledger?" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals(bad.substring(0, bad.indexOf('=')), r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }

        // the file's payments: newest first, paged, of one status if asked
        JsonObject payments = Api.get(officer, "sources/" + source + "/payments?size=2").json();
        assertEquals(4, payments.getInt("total"));
        assertEquals(pending, payments.getJsonArray("payments").getJsonObject(0).getString("id"));
        assertEquals(2, payments.getJsonArray("payments").size());
        JsonObject paid = Api.get(officer, "sources/" + source + "/payments?status=PAID&from=1&size=200").json();
        assertEquals(3, paid.getInt("total"));
        assertEquals(2, paid.getJsonArray("payments").size());
        assertTrue(paid.getJsonArray("payments").stream().allMatch(p -> "PAID".equals(p.asJsonObject().getString("status"))));
        assertEquals("PAID", paid.getString("status"));
        for (String bad : List.of("status=paid", "status=SETTLED", "size=201", "from=-3")) {
            Api.Reply r = Api.get(officer, "sources/" + source + "/payments?" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals(bad.substring(0, bad.indexOf('=')), r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }

        // an entry altered in the database breaks the chain of the page that shows it, and only that page
        try (Connection c = Stand.current().rootConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE payment_ledger SET amount = 31.00 WHERE id = '"
                    + third + "'");
        }
        assertFalse(Api.get(officer, "sources/" + source + "/ledger?from=2").json().getBoolean("chainIntact"));
        assertTrue(Api.get(officer, "sources/" + source + "/ledger?size=2").json().getBoolean("chainIntact"));
        assertFalse(Api.get(officer, "sources/" + source + "/ledger").json().getBoolean("chainIntact"));
    }

    private static List<String> ids(JsonArray entries) {
        return entries.stream().map(e -> e.asJsonObject().getString("id")).toList();
    }

    @Test
    void totalsCountOnlyTheFilesTheCallerMaySee() throws SQLException {
        LocalDate today = LifecycleIT.today();
        String source = LifecycleIT.ready("LEDGER-TOT").sourceId();
        PaymentSteps.paid(source, "12.34", today);
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + source + "/ledger").status());
        assertEquals(403, Api.get(Api.token(admin1()), "sources/" + source + "/ledger").status());
        assertEquals(403, Api.get(Api.token(admin1()), "ledger/totals").status());

        Api.Reply all = Api.get(Api.token(reviewer1()), "ledger/totals");
        assertEquals(200, all.status(), all.body());
        assertEquals(0, new BigDecimal("12.34").compareTo(dec(all.json().getJsonObject("bySource"), source)));
        assertTrue(dec(all.json(), "lifetime").compareTo(new BigDecimal("12.34")) >= 0);
        assertTrue(all.json().getJsonObject("byCase").containsKey("OCDETF-2026-117"));

        Api.Reply mesa = Api.get(Api.token(officer2()), "ledger/totals");
        assertEquals(200, mesa.status(), mesa.body());
        assertFalse(mesa.json().getJsonObject("bySource").containsKey(source), ("a " + copper() + " file is not counted for " + officer2()));
    }

    @Test
    void theDashboardsListPendingApprovalsAndPaymentsToSourcesThatWereNotActive() throws SQLException {
        String source = LifecycleIT.ready("LEDGER-DASH").sourceId();
        String pending = PaymentSteps.requested(officer1(), source, PaymentSteps.request("33", "EXPENSES",
                PaymentSteps.contactReport(source, true))).getString("id");
        assertTrue(entries(controller1(), "PENDING_PAYMENT_APPROVALS").contains(pending));
        assertTrue(entries(authoriser2(), "PENDING_PAYMENT_APPROVALS").contains(pending));
        String own = PaymentSteps.requested(controller1(), source, PaymentSteps.request("34", "EXPENSES",
                PaymentSteps.contactReport(source, true))).getString("id");
        assertFalse(entries(controller1(), "PENDING_PAYMENT_APPROVALS").contains(own), "not one's own request");
        assertEquals(200, PaymentSteps.approve(authoriser2(), pending).status());
        assertFalse(entries(controller1(), "PENDING_PAYMENT_APPROVALS").contains(pending), "approved: no longer pending");

        // approved today; deactivated tomorrow; reactivated the day after and paid with the day it was deactivated
        String approved = PaymentSteps.approved(source, "45.00");
        String whileActive = PaymentSteps.approved(source, "11.00");
        Api.Reply paidActive = pay(officer1(), whileActive, record(LifecycleIT.today(), controller1(), authoriser2(), PNG, "11.00",
                LifecycleIT.today()));
        assertEquals(200, paidActive.status(), paidActive.body());
        LocalDate deactivatedDay = LifecycleIT.awayForADay(source);
        Api.Reply p = pay(officer1(), approved, record(deactivatedDay, controller1(), authoriser2(), PNG, "45.00", deactivatedDay));
        assertEquals(200, p.status(), p.body());
        assertTrue(entries(reviewer1(), "PAYMENTS_TO_INACTIVE_SOURCES").contains(approved));
        assertFalse(entries(reviewer1(), "PAYMENTS_TO_INACTIVE_SOURCES").contains(whileActive), "paid on a day it was active throughout");
    }

    @Test
    void aKeyRotationReencryptsPurposesReasonsAndReceiptsAndTheyStillRead() throws Exception {
        LocalDate today = LifecycleIT.today();
        String source = LifecycleIT.ready("LEDGER-KEY").sourceId();
        String entry = PaymentSteps.paid(source, "64.00", today);
        String paymentId = ledger(controller1(), source).getJsonArray("entries").getJsonObject(0).getString("paymentId");
        assertEquals(201, Api.post(Api.token(controller1()), "ledger/" + entry + "/reversal",
                "{\"reason\":\"Wrong case number\"}").status());
        String admin = Api.token(admin1());
        Api.Reply started = Api.post(admin, "admin/keys/sources/" + source + "/dek-rotations", "");
        assertEquals(202, started.status(), started.body());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && !"DONE".equals(job.getString("state")) && !"FAILED".equals(job.getString("state")); i++) {
            Thread.sleep(100);
            job = Api.get(admin, "admin/keys/jobs/" + job.getString("id")).json();
        }
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(1L, PaymentSteps.count("SELECT COUNT(*) FROM payment_receipt WHERE payment_id = ? AND dek_version = 2", paymentId));
        assertEquals(1L, PaymentSteps.count("SELECT COUNT(*) FROM payment WHERE id = ? AND dek_version = 2", paymentId));
        assertEquals(0L, PaymentSteps.count("SELECT COUNT(*) FROM payment_ledger WHERE source_id = ? AND dek_version <> 2", source));
        JsonObject p = Api.get(Api.token(officer1()), "payments/" + paymentId).json();
        assertEquals("Fuel and a meal for the meeting at the Nogales crossing", p.getString("purpose"));
        JsonObject l = ledger(officer1(), source);
        assertEquals("Wrong case number", l.getJsonArray("entries").getJsonObject(1).getString("reason"));
        assertTrue(l.getBoolean("chainIntact"), "re-encryption leaves the chain whole");
        var receipt = java.net.http.HttpClient.newHttpClient().send(Api.request(Api.token(officer1()), "payments/" + paymentId
                + "/receipt").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, receipt.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(PaymentSteps.PNG, receipt.body());
    }

    private static List<String> entries(String user, String section) {
        return PaymentSteps.dashboardLines(user, section);
    }
    /**
     * The totals are in the rule profile's currency and never add an amount in another: what was
     * paid before the currency changed is totalled apart (docs/domain.md, "Payments and benefits").
     */
    @Test
    void totalsNeverAddAmountsInAnotherCurrency() throws SQLException {
        String source = LifecycleIT.ready("LEDGER-CCY").sourceId();
        LocalDate today = LifecycleIT.today();
        PaymentSteps.paid(source, "80.00", today);
        String admin = Api.token(admin1());
        JsonObject before = Api.get(admin, "admin/rule-profile").json().getJsonObject("figures");
        try {
            Api.Reply eur = Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"profile\":\"" + before.getString("profile")
                            + "\",\"currency\":\"EUR\"}")));
            assertEquals(200, eur.status(), eur.body());
            String payment = PaymentSteps.requested(officer1(), source, PaymentSteps.request("30.00", "EXPENSES",
                    PaymentSteps.contactReport(source, true)).add("currency", "EUR")).getString("id");
            assertEquals(200, PaymentSteps.approve(controller1(), payment).status());
            Api.Reply paid = pay(officer1(), payment, record(today, controller1(), authoriser2(), PNG, "30.00", today));
            assertEquals(200, paid.status(), paid.body());

            JsonObject totals = ledger(officer1(), source).getJsonObject("totals");
            assertEquals("EUR", totals.getString("currency"));
            assertEquals(0, new BigDecimal("30.00").compareTo(dec(totals, "lifetime")), totals.toString());
            assertEquals(0, new BigDecimal("30.00").compareTo(dec(totals.getJsonObject("byYear"), String.valueOf(today.getYear()))));
            assertEquals(0, new BigDecimal("80.00").compareTo(dec(totals.getJsonObject("otherCurrencies"), "USD")));
            assertEquals(1, totals.getJsonObject("otherCurrencies").size());

            JsonObject all = Api.get(Api.token(reviewer1()), "ledger/totals").json();
            assertEquals("EUR", all.getString("currency"));
            assertEquals(0, new BigDecimal("30.00").compareTo(dec(all.getJsonObject("bySource"), source)), all.toString());
            assertTrue(dec(all.getJsonObject("otherCurrencies"), "USD").compareTo(new BigDecimal("80.00")) >= 0);
        } finally {
            Api.Reply restored = Api.send(Api.request(admin, "admin/rule-profile").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(before.toString())));
            assertEquals(200, restored.status(), restored.body());
        }
        JsonObject back = ledger(officer1(), source).getJsonObject("totals");
        assertEquals("USD", back.getString("currency"));
        assertEquals(0, new BigDecimal("80.00").compareTo(dec(back, "lifetime")));
        assertEquals(0, new BigDecimal("30.00").compareTo(dec(back.getJsonObject("otherCurrencies"), "EUR")));
    }
}
