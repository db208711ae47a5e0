package org.hum.payment.control;

import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.SubSourceItem;
import org.hum.api.source.SourceStatus;
import org.hum.contact.control.ContactRegister.ContactFact;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceStanding.StatusChange;
import org.hum.tasking.control.TaskingRegister.TaskingFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.hum.api.payment.ApprovalTier.HEADQUARTERS;
import static org.hum.api.payment.ApprovalTier.HEADQUARTERS_ANNUAL;
import static org.hum.api.payment.ApprovalTier.HEADQUARTERS_LIFETIME;
import static org.hum.api.payment.ApprovalTier.SENIOR_FIELD;
import static org.hum.api.payment.ApprovalTier.STANDARD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentRulesTest {
    private static final RuleProfile US = RuleProfiles.US_FEDERAL;
    private static final String SOURCE = "11111111-1111-1111-1111-111111111111";
    private static final String SENIOR_REQ = "an authorising officer cleared to TOP SECRET";

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<ApprovalTier> steps(String amount) {
        return PaymentRules.steps(d(amount), d(amount), d(amount), US);
    }

    private static RuleViolation violation(ErrorCode code, String rule, Executable e) {
        RuleViolation v = assertThrows(RuleViolation.class, e);
        assertEquals(code, v.code(), v.getMessage());
        assertEquals(rule, v.rule(), v.getMessage());
        assertFalse(v.remedy().isBlank());
        return v;
    }

    private static PaymentRequest request(String amount, String currency, PaymentKind kind, String contact, String tasking,
                                          Contingency contingency, Boolean within, List<SubSourceItem> items) {
        return new PaymentRequest(d(amount), currency, kind, "Travel to the meeting", contact, tasking, "CASE-1",
                contingency, within, items);
    }

    private static PaymentRequest ok(String amount) {
        return request(amount, "USD", PaymentKind.EXPENSES, SOURCE, null, Contingency.NONE, null, null);
    }

    // ---- the profile's figures are what the tiers read ----

    @Test
    void usFederalFiguresAreTheIssues() {
        assertEquals(0, US.seniorPaymentThreshold().compareTo(d("2500")));
        assertEquals(0, US.headquartersPaymentThreshold().compareTo(d("25000")));
        assertEquals(0, US.annualHeadquartersThreshold().compareTo(d("100000")));
        assertEquals(0, US.lifetimeHeadquartersThreshold().compareTo(d("200000")));
        assertEquals("USD", US.currency());
    }

    // ---- single payment: senior threshold (from 2,500) ----

    @ParameterizedTest
    @CsvSource({"0.01,STANDARD", "2499.99,STANDARD", "2500.00,SENIOR_FIELD", "2500.01,SENIOR_FIELD"})
    void seniorThresholdBoundary(String amount, ApprovalTier expected) {
        assertEquals(List.of(expected), steps(amount));
    }

    // ---- single payment: headquarters (above 25,000) ----

    @Test
    void headquartersThresholdBoundary() {
        assertEquals(List.of(SENIOR_FIELD), steps("24999.99"));
        assertEquals(List.of(SENIOR_FIELD), steps("25000.00"));
        assertEquals(List.of(SENIOR_FIELD, HEADQUARTERS), steps("25000.01"));
    }

    // ---- the year's total (above 100,000) ----

    @Test
    void annualThresholdBoundary() {
        assertEquals(List.of(STANDARD), PaymentRules.steps(d("100"), d("99999.99"), d("99999.99"), US));
        assertEquals(List.of(STANDARD), PaymentRules.steps(d("100"), d("100000.00"), d("100000.00"), US));
        assertEquals(List.of(STANDARD, HEADQUARTERS_ANNUAL), PaymentRules.steps(d("100"), d("100000.01"), d("100000.01"), US));
    }

    // ---- the lifetime total (above 200,000) ----

    @Test
    void lifetimeThresholdBoundary() {
        assertEquals(List.of(STANDARD), PaymentRules.steps(d("100"), d("500"), d("199999.99"), US));
        assertEquals(List.of(STANDARD), PaymentRules.steps(d("100"), d("500"), d("200000.00"), US));
        assertEquals(List.of(STANDARD, HEADQUARTERS_LIFETIME), PaymentRules.steps(d("100"), d("500"), d("200000.01"), US));
    }

    @Test
    void everyTierAtOnce() {
        assertEquals(List.of(SENIOR_FIELD, HEADQUARTERS, HEADQUARTERS_ANNUAL, HEADQUARTERS_LIFETIME),
                PaymentRules.steps(d("30000"), d("100000.01"), d("200000.01"), US));
    }

    @Test
    void theUkProfileHasItsOwnFigures() {
        RuleProfile uk = RuleProfiles.UK;
        BigDecimal below = uk.seniorPaymentThreshold().subtract(d("0.01"));
        assertEquals(List.of(STANDARD), PaymentRules.steps(below, below, below, uk));
        assertEquals(List.of(SENIOR_FIELD), PaymentRules.steps(uk.seniorPaymentThreshold(), uk.seniorPaymentThreshold(),
                uk.seniorPaymentThreshold(), uk));
    }

    // ---- who may approve each tier ----

    @Test
    void whoMayApproveEachTier() {
        Set<String> controller = Set.of(Role.CONTROLLER_NAME);
        Set<String> ao = Set.of(Role.AUTHORISING_OFFICER_NAME);
        Set<String> officer = Set.of(Role.CASE_OFFICER_NAME);
        assertTrue(PaymentRules.mayApprove(STANDARD, controller, false));
        assertTrue(PaymentRules.mayApprove(STANDARD, ao, false));
        assertFalse(PaymentRules.mayApprove(STANDARD, officer, false));
        assertFalse(PaymentRules.mayApprove(SENIOR_FIELD, controller, false));
        assertTrue(PaymentRules.mayApprove(SENIOR_FIELD, ao, false));
        for (ApprovalTier hq : List.of(HEADQUARTERS, HEADQUARTERS_ANNUAL, HEADQUARTERS_LIFETIME)) {
            assertFalse(PaymentRules.mayApprove(hq, ao, false));
            assertFalse(PaymentRules.mayApprove(hq, controller, false));
            assertTrue(PaymentRules.mayApprove(hq, ao, true));
        }
    }

    private static Viewer viewer(String id, String... roles) {
        return new Viewer(id, id, 3, Set.of("COPPER"), Set.of(roles));
    }

    @Test
    void theRequesterNeverApproves() {
        violation(ErrorCode.RULE_VIOLATION, "payment.approver-not-requester", () -> PaymentRules.stepToDecide(
                PaymentStatus.REQUESTED, List.of(STANDARD), List.of(), "u1", viewer("u1", Role.CONTROLLER_NAME), false,
                SENIOR_REQ, null));
    }

    @Test
    void eachStepByADifferentPerson() {
        var steps = List.of(SENIOR_FIELD, HEADQUARTERS);
        // a senior approver takes the most demanding step they may
        assertEquals(2, PaymentRules.stepToDecide(PaymentStatus.REQUESTED, steps, List.of(), "req",
                viewer("hq", Role.AUTHORISING_OFFICER_NAME), true, SENIOR_REQ, null));
        // and may not take the other as well
        violation(ErrorCode.RULE_VIOLATION, "payment.approver-distinct", () -> PaymentRules.stepToDecide(
                PaymentStatus.REQUESTED, steps, List.of(new PaymentRules.Decided(2, "hq")), "req",
                viewer("hq", Role.AUTHORISING_OFFICER_NAME), true, SENIOR_REQ, null));
        // another authorising officer takes the senior field step
        assertEquals(1, PaymentRules.stepToDecide(PaymentStatus.REQUESTED, steps, List.of(new PaymentRules.Decided(2, "hq")),
                "req", viewer("ao", Role.AUTHORISING_OFFICER_NAME), false, SENIOR_REQ, null));
    }

    @Test
    void aTierTheApproverMayNotApprove() {
        violation(ErrorCode.RULE_VIOLATION, "payment.approver-tier", () -> PaymentRules.stepToDecide(
                PaymentStatus.REQUESTED, List.of(SENIOR_FIELD), List.of(), "req", viewer("c", Role.CONTROLLER_NAME), false,
                SENIOR_REQ, null));
        violation(ErrorCode.RULE_VIOLATION, "payment.approver-tier", () -> PaymentRules.stepToDecide(
                PaymentStatus.REQUESTED, List.of(SENIOR_FIELD, HEADQUARTERS), List.of(), "req",
                viewer("ao", Role.AUTHORISING_OFFICER_NAME), false, SENIOR_REQ, 2));
        // the non-senior may still take the step they may
        assertEquals(1, PaymentRules.stepToDecide(PaymentStatus.REQUESTED, List.of(SENIOR_FIELD, HEADQUARTERS), List.of(),
                "req", viewer("ao", Role.AUTHORISING_OFFICER_NAME), false, SENIOR_REQ, null));
    }

    @Test
    void aStepAlreadyApprovedOrAPaymentAlreadyApproved() {
        violation(ErrorCode.RULE_VIOLATION, "payment.already-approved", () -> PaymentRules.stepToDecide(
                PaymentStatus.APPROVED, List.of(STANDARD), List.of(new PaymentRules.Decided(1, "a")), "req",
                viewer("b", Role.CONTROLLER_NAME), false, SENIOR_REQ, null));
        violation(ErrorCode.RULE_VIOLATION, "payment.already-approved", () -> PaymentRules.stepToDecide(
                PaymentStatus.REQUESTED, List.of(SENIOR_FIELD, HEADQUARTERS), List.of(new PaymentRules.Decided(1, "a")),
                "req", viewer("b", Role.AUTHORISING_OFFICER_NAME), true, SENIOR_REQ, 1));
        violation(ErrorCode.RULE_VIOLATION, "payment.rejected", () -> PaymentRules.stepToDecide(
                PaymentStatus.REJECTED, List.of(STANDARD), List.of(), "req", viewer("b", Role.CONTROLLER_NAME), false,
                SENIOR_REQ, null));
        assertThrows(HumException.class, () -> PaymentRules.stepToDecide(PaymentStatus.REQUESTED, List.of(STANDARD),
                List.of(), "req", viewer("b", Role.CONTROLLER_NAME), false, SENIOR_REQ, 2));
    }

    // ---- the request ----

    @Test
    void theProfilesCurrencyOnly() {
        violation(ErrorCode.UNPROCESSABLE, "payment.currency", () -> PaymentRules.requireRequestable(
                request("10", "GBP", PaymentKind.EXPENSES, SOURCE, null, Contingency.NONE, null, null), US));
        assertDoesNotThrow(() -> PaymentRules.requireRequestable(ok("10"), US));
    }

    @Test
    void neverContingentOnAConvictionOrASeizure() {
        for (Contingency c : List.of(Contingency.CONVICTION, Contingency.SEIZURE)) {
            violation(ErrorCode.UNPROCESSABLE, "payment.not-contingent", () -> PaymentRules.requireRequestable(
                    request("10", "USD", PaymentKind.REWARD, SOURCE, null, c, null, null), US));
        }
    }

    @Test
    void restsOnAContactReportOrATasking() {
        violation(ErrorCode.UNPROCESSABLE, "payment.grounds", () -> PaymentRules.requireRequestable(
                request("10", "USD", PaymentKind.EXPENSES, null, " ", Contingency.NONE, null, null), US));
        assertDoesNotThrow(() -> PaymentRules.requireRequestable(
                request("10", "USD", PaymentKind.EXPENSES, null, SOURCE, Contingency.NONE, null, null), US));
    }

    @Test
    void theContactReportIsASubmittedReportOfTheSameSource() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        violation(ErrorCode.UNPROCESSABLE, "payment.contact-report", () -> PaymentRules.requireContact(Optional.empty(), SOURCE));
        violation(ErrorCode.UNPROCESSABLE, "payment.contact-report", () -> PaymentRules.requireContact(
                Optional.of(new ContactFact("c", "other", at, true)), SOURCE));
        violation(ErrorCode.UNPROCESSABLE, "payment.contact-report", () -> PaymentRules.requireContact(
                Optional.of(new ContactFact("c", SOURCE, at, false)), SOURCE));
        assertDoesNotThrow(() -> PaymentRules.requireContact(Optional.of(new ContactFact("c", SOURCE, at, true)), SOURCE));
    }

    @Test
    void theTaskingIsOfTheSameSource() {
        violation(ErrorCode.UNPROCESSABLE, "payment.tasking", () -> PaymentRules.requireTasking(Optional.empty(), SOURCE));
        violation(ErrorCode.UNPROCESSABLE, "payment.tasking", () -> PaymentRules.requireTasking(
                Optional.of(new TaskingFact("t", "other", "T-1", null, null)), SOURCE));
        assertDoesNotThrow(() -> PaymentRules.requireTasking(Optional.of(new TaskingFact("t", SOURCE, "T-1", null, null)), SOURCE));
    }

    @Test
    void subSourceItemsAddUpToTheAmount() {
        var items = List.of(new SubSourceItem("fuel", d("40.00")), new SubSourceItem("meal", d("59.99")));
        violation(ErrorCode.UNPROCESSABLE, "payment.sub-source-itemised", () -> PaymentRules.requireItemsAddUp(d("100.00"), items));
        violation(ErrorCode.UNPROCESSABLE, "payment.sub-source-itemised", () -> PaymentRules.requireItemsAddUp(d("99.98"), items));
        assertDoesNotThrow(() -> PaymentRules.requireItemsAddUp(d("99.99"), items));
        assertDoesNotThrow(() -> PaymentRules.requireItemsAddUp(d("99.99"), List.of()));
    }

    @Test
    void aDutyToReportSourceIsNotRewardedForWhatTheyMustReport() {
        violation(ErrorCode.UNPROCESSABLE, "payment.duty-to-report-stated",
                () -> PaymentRules.requireNotWithinDuty(true, PaymentKind.REWARD, null));
        violation(ErrorCode.RULE_VIOLATION, "payment.duty-to-report",
                () -> PaymentRules.requireNotWithinDuty(true, PaymentKind.REWARD, true));
        assertDoesNotThrow(() -> PaymentRules.requireNotWithinDuty(true, PaymentKind.REWARD, false));
        assertDoesNotThrow(() -> PaymentRules.requireNotWithinDuty(true, PaymentKind.EXPENSES, null));
        assertDoesNotThrow(() -> PaymentRules.requireNotWithinDuty(false, PaymentKind.REWARD, null));
        assertDoesNotThrow(() -> PaymentRules.requireNotWithinDuty(false, PaymentKind.REWARD, true));
    }

    // ---- paying ----

    @Test
    void paidOnlyOnceApprovedAndOnlyOnce() {
        assertDoesNotThrow(() -> PaymentRules.requirePayable(PaymentStatus.APPROVED));
        violation(ErrorCode.RULE_VIOLATION, "payment.not-approved", () -> PaymentRules.requirePayable(PaymentStatus.REQUESTED));
        violation(ErrorCode.RULE_VIOLATION, "payment.rejected", () -> PaymentRules.requirePayable(PaymentStatus.REJECTED));
        violation(ErrorCode.RULE_VIOLATION, "payment.already-paid", () -> PaymentRules.requirePayable(PaymentStatus.PAID));
        violation(ErrorCode.RULE_VIOLATION, "payment.already-paid", () -> PaymentRules.requirePayable(PaymentStatus.REVERSED));
    }

    @Test
    void twoDifferentWitnesses() {
        violation(ErrorCode.UNPROCESSABLE, "payment.two-witnesses", () -> PaymentRules.requireTwoWitnesses("officer2", " OFFICER2"));
        assertDoesNotThrow(() -> PaymentRules.requireTwoWitnesses("officer2", "controller1"));
        assertTrue(PaymentRules.mayWitness(Set.of(Role.CASE_OFFICER_NAME)));
        assertFalse(PaymentRules.mayWitness(Set.of(Role.COMPLIANCE_REVIEWER_NAME)));
        assertFalse(PaymentRules.mayWitness(Set.of(Role.ADMIN_NAME)));
    }

    @Test
    void thePaymentDayIsNotInTheFutureNorBeforeApproval() {
        LocalDate today = LocalDate.parse("2026-06-10");
        assertDoesNotThrow(() -> PaymentRules.requirePaidOn(today, today, today));
        violation(ErrorCode.UNPROCESSABLE, "payment.paid-on", () -> PaymentRules.requirePaidOn(today.plusDays(1), today, today));
        violation(ErrorCode.UNPROCESSABLE, "payment.paid-on", () -> PaymentRules.requirePaidOn(today.minusDays(1), today, today));
        assertDoesNotThrow(() -> PaymentRules.requirePaidOn(today.minusDays(1), today, today.minusDays(1)));
    }

    @Test
    void theReceiptStatesTheExactAmountOnThePaymentDay() {
        LocalDate day = LocalDate.parse("2026-06-10");
        assertDoesNotThrow(() -> PaymentRules.requireExactReceipt(d("150.00"), day, d("150"), day));
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-exact-amount",
                () -> PaymentRules.requireExactReceipt(d("150.00"), day, d("149.99"), day));
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-exact-amount",
                () -> PaymentRules.requireExactReceipt(d("150.00"), day, d("150.01"), day));
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-dated",
                () -> PaymentRules.requireExactReceipt(d("150.00"), day, d("150.00"), day.minusDays(1)));
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-dated",
                () -> PaymentRules.requireExactReceipt(d("150.00"), day, d("150.00"), day.plusDays(1)));
    }

    @Test
    void theReceiptIsAPngOrJpegByItsMagicBytesAndAPdfIsRefusedNamingTheField() {
        assertEquals("image/png", PaymentRules.receiptType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals("image/jpeg", PaymentRules.receiptType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        HumException pdf = assertThrows(HumException.class, () -> PaymentRules.receiptType("%PDF-1.7\n".getBytes()));
        assertEquals(ErrorCode.INVALID_INPUT, pdf.code());
        assertEquals("receipt", pdf.fieldErrors().get(0).field());
        assertTrue(pdf.fieldErrors().get(0).message().contains("PNG or JPEG"), pdf.getMessage());
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-format", () -> PaymentRules.receiptType("GIF89a".getBytes()));
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-format", () -> PaymentRules.receiptType(new byte[0]));
        byte[] atLimit = new byte[PaymentRules.RECEIPT_MAX_BYTES];
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, atLimit, 0, 3);
        assertEquals("image/jpeg", PaymentRules.receiptType(atLimit));
        byte[] over = new byte[PaymentRules.RECEIPT_MAX_BYTES + 1];
        System.arraycopy(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, over, 0, 3);
        violation(ErrorCode.UNPROCESSABLE, "payment.receipt-format", () -> PaymentRules.receiptType(over));
        assertArrayEquals("%PDF-".getBytes(), PaymentRules.decodeReceipt("JVBERi0="));
        assertThrows(HumException.class, () -> PaymentRules.decodeReceipt("not base64!"));
    }

    // ---- compliance: paid while not active ----

    @Test
    void paidWhileTheSourceWasNotActive() {
        Instant registered = Instant.parse("2026-01-05T09:00:00Z");
        List<StatusChange> history = List.of(new StatusChange(SourceStatus.ACTIVE, registered),
                new StatusChange(SourceStatus.DEACTIVATED, Instant.parse("2026-03-10T12:00:00Z")),
                new StatusChange(SourceStatus.ACTIVE, Instant.parse("2026-03-20T08:00:00Z")));
        assertTrue(PaymentRules.paidWhileInactive(LocalDate.parse("2026-01-04"), registered, history), "before registration");
        assertFalse(PaymentRules.paidWhileInactive(LocalDate.parse("2026-01-05"), registered, history), "the day of registration");
        assertFalse(PaymentRules.paidWhileInactive(LocalDate.parse("2026-03-09"), registered, history), "the day before");
        assertTrue(PaymentRules.paidWhileInactive(LocalDate.parse("2026-03-10"), registered, history), "the day deactivated");
        assertTrue(PaymentRules.paidWhileInactive(LocalDate.parse("2026-03-19"), registered, history), "while deactivated");
        assertTrue(PaymentRules.paidWhileInactive(LocalDate.parse("2026-03-20"), registered, history), "reactivated that morning");
        assertFalse(PaymentRules.paidWhileInactive(LocalDate.parse("2026-03-21"), registered, history), "the day after");
    }

    @Test
    void aLedgerEntryIsReversedOnlyBySomeoneIndependentOfThePayment() {
        violation(ErrorCode.RULE_VIOLATION, "ledger.reverser-independent",
                () -> PaymentRules.requireIndependentReversal("ctl", "ctl", "officer"));
        violation(ErrorCode.RULE_VIOLATION, "ledger.reverser-independent",
                () -> PaymentRules.requireIndependentReversal("ctl", "officer", "ctl"));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> PaymentRules.requireIndependentReversal("ctl", "officer", "officer"));
    }
}
