package org.hum.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.hum.it.Cast.admin1;
import static org.hum.it.Cast.authoriser1;
import static org.hum.it.Cast.authoriser2;
import static org.hum.it.Cast.controller1;
import static org.hum.it.Cast.copper;
import static org.hum.it.Cast.officer1;
import static org.hum.it.Cast.officer2;
import static org.hum.it.Cast.reviewer1;
import static org.hum.it.PaymentSteps.PDF;
import static org.hum.it.PaymentSteps.PNG;
import static org.hum.it.PaymentSteps.approve;
import static org.hum.it.PaymentSteps.contactReport;
import static org.hum.it.PaymentSteps.counts;
import static org.hum.it.PaymentSteps.pay;
import static org.hum.it.PaymentSteps.post;
import static org.hum.it.PaymentSteps.record;
import static org.hum.it.PaymentSteps.refused;
import static org.hum.it.PaymentSteps.refusedPlain;
import static org.hum.it.PaymentSteps.request;
import static org.hum.it.PaymentSteps.requested;
import static org.hum.it.PaymentSteps.tiers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payments over REST (docs/domain.md, "Payments and benefits"): request, approval by tiers, rejection,
 * payment before two witnesses with an exact-amount receipt, and every refusal (its status, its
 * rule, nothing written) and role (403 without the role, 404 for a file one may not see).
 */
