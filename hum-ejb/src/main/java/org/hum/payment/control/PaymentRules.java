package org.hum.payment.control;
// Over 300 lines: every payment rule as one pure function table (request, tiers, approval, paying, receipt, reversal), read and unit-tested together.

import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.SubSourceItem;
import org.hum.api.source.SourceStatus;
import org.hum.contact.control.ContactRegister.ContactFact;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.SourceStanding.StatusChange;
import org.hum.tasking.control.TaskingRegister.TaskingFact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of payments (docs/domain.md, "Payments and benefits"), as pure functions the boundary
 * calls with the facts it gathered: what a request must say, the approval steps the rule
 * profile's tiers require, who may approve each step, and what paying needs. Each refusal is a
 * {@link RuleViolation} naming its rule and what would satisfy it.
 */
public final class PaymentRules {
    /** A receipt at most this large (decoded): its base64 fits the API's 64 KiB body limit with the rest of the record. */
    public static final int RECEIPT_MAX_BYTES = PaymentRecord.RECEIPT_MAX_BYTES;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private PaymentRules() {
    }

    // ---- the request ----

    /** Everything a request must say that does not depend on the database, checked against the profile. */
    public static void requireRequestable(PaymentRequest r, RuleProfile profile) {
        if (!profile.currency().equals(r.currency())) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.currency",
                    "Payments are made in " + profile.currency() + " under the rule profile " + profile.id()
                            + "; this request is in " + r.currency() + ".",
                    "state the amount in " + profile.currency() + ".");
        }
        if (r.contingentOn() != Contingency.NONE) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.not-contingent",
                    "A payment may never be contingent on a conviction or on a seizure; this one is contingent on "
                            + r.contingentOn() + ".",
                    "pay for the information and the work, whatever comes of them, and state contingentOn NONE.");
        }
        if (blank(r.contactReportId()) && blank(r.taskingId())) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.grounds",
                    "A payment rests on a contact report or a tasking of the source; this request names neither.",
                    "give contactReportId (a submitted report) or taskingId, or both.");
        }
        requireItemsAddUp(r.amount(), r.subSourceItems());
    }

    /** Items of a payment through the source to a sub-source add up to the amount, when there are any. */
    public static void requireItemsAddUp(BigDecimal amount, List<SubSourceItem> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        BigDecimal sum = items.stream().map(SubSourceItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(amount) != 0) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.sub-source-itemised",
                    "The sub-source items add up to " + sum.toPlainString() + ", not to the amount "
                            + amount.toPlainString() + ".",
                    "itemise the whole amount, and only it.");
        }
    }

    /** The contact report a payment rests on: a submitted report of the same source. */
    public static void requireContact(Optional<ContactFact> contact, String sourceId) {
        if (contact.isEmpty() || !contact.get().sourceId().equals(sourceId)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.contact-report",
                    "The contact report named is not a contact report of this source.",
                    "name a submitted contact report of this source, or rest the payment on a tasking.");
        }
        if (!contact.get().submitted()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.contact-report",
                    "The contact report named is a draft; a payment rests on a submitted report.",
                    "submit the contact report first.");
        }
    }

    /** The tasking a payment rests on: one of the same source. */
    public static void requireTasking(Optional<TaskingFact> tasking, String sourceId) {
        if (tasking.isEmpty() || !tasking.get().sourceId().equals(sourceId)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.tasking",
                    "The tasking named is not a tasking of this source.",
                    "name a tasking of this source, or rest the payment on a contact report.");
        }
    }

    /**
     * A source with a duty to report (an official, a regulated employee) may not be rewarded for
     * information they must report anyway: a REWARD to them must say whether it is, and is refused if so.
     */
    public static void requireNotWithinDuty(boolean dutyToReport, PaymentKind kind, Boolean withinDutyToReport) {
        if (!dutyToReport || kind != PaymentKind.REWARD) {
            return;
        }
        if (withinDutyToReport == null) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.duty-to-report-stated",
                    "This source has a duty to report; a reward to them must state whether the information is "
                            + "what they must report anyway.",
                    "state withinDutyToReport: false if the information lies outside their duty, true otherwise.");
        }
        if (withinDutyToReport) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.duty-to-report",
                    "This source has a duty to report this information; they may not be rewarded for it.",
                    "reward only information outside their duty to report (expenses may still be paid).");
        }
    }

    // ---- the tiers ----

    /**
     * The approval steps a payment needs, from its amount and the source's exposure with it
     * included (paid, approved and pending payments: this calendar year and in the source's lifetime).
     * Below the senior threshold a STANDARD approval; from it a SENIOR_FIELD one; above the
     * headquarters threshold also HEADQUARTERS; a year total above the annual threshold adds
     * HEADQUARTERS_ANNUAL, a lifetime total above the lifetime threshold HEADQUARTERS_LIFETIME.
     */
    public static List<ApprovalTier> steps(BigDecimal amount, BigDecimal yearExposure, BigDecimal lifetimeExposure,
                                           RuleProfile profile) {
        List<ApprovalTier> steps = new ArrayList<>();
        steps.add(amount.compareTo(profile.seniorPaymentThreshold()) < 0 ? ApprovalTier.STANDARD : ApprovalTier.SENIOR_FIELD);
        if (amount.compareTo(profile.headquartersPaymentThreshold()) > 0) {
            steps.add(ApprovalTier.HEADQUARTERS);
        }
        if (yearExposure.compareTo(profile.annualHeadquartersThreshold()) > 0) {
            steps.add(ApprovalTier.HEADQUARTERS_ANNUAL);
        }
        if (lifetimeExposure.compareTo(profile.lifetimeHeadquartersThreshold()) > 0) {
            steps.add(ApprovalTier.HEADQUARTERS_LIFETIME);
        }
        return List.copyOf(steps);
    }

    /** Whether someone with these roles (and seniority) may approve a step of this tier. */
    public static boolean mayApprove(ApprovalTier tier, Set<String> roles, boolean senior) {
        return switch (tier) {
            case STANDARD -> roles.contains(Role.CONTROLLER_NAME) || roles.contains(Role.AUTHORISING_OFFICER_NAME);
            case SENIOR_FIELD -> roles.contains(Role.AUTHORISING_OFFICER_NAME);
            case HEADQUARTERS, HEADQUARTERS_ANNUAL, HEADQUARTERS_LIFETIME -> senior;
        };
    }

    /** Who may approve a step of this tier, for a person. */
    public static String whoMay(ApprovalTier tier, String seniorRequirement) {
        return switch (tier) {
            case STANDARD -> "a controller or an authorising officer";
            case SENIOR_FIELD -> "an authorising officer (senior field manager)";
            case HEADQUARTERS -> "headquarters: " + seniorRequirement + " (single payment above the headquarters threshold)";
            case HEADQUARTERS_ANNUAL -> "headquarters: " + seniorRequirement + " (the source's payments this year above the annual threshold)";
            case HEADQUARTERS_LIFETIME -> "headquarters: " + seniorRequirement + " (the source's payments in its lifetime above the lifetime threshold)";
        };
    }

    /** A step's decision as the rules see it: who decided it. */
    public record Decided(int step, String decidedBy) {
    }

    /**
     * The step an approver decides now: the one asked for, else the most demanding step still
     * pending that they may approve. Refused: a payment not awaiting approval (already approved,
     * rejected, paid), the requester, someone who decided another step of it, a step already
     * decided, a step of a tier the approver may not approve.
     *
     * @return the step number (1-based)
     */
    public static int stepToDecide(PaymentStatus status, List<ApprovalTier> steps, Collection<Decided> decided,
                                   String requestedBy, Viewer approver, boolean senior, String seniorRequirement,
                                   Integer askedStep) {
        if (status == PaymentStatus.APPROVED || status == PaymentStatus.PAID || status == PaymentStatus.REVERSED) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.already-approved",
                    "This payment was already approved in full (it is " + status + "); there is nothing left to approve.",
                    "reload the payment: nobody needs to approve it again.");
        }
        if (status == PaymentStatus.REJECTED) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.rejected",
                    "This payment was rejected; it can no longer be approved.",
                    "request a new payment if one is still due.");
        }
        if (approver.userId().equals(requestedBy)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.approver-not-requester",
                    "The person who requested a payment may not approve or reject it.",
                    "ask another approver: " + pendingWho(steps, decided, seniorRequirement) + ".");
        }
        if (decided.stream().anyMatch(d -> d.decidedBy().equals(approver.userId()))) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.approver-distinct",
                    "You have already approved a step of this payment; each step is approved by a different person.",
                    "ask another approver: " + pendingWho(steps, decided, seniorRequirement) + ".");
        }
        Set<Integer> done = new java.util.HashSet<>();
        decided.forEach(d -> done.add(d.step()));
        if (askedStep != null) {
            if (askedStep < 1 || askedStep > steps.size()) {
                throw HumException.invalid("step", "must be one of this payment's steps, 1 to " + steps.size());
            }
            if (done.contains(askedStep)) {
                throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.already-approved",
                        "Step " + askedStep + " of this payment was already approved.",
                        "reload the payment and approve a step still pending, if any.");
            }
            ApprovalTier tier = steps.get(askedStep - 1);
            if (!mayApprove(tier, approver.roles(), senior)) {
                throw tierRefusal(tier, seniorRequirement);
            }
            return askedStep;
        }
        for (int i = steps.size(); i >= 1; i--) {
            if (!done.contains(i) && mayApprove(steps.get(i - 1), approver.roles(), senior)) {
                return i;
            }
        }
        if (done.size() == steps.size()) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.already-approved",
                    "Every step of this payment was already approved.", "reload the payment: nobody needs to approve it again.");
        }
        ApprovalTier first = steps.get(firstPending(steps, done) - 1);
        throw tierRefusal(first, seniorRequirement);
    }

    private static RuleViolation tierRefusal(ApprovalTier tier, String seniorRequirement) {
        return new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.approver-tier",
                "A " + tier + " step of a payment is approved by " + whoMay(tier, seniorRequirement) + "; you are not one.",
                "ask " + whoMay(tier, seniorRequirement) + " to approve it.");
    }

    private static int firstPending(List<ApprovalTier> steps, Set<Integer> done) {
        for (int i = 1; i <= steps.size(); i++) {
            if (!done.contains(i)) {
                return i;
            }
        }
        return steps.size();
    }

    private static String pendingWho(List<ApprovalTier> steps, Collection<Decided> decided, String seniorRequirement) {
        Set<Integer> done = new java.util.HashSet<>();
        decided.forEach(d -> done.add(d.step()));
        List<String> who = new ArrayList<>();
        for (int i = 1; i <= steps.size(); i++) {
            if (!done.contains(i)) {
                who.add(whoMay(steps.get(i - 1), seniorRequirement));
            }
        }
        return who.isEmpty() ? "nobody (every step is approved)" : String.join("; ", who);
    }

    // ---- paying ----

    /** A payment may be paid once approved in full, and only once. */
    public static void requirePayable(PaymentStatus status) {
        switch (status) {
            case APPROVED -> {
            }
            case REQUESTED -> throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.not-approved",
                    "This payment still awaits approval; it may be paid once every step is approved.",
                    "have the pending steps approved first.");
            case REJECTED -> throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.rejected",
                    "This payment was rejected; it may not be paid.", "request a new payment if one is still due.");
            case PAID, REVERSED -> throw new RuleViolation(ErrorCode.RULE_VIOLATION, "payment.already-paid",
                    "This payment was already paid and its receipt recorded; a receipt is never altered or replaced.",
                    "correct a mistake with a reversing entry in the ledger and a new payment.");
        }
    }

    /** Two different witnessing officers. */
    public static void requireTwoWitnesses(String witness1, String witness2) {
        if (witness1.strip().equalsIgnoreCase(witness2.strip())) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.two-witnesses",
                    "Two officers witness every payment; the same person is named twice.",
                    "name two different officers as witness1 and witness2.");
        }
    }

    /** A witness is an officer: a case officer, controller or authorising officer. */
    public static boolean mayWitness(Set<String> roles) {
        return roles.contains(Role.CASE_OFFICER_NAME) || roles.contains(Role.CONTROLLER_NAME)
                || roles.contains(Role.AUTHORISING_OFFICER_NAME);
    }

    /** The payment day: not in the future, not before the payment was approved in full. */
    public static void requirePaidOn(LocalDate paidOn, LocalDate today, LocalDate approvedOn) {
        if (paidOn.isAfter(today)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.paid-on",
                    "A payment is recorded once made; " + paidOn + " is after today (" + today + ").",
                    "record the payment on or after the day it is made.");
        }
        if (approvedOn != null && paidOn.isBefore(approvedOn)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.paid-on",
                    "The payment day " + paidOn + " is before its approval in full (" + approvedOn + ").",
                    "give the day it was actually paid, on or after " + approvedOn + ".");
        }
    }

    /**
     * The receipt's media type by its magic bytes: PNG or JPEG. A PDF is refused with a 400 naming
     * the field (docs/domain.md, "Payments and benefits": its metadata can hide in compressed
     * streams and embedded images, which cannot be cleaned without rewriting it); any other
     * content, or one too large, is a 422.
     */
    public static String receiptType(byte[] content) {
        if (content.length > RECEIPT_MAX_BYTES) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.receipt-format",
                    "The receipt is " + content.length / 1024 + " KiB; a receipt is at most " + RECEIPT_MAX_BYTES / 1024 + " KiB.",
                    "scan it at a lower resolution, or save the image as a JPEG.");
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PDF)) {
            throw HumException.invalid("receipt", "is a PDF; a receipt is the source's signed scan as a PNG or JPEG "
                    + "image (a PDF keeps its author, software and scanner data where they cannot be cleaned): "
                    + "scan or photograph the signed receipt and send the image");
        }
        throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.receipt-format",
                "The receipt is not a PNG or JPEG image.", "scan or photograph the signed receipt and upload it as a PNG or JPEG.");
    }

    /** The receipt states the exact amount and is dated on the payment day (no cumulative, no anticipatory receipt). */
    public static void requireExactReceipt(BigDecimal amount, LocalDate paidOn, BigDecimal stated, LocalDate dated) {
        if (stated.compareTo(amount) != 0) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.receipt-exact-amount",
                    "The receipt states " + stated.toPlainString() + "; this payment is " + amount.toPlainString()
                            + ". A receipt states the exact amount of its one payment.",
                    "have the source sign a receipt for exactly " + amount.toPlainString() + ".");
        }
        if (!dated.equals(paidOn)) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.receipt-dated",
                    "The receipt is dated " + dated + ", not on the payment day " + paidOn
                            + ". No cumulative or anticipatory receipts.",
                    "record the receipt signed on the day of the payment.");
        }
    }

    /** The receipt as base64, decoded, or a 400 on the field. */
    public static byte[] decodeReceipt(String base64) {
        try {
            return java.util.Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw HumException.invalid("receipt", "is not base64: send the file's bytes in base64");
        }
    }

    // ---- compliance ----

    /**
     * Whether a payment made on {@code paidOn} went to a source that was not ACTIVE at some moment
     * of that day (UTC), by its history of status changes: before the day of its registration it
     * was no source at all; from then on ACTIVE unless a change says otherwise.
     */
    public static boolean paidWhileInactive(LocalDate paidOn, Instant registeredAt, List<StatusChange> history) {
        Instant start = paidOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = paidOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (registeredAt != null && registeredAt.atZone(ZoneOffset.UTC).toLocalDate().isAfter(paidOn)) {
            return true;
        }
        SourceStatus atStart = SourceStatus.ACTIVE;
        for (StatusChange c : history) {
            if (!c.at().isAfter(start)) {
                atStart = c.status();
            }
        }
        if (atStart != SourceStatus.ACTIVE) {
            return true;
        }
        return history.stream().anyMatch(c -> c.at().isAfter(start) && c.at().isBefore(end) && c.status() != SourceStatus.ACTIVE);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A ledger entry is corrected by someone independent of the payment: not the person who
     * requested it, nor the one who recorded it paid (separation of duties, as for approval).
     */
    public static void requireIndependentReversal(String reverserId, String requestedBy, String recordedBy) {
        if (reverserId.equals(requestedBy) || reverserId.equals(recordedBy)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, "ledger.reverser-independent",
                    "You " + (reverserId.equals(requestedBy) ? "requested" : "recorded") + " this payment; its correction "
                            + "is made by someone independent of it.",
                    "ask another controller or authorising officer to reverse the entry.");
        }
    }
}
