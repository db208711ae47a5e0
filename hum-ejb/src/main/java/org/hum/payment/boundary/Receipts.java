package org.hum.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.DataKey;
import org.hum.payment.control.LedgerChain;
import org.hum.payment.control.PaymentRecords;
import org.hum.payment.control.PaymentRules;
import org.hum.payment.control.PaymentTexts;
import org.hum.payment.control.PaymentViews;
import org.hum.payment.control.ReceiptScrubber;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentReceipt;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A payment made (docs/domain.md, "Payments and benefits"): paid before two witnesses, with a
 * receipt for the exact amount kept under the file's key, and entered in the ledger; and the
 * receipt read back.
 */
@Stateless
public class Receipts {
    private static final String OBJECT = "PAYMENT";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    PaymentRecords records;

    @Inject
    PaymentTexts texts;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    SourcePolicy policy;

    @Inject
    Seniority seniority;

    @Inject
    PaymentViews views;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public PaymentView pay(String paymentId, @NotNull @Valid PaymentRecord record) {
        Viewer viewer = viewers.of(principal);
        Source source = views.resolveLocked(viewer, paymentId, "PAYMENT_RECORD");
        String label = files.label(source);
        Payment p = records.lock(SourceFiles.canonical(paymentId));
        try {
            PaymentRules.requirePayable(p.status());
            policy.require(GuardedAction.PAY, source.id(), Circumstances.NONE, label);
            PaymentRules.requireTwoWitnesses(record.witness1(), record.witness2());
            User w1 = witness(record.witness1(), "witness1");
            User w2 = witness(record.witness2(), "witness2");
            LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate approvedOn = records.decisions(p.id(), true).stream().map(PaymentDecision::decidedAt)
                    .max(Instant::compareTo).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
            PaymentRules.requirePaidOn(record.paidOn(), today, approvedOn);
            byte[] upload = PaymentRules.decodeReceipt(record.receipt());
            String mediaType = PaymentRules.receiptType(upload);
            byte[] content = ReceiptScrubber.scrub(mediaType, upload);
            PaymentRules.requireExactReceipt(p.amount(), record.paidOn(), record.receiptAmount(), record.receiptDated());

            DataKey key = texts.key(source);
            String receiptId = UUID.randomUUID().toString();
            PaymentReceipt receipt = new PaymentReceipt(receiptId, p.id(), mediaType, record.receiptAmount().setScale(2),
                    record.receiptDated(), content.length, sha256(content));
            receipt.protectedContent(source.dekVersion(), texts.sealBytes(key, PaymentReceipt.ENTITY, PaymentReceipt.CONTENT,
                    receiptId, content));
            records.persist(receipt);
            LedgerEntry entry = new LedgerEntry(UUID.randomUUID().toString(), source.id(), p.id(), LedgerEntry.PAYMENT, null,
                    p.amount(), p.currency(), p.kind(), p.caseReference(), record.paidOn(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), viewer.userId(), w1.id(), w2.id(), receiptId,
                    source.dekVersion());
            String prev = records.chainHead(source.id());
            entry.chained(prev, LedgerChain.hash(entry, prev));
            records.persist(entry);
            records.tally(entry);
            p.status(PaymentStatus.PAID);
            // a paid payment counts in the year of its payment day, no longer in the year it was requested
            records.expose(source.id(), PaymentRecords.year(p.requestedAt()), p.amount().negate());
            records.expose(source.id(), record.paidOn().getYear(), p.amount());
            audit.record("PAYMENT_PAID", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return views.view(viewer, seniority.isSenior(viewer), source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_RECORD", OBJECT, p.id(), label);
            throw e;
        }
    }

    /** A receipt's file. */
    public record ReceiptFile(String mediaType, byte[] content, String sha256) {
    }

    /**
     * The receipt, for a viewer who holds the true-identity grant on the file: it is the source's
     * signed scan. Without the grant it answers as a payment that does not exist (404), the
     * refusal audited as any other.
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ReceiptFile receipt(String paymentId) {
        Viewer viewer = viewers.of(principal);
        Source source = views.resolve(viewer, paymentId);
        if (!files.maySeeTrueIdentity(viewer, source)) {
            refusals.refusedUnseen("ACCESS_REFUSED", OBJECT, SourceFiles.canonical(paymentId));
            throw HumException.notFound("payment");
        }
        PaymentReceipt r = records.receipt(SourceFiles.canonical(paymentId))
                .orElseThrow(() -> HumException.notFound("receipt (the payment has not been paid)"));
        byte[] content = texts.openBytes(source, r.dekVersion(), PaymentReceipt.ENTITY, PaymentReceipt.CONTENT, r.id(), r.content());
        audit.record("PAYMENT_RECEIPT_READ", OBJECT, r.paymentId(), files.label(source), AuditTrail.SUCCESS);
        return new ReceiptFile(r.mediaType(), content, r.sha256());
    }

    private User witness(String username, String field) {
        User u = records.byUsername(username).orElse(null);
        if (u == null || !PaymentRules.mayWitness(u.roles())) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, "payment.witness",
                    field + " names no active officer of this system.",
                    "give the username of a case officer, controller or authorising officer who witnessed the payment.");
        }
        return u;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