@ExtendWith({ArquillianExtension.class, Cast.class})
class PaymentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void resetClock() {
        assertEquals(200, Api.send(Api.request(Api.token(admin1()), "admin/rule-clock").DELETE()).status());
    }

    private static LocalDate today() {
        return LifecycleIT.today();
    }

    @Test
    void requestedApprovedByAnotherAndPaidBeforeTwoWitnessesWithAnExactReceipt() throws SQLException {
        String source = LifecycleIT.ready("PAY-JOURNEY").sourceId();
        String contact = contactReport(source, true);
        JsonObject p = requested(officer1(), source, request("150.00", "EXPENSES", contact)
                .add("subSourceItems", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("description", "Sub-source GECKO bus fare").add("amount", 50))
                        .add(Json.createObjectBuilder().add("description", "Sub-source GECKO meal").add("amount", 100))));
        String id = p.getString("id");
        assertEquals("REQUESTED", p.getString("status"));
        assertEquals(List.of("STANDARD"), tiers(p));
        assertEquals(officer1(), p.getString("requestedBy"));
        assertEquals(contact, p.getString("contactReportId"));
        assertEquals("Fuel and a meal for the meeting at the Nogales crossing", p.getString("purpose"));
        assertEquals(2, p.getJsonArray("subSourceItems").size());
        assertEquals("Sub-source GECKO meal", p.getJsonArray("subSourceItems").getJsonObject(1).getString("description"));
        assertEquals(0, new BigDecimal("150.00").compareTo(p.getJsonNumber("lifetimeExposure").bigDecimalValue()));
        // texts are stored encrypted only
        assertFalse(Rows.dump("payment").contains("Nogales"), "the purpose is encrypted");
        assertFalse(Rows.dump("payment_item").contains("GECKO"), "sub-source items are encrypted");

        // the register other features read
        assertEquals(1, PaymentSteps.count("SELECT COUNT(*) FROM payment WHERE contact_report_id = ?", contact));

        // who may approve sees it
        Api.Reply asController = Api.get(Api.token(controller1()), "payments/" + id);
        assertEquals(200, asController.status(), asController.body());
        assertTrue(asController.json().getJsonObject("may").getBoolean("approve"));
        assertFalse(Api.get(Api.token(officer1()), "payments/" + id).json().getJsonObject("may").getBoolean("approve"),
                "the requester may not approve");

        Api.Reply a = approve(controller1(), id);
        assertEquals(200, a.status(), a.body());
        assertEquals("APPROVED", a.json().getString("status"));
        assertEquals(controller1(), a.json().getJsonArray("steps").getJsonObject(0).getString("decidedBy"));
        assertTrue(a.json().getJsonObject("may").getBoolean("pay"), "a controller may record it paid");

        Api.Reply paid = pay(officer1(), id, record(today(), controller1(), authoriser2(), PNG, "150.00", today()));
        assertEquals(200, paid.status(), paid.body());
        JsonObject v = paid.json();
        assertEquals("PAID", v.getString("status"));
        assertEquals(today().toString(), v.getString("paidOn"));
        assertEquals(List.of(controller1(), authoriser2()), v.getJsonArray("witnesses").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("image/png", v.getJsonObject("receipt").getString("mediaType"));
        assertFalse(Api.isNull(v, "ledgerEntryId"));

        // the receipt, for those who may see the file's true identity (the handler's grant): exact bytes back, encrypted at rest
        HttpResponse<byte[]> receipt = receipt(officer1(), id);
        assertEquals(200, receipt.statusCode());
        assertEquals("image/png", receipt.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PNG, receipt.body());
        assertFalse(Rows.dump("payment_receipt").contains("IHDR"), "the receipt is stored encrypted");
        assertEquals(404, receipt(officer2(), id).statusCode(), ("a file " + officer2() + " may not see"));
        assertEquals(404, receipt(reviewer1(), id).statusCode(), "a reviewer sees the file but holds no true-identity grant");
        assertEquals(403, receipt(admin1(), id).statusCode());

        // the receipt cannot be replaced: a second record is refused
        var before = counts();
        refused(before, pay(controller1(), id, record(today(), controller1(), authoriser2(), PNG, "150.00", today())), 409,
                "payment.already-paid");
    }

    private static HttpResponse<byte[]> receipt(String user, String paymentId) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(Api.request(Api.token(user), "payments/" + paymentId
                    + "/receipt").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRequestIsRefusedForWhatItSaysAndWritesNothing() throws SQLException {
        String source = LifecycleIT.ready("PAY-REFUSE").sourceId();
        String other = LifecycleIT.ready("PAY-OTHER").sourceId();
        String contact = contactReport(source, true);
        String draft = contactReport(source, false);
        String othersContact = contactReport(other, true);
        var before = counts();

        refused(before, post(officer1(), source, request("10", "EXPENSES", contact).add("currency", "GBP")), 422, "payment.currency");
        refused(before, post(officer1(), source, request("10", "REWARD", contact).add("contingentOn", "CONVICTION")), 422,
                "payment.not-contingent");
        refused(before, post(officer1(), source, request("10", "REWARD", contact).add("contingentOn", "SEIZURE")), 422,
                "payment.not-contingent");
        refused(before, post(officer1(), source, request("10", "EXPENSES", null)), 422, "payment.grounds");
        refused(before, post(officer1(), source, request("10", "EXPENSES", draft)), 422, "payment.contact-report");
        refused(before, post(officer1(), source, request("10", "EXPENSES", othersContact)), 422, "payment.contact-report");
        refused(before, post(officer1(), source, request("10", "EXPENSES", "not-a-uuid")), 422, "payment.contact-report");
        refused(before, post(officer1(), source, request("10", "EXPENSES", null).add("taskingId", UUID.randomUUID().toString())),
                422, "payment.tasking");
        refused(before, post(officer1(), source, request("100", "EXPENSES", contact).add("subSourceItems",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("description", "fare").add("amount", 99.99)))),
                422, "payment.sub-source-itemised");

        // bad input: a 400 on the field, nothing written
        refusedPlain(before, post(officer1(), source, request("10.005", "EXPENSES", contact)), 400);
        refusedPlain(before, post(officer1(), source, request("-5", "EXPENSES", contact)), 400);
        refusedPlain(before, post(officer1(), source, request("0", "EXPENSES", contact)), 400);
        refusedPlain(before, post(officer1(), source, request("10", "BRIBE", contact)), 400);
        refusedPlain(before, post(officer1(), source, request("10", "EXPENSES", contact).add("contingentOn", "MAYBE")), 400);
        refusedPlain(before, post(officer1(), source, request("10", "EXPENSES", contact).add("purpose", "x".repeat(2001))), 400);
        Api.Reply noPurpose = post(officer1(), source, request("10", "EXPENSES", contact).add("purpose", " "));
        refusedPlain(before, noPurpose, 400);
        assertTrue(noPurpose.body().contains("purpose"), noPurpose.body());
        refusedPlain(before, Api.post(Api.token(officer1()), "sources/" + source + "/payments", "{not json"), 400);
    }

    @Test
    void theSourcePolicyRefusesASourceThatMayNotBePaid() throws SQLException {
        // registered only: not validated, authorised or instructed
        String fresh = LifecycleIT.register("PAY-FRESH", LocalDate.parse(LifecycleIT.adult()));
        String contact = contactReport(fresh, true);
        var before = counts();
        Api.Reply r = post(officer1(), fresh, request("10", "EXPENSES", contact));
        refused(before, r, 409, "validation.initial");

        // a ready source, requested and then deactivated: no approval, no payment
        String source = LifecycleIT.ready("PAY-DEACT").sourceId();
        String requestedId = requested(officer1(), source, request("10", "EXPENSES", contactReport(source, true))).getString("id");
        String approvedId = PaymentSteps.approved(source, "20");
        Api.Reply d = Api.post(Api.token(officer1()), "sources/" + source + "/deactivation",
                "{\"reason\":\"Moved away\",\"forCause\":false,\"sourceTold\":true}");
        assertEquals(200, d.status(), d.body());
        before = counts();
        Api.Reply refusedRequest = post(officer1(), source, request("10", "EXPENSES", contactReport(source, true)));
        assertEquals(409, refusedRequest.status(), refusedRequest.body());
        assertEquals("source.active", refusedRequest.json().getString("rule"), refusedRequest.body());
        before = counts();
        Api.Reply ap = approve(controller1(), requestedId);
        refused(before, ap, 409, "source.active");
        refused(before, pay(officer1(), approvedId, record(today(), controller1(), authoriser2(), PNG, "20", today())), 409,
                "source.active");
    }

    @Test
    void aDutyToReportSourceIsNotRewardedForWhatTheyMustReport() throws SQLException {
        String source = dutyToReportSource();
        String contact = contactReport(source, true);
        var before = counts();
        refused(before, post(officer1(), source, request("300", "REWARD", contact)), 422, "payment.duty-to-report-stated");
        refused(before, post(officer1(), source, request("300", "REWARD", contact).add("withinDutyToReport", true)), 409,
                "payment.duty-to-report");
        JsonObject ok = requested(officer1(), source, request("300", "REWARD", contact).add("withinDutyToReport", false));
        assertFalse(ok.getBoolean("withinDutyToReport"));
        requested(officer1(), source, request("40", "EXPENSES", contact)); // expenses are not a reward
        // a source without the duty need not say
        String plain = LifecycleIT.ready("PAY-NODUTY").sourceId();
        requested(officer1(), plain, request("300", "REWARD", contactReport(plain, true)));
    }

    /** A source with a duty to report (a port-of-entry employee), made ready for use. */
    private static String dutyToReportSource() {
        String code = "PAY-DUTY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject base = Json.createReader(new java.io.StringReader(Api.registration(code, copper(),
                "Duty Subject " + code, LifecycleIT.adult(), "+1 520 555 0177"))).readObject();
        String body = Json.createObjectBuilder(base).add("particulars", Json.createObjectBuilder()
                .add("employer", "Port authority").add("dutyToReport", true)).build().toString();
        Api.Reply r = Api.post(Api.token(officer1()), "sources", body);
        assertEquals(201, r.status(), r.body());
        String id = r.json().getString("id");
        LifecycleIT.validate(id);
        assertEquals(200, LifecycleIT.grant(authoriser1(), LifecycleIT.apply(id)).status());
        LifecycleIT.instruct(id);
        return id;
    }

    @Test
    void everyRoleAndEveryFileAsThePreambleSays() throws SQLException {
        String source = LifecycleIT.ready("PAY-ROLES").sourceId();
        String contact = contactReport(source, true);
        var before = counts();
        refusedPlain(before, post(reviewer1(), source, request("10", "EXPENSES", contact)), 403);
        refusedPlain(before, post(admin1(), source, request("10", "EXPENSES", contact)), 403);
        refusedPlain(before, post(officer2(), source, request("10", "EXPENSES", contact)), 404);
        refusedPlain(before, post(officer1(), UUID.randomUUID().toString(), request("10", "EXPENSES", contact)), 404);
        assertEquals(403, Api.get(Api.token(admin1()), "sources/" + source + "/payments").status());
        assertEquals(404, Api.get(Api.token(officer2()), "sources/" + source + "/payments").status());
        assertEquals(200, Api.get(Api.token(reviewer1()), "sources/" + source + "/payments").status());

        String id = requested(officer1(), source, request("10", "EXPENSES", contact)).getString("id");
        Api.Reply unknown = Api.get(Api.token(officer2()), "payments/" + UUID.randomUUID());
        Api.Reply hidden = Api.get(Api.token(officer2()), "payments/" + id);
        assertEquals(404, hidden.status());
        assertEquals(unknown.json().getString("detail"), hidden.json().getString("detail"), "hidden looks like unknown");
        assertEquals(404, Api.get(Api.token(officer1()), "payments/not-a-uuid").status());
        assertEquals(403, Api.get(Api.token(admin1()), "payments/" + id).status());

        before = counts();
        refusedPlain(before, approve(officer1(), id), 403);
        refusedPlain(before, approve(reviewer1(), id), 403);
        refusedPlain(before, Api.post(Api.token(officer2()), "payments/" + id + "/approvals", "{}"), 403);
        refusedPlain(before, Api.post(Api.token(controller1()), "payments/" + UUID.randomUUID() + "/approvals", "{}"), 404);
        refusedPlain(before, Api.post(Api.token(reviewer1()), "payments/" + id + "/rejection", "{\"reason\":\"no\"}"), 403);
        refusedPlain(before, pay(reviewer1(), id, record(today(), controller1(), authoriser2(), PNG, "10", today())), 403);
        refusedPlain(before, pay(authoriser1(), id, record(today(), controller1(), authoriser2(), PNG, "10", today())), 403);

        // the requester never approves, whatever their roles
        String byController = requested(controller1(), source, request("10", "EXPENSES", contact)).getString("id");
        before = counts();
        refused(before, approve(controller1(), byController), 409, "payment.approver-not-requester");
        refused(before, Api.post(Api.token(controller1()), "payments/" + byController + "/rejection", "{\"reason\":\"mine\"}"),
                409, "payment.approver-not-requester");
    }

    @Test
    void tiersFromTheRuleProfileEachApprovedByWhoItNames() throws SQLException {
        String source = LifecycleIT.ready("PAY-TIERS").sourceId();
        String contact = contactReport(source, true);
        assertEquals(List.of("STANDARD"), tiers(requested(officer1(), source, request("2499.99", "REWARD", contact))));
        JsonObject senior = requested(officer1(), source, request("2500.00", "REWARD", contact));
        assertEquals(List.of("SENIOR_FIELD"), tiers(senior));
        assertTrue(senior.getJsonArray("steps").getJsonObject(0).getString("whoMay").contains("authorising officer"));
        assertEquals(List.of("SENIOR_FIELD"), tiers(requested(officer1(), source, request("25000.00", "REWARD", contact))));
        JsonObject hq = requested(officer1(), source, request("25000.01", "RELOCATION", contact));
        assertEquals(List.of("SENIOR_FIELD", "HEADQUARTERS"), tiers(hq));

        // a controller may not approve a senior field step
        var before = counts();
        refused(before, approve(controller1(), senior.getString("id")), 409, "payment.approver-tier");
        // the non-senior authorising officer may not take the headquarters step
        refused(before, Api.post(Api.token(authoriser2()), "payments/" + hq.getString("id") + "/approvals", "{\"step\":2}"),
                409, "payment.approver-tier");
        // the senior one takes the headquarters step, then may not take the other one too
        Api.Reply first = approve(authoriser1(), hq.getString("id"));
        assertEquals(200, first.status(), first.body());
        assertEquals("REQUESTED", first.json().getString("status"));
        assertEquals("APPROVED", first.json().getJsonArray("steps").getJsonObject(1).getString("decision"));
        before = counts();
        refused(before, approve(authoriser1(), hq.getString("id")), 409, "payment.approver-distinct");
        Api.Reply empty = Api.post(Api.token(authoriser2()), "payments/" + hq.getString("id") + "/approvals", "");
        assertTrue(empty.status() == 200 || empty.status() == 400, "an empty body is no server error: " + empty.body());
        Api.Reply second = empty.status() == 200 ? empty : approve(authoriser2(), hq.getString("id"));
        assertEquals(200, second.status(), second.body());
        assertEquals("APPROVED", second.json().getString("status"));
        before = counts();
        refused(before, approve(controller1(), hq.getString("id")), 409, "payment.already-approved");
    }

    @Test
    void aRejectionWithItsReasonEndsTheRequest() throws SQLException {
        String source = LifecycleIT.ready("PAY-REJECT").sourceId();
        String id = requested(officer1(), source, request("75", "SUBSISTENCE", contactReport(source, true))).getString("id");
        var before = counts();
        refusedPlain(before, Api.post(Api.token(authoriser2()), "payments/" + id + "/rejection", "{\"reason\":\" \"}"), 400);
        Api.Reply r = Api.post(Api.token(authoriser2()), "payments/" + id + "/rejection",
                "{\"reason\":\"Not commensurate with the information at Sasabe\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("REJECTED", r.json().getString("status"));
        assertEquals("Not commensurate with the information at Sasabe", r.json().getString("rejectionReason"));
        assertFalse(Rows.dump("payment_decision").contains("Sasabe"), "the reason is encrypted");
        before = counts();
        refused(before, approve(controller1(), id), 409, "payment.rejected");
        refused(before, pay(officer1(), id, record(today(), controller1(), authoriser2(), PNG, "75", today())), 409,
                "payment.rejected");
        // the rejected request no longer counts in the file's exposure
        JsonObject next = requested(officer1(), source, request("5", "EXPENSES", contactReport(source, true)));
        assertEquals(0, new BigDecimal("5.00").compareTo(next.getJsonNumber("lifetimeExposure").bigDecimalValue()), next.toString());
        PaymentSteps.assertExposureAgrees(source);
    }

    @Test
    void payingIsRefusedWithoutApprovalWitnessesOrAnExactReceipt() throws Exception {
        String source = LifecycleIT.ready("PAY-RECEIPT").sourceId();
        String pending = requested(officer1(), source, request("60", "EXPENSES", contactReport(source, true))).getString("id");
        var before = counts();
        refused(before, pay(officer1(), pending, record(today(), controller1(), authoriser2(), PNG, "60", today())), 409,
                "payment.not-approved");

        String id = PaymentSteps.approved(source, "60.00");
        before = counts();
        LocalDate t = today();
        refused(before, pay(officer1(), id, record(t, controller1(), controller1().toUpperCase(java.util.Locale.ROOT), PNG, "60", t)), 422, "payment.two-witnesses");
        refused(before, pay(officer1(), id, record(t, controller1(), "nobody-" + UUID.randomUUID(), PNG, "60", t)), 422,
                "payment.witness");
        refused(before, pay(officer1(), id, record(t, controller1(), reviewer1(), PNG, "60", t)), 422, "payment.witness");
        refused(before, pay(officer1(), id, record(t.plusDays(1), controller1(), authoriser2(), PNG, "60", t.plusDays(1))), 422,
                "payment.paid-on");
        refused(before, pay(officer1(), id, record(t.minusDays(1), controller1(), authoriser2(), PNG, "60", t.minusDays(1))),
                422, "payment.paid-on");
        refused(before, pay(officer1(), id, record(t, controller1(), authoriser2(), PNG, "59.99", t)), 422,
                "payment.receipt-exact-amount");
        refused(before, pay(officer1(), id, record(t, controller1(), authoriser2(), PNG, "600", t)), 422,
                "payment.receipt-exact-amount");
        refused(before, pay(officer1(), id, record(t, controller1(), authoriser2(), PNG, "60", t.minusDays(1))), 422,
                "payment.receipt-dated");
        refused(before, pay(officer1(), id, record(t, controller1(), authoriser2(), "GIF89a....".getBytes(), "60", t)), 422,
                "payment.receipt-format");
        // a PDF is refused naming the field: its metadata can hide where it cannot be cleaned
        Api.Reply pdf = pay(officer1(), id, record(t, controller1(), authoriser2(), PDF, "60", t));
        refusedPlain(before, pdf, 400);
        assertEquals("receipt", pdf.json().getJsonArray("errors").getJsonObject(0).getString("field"), pdf.body());
        assertTrue(pdf.json().getString("detail").contains("PNG or JPEG"), pdf.body());
        byte[] tooLarge = PaymentSteps.png(3 * 1024 * 1024 + 1);
        Api.Reply big = pay(officer1(), id, record(t, controller1(), authoriser2(), tooLarge, "60", t));
        assertEquals(400, big.status(), "one byte over 3 MiB: " + big.body());
        assertTrue(big.body().contains("3 MiB"), big.body());
        assertEquals(before, counts());
        Api.Reply huge = pay(officer1(), id, record(t, controller1(), authoriser2(), PaymentSteps.png(5 * 1024 * 1024), "60", t));
        assertEquals(413, huge.status(), "a body past 4 MiB is cut off: " + huge.body());
        assertEquals(before, counts());
        refusedPlain(before, Api.post(Api.token(officer1()), "payments/" + id + "/payment",
                record(t, controller1(), authoriser2(), PNG, "60", t).add("receipt", "***not base64***").build().toString()), 400);
        refusedPlain(before, Api.post(Api.token(officer1()), "payments/" + id + "/payment", "{\"paidOn\":\"yesterday\"}"), 400);

        // a PNG receipt of exactly 3 MiB (a phone's scan), paid by a controller, read back byte for byte
        byte[] scan = PaymentSteps.png(3 * 1024 * 1024);
        Api.Reply ok = pay(controller1(), id, record(t, officer1(), authoriser2(), scan, "60", t));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("image/png", ok.json().getJsonObject("receipt").getString("mediaType"));
        var download = java.net.http.HttpClient.newHttpClient().send(
                Api.request(Api.token(officer1()), "payments/" + id + "/receipt").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(Arrays.equals(scan, download.body()), "the receipt reads back byte for byte as it was paid");
    }
    /**
     * A contact report shows the first 20 payments made at it, in request order, and counts them
     * all; the file's payments list gives every one of them (docs/performance.md, "Payments at a
     * contact").
     */
    @Test
    void aContactShowsItsFirstPaymentsAndCountsThemAllWhichTheListGives() throws SQLException {
        String source = LifecycleIT.ready("PAY-AT-CONTACT").sourceId();
        String contact = contactReport(source, true);
        List<String> requested = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            requested.add(requested(officer1(), source, request("10.00", "EXPENSES", contact)).getString("id"));
            if (i == 2 || i == 19) {
                // fewer than 20 shown are all there is; 20 shown are counted apart
                JsonObject sofar = Api.get(Api.token(officer1()), "contact-reports/" + contact).json();
                assertEquals(requested, sofar.getJsonArray("payments").stream().map(v -> v.asJsonObject().getString("id")).toList());
                assertEquals(i + 1, sofar.getInt("paymentsTotal"));
                assertFalse(sofar.getBoolean("paymentsTotalAtLeast"));
            }
        }
        Api.Reply report = Api.get(Api.token(officer1()), "contact-reports/" + contact);
        assertEquals(200, report.status(), report.body());
        assertEquals(requested.subList(0, 20), report.json().getJsonArray("payments").stream()
                .map(v -> v.asJsonObject().getString("id")).toList(), "the first 20, in the order they were requested");
        assertEquals(25, report.json().getInt("paymentsTotal"));
        assertFalse(report.json().getBoolean("paymentsTotalAtLeast"));

        Api.Reply all = Api.get(Api.token(officer1()), "sources/" + source + "/payments?contactReportId=" + contact + "&size=200");
        assertEquals(200, all.status(), all.body());
        assertEquals(25, all.json().getInt("total"));
        assertEquals(contact, all.json().getString("contactReportId"));
        List<String> listed = new java.util.ArrayList<>(all.json().getJsonArray("payments").stream()
                .map(v -> v.asJsonObject().getString("id")).toList());
        java.util.Collections.reverse(listed); // the list is newest first
        assertEquals(requested, listed);
        assertEquals(5, Api.get(Api.token(officer1()), "sources/" + source + "/payments?contactReportId=" + contact
                + "&from=20").json().getJsonArray("payments").size());

        // another contact of the file has none; a contact of another file has none here
        String other = contactReport(source, true);
        assertEquals(0, Api.get(Api.token(officer1()), "sources/" + source + "/payments?contactReportId=" + other)
                .json().getInt("total"));
        assertEquals(0, Api.get(Api.token(officer1()), "sources/" + LifecycleIT.ready("PAY-AT-OTHER").sourceId()
                + "/payments?contactReportId=" + contact).json().getInt("total"));
        for (String bad : new String[] {"not-an-id", "1-2-3-4-5", "3f2b9c1e-7a4d-4e2b-9c1f-0a1b2c3d4e5f0"}) {
            Api.Reply refused = Api.get(Api.token(officer1()), "sources/" + source + "/payments?contactReportId=" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertEquals("contactReportId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }
}
