package org.hum.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hum.config.control.PageBounds;
import org.hum.config.control.DatabaseRaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.HumException;
import org.hum.api.payment.ApprovalRequest;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.payment.PaymentsView;
import org.hum.api.payment.SubSourceItem;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.DataKey;
import org.hum.payment.control.PaymentRecords;
import org.hum.payment.control.PaymentRules;
import org.hum.payment.control.PaymentTexts;
import org.hum.payment.control.PaymentViews;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.rules.control.Circumstances;
import org.hum.contact.control.ContactRegister;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourcePolicy;
import org.hum.tasking.control.TaskingRegister;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceRecords;
import org.hum.source.entity.Source;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hum.api.payment.PaymentGroundsView;

/**
 * Payments and benefits (docs/domain.md, "Payments and benefits"): requests, and their approval
 * by the rule profile's tiers or rejection. The payment made before two witnesses with its
 * receipt is {@link Receipts}; the append-only ledger, its reversing entries and totals {@link Ledger}. Every action
 * resolves the source file for the caller first (a payment of a file they may not see answers
 * as one that does not exist) and changes one source at a time: the file's row is locked, so
 * two approvers never both approve one step and concurrent requests all count each other in
 * the source's exposure. The policy's hard stops are asked at the request, at each approval
 * and at payment.
 */
@Stateless
public class Payments {
    private static final String OBJECT = "PAYMENT";

    @Resource
    SessionContext context;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceRecords sourceRecords;

    @Inject
    PaymentRecords records;

    @Inject
    PaymentTexts texts;

    @Inject
    SourcePolicy policy;

    @Inject
    Rules rules;

    @Inject
    Seniority seniority;

    @Inject
    ContactRegister contacts;

    @Inject
    TaskingRegister taskings;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    PaymentViews views;

    // ---- requests ----

    /**
     * A page of the source's payments, newest first, of one status ({@code null}: all), at one
     * contact report version ({@code null}: any; a version of another file has none here): found,
     * ordered and counted in SQL, and only the page's decisions, items, entries and receipts read,
     * so a page costs the same however many payments the file has. A negative {@code from} or a
     * {@code size} outside 1 to {@value PaymentsView#MAX_PAGE} is refused (400).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public PaymentsView list(String sourceId, PaymentStatus status, String contactReportId, int from, int size) {
        PageBounds.require(from, "the newest payment", size, PaymentsView.MAX_PAGE);
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_LIST");
        audit.record("PAYMENT_LIST", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return pageOf(viewer, seniority.isSenior(viewer), source, status, contactReportId, from, size);
    }

    /** The payments page's reads: a page of every status, and the payments awaiting a step and awaiting payment. */
    public record Worklist(PaymentsView page, List<PaymentView> awaitingStep, List<PaymentView> awaitingPayment) {
    }

    /**
     * What the payments page shows, read as one list read (one audit entry): the page of every
     * status from {@code from}, and apart from it the newest {@value PaymentsView#MAX_PAGE} payments
     * awaiting a step and awaiting payment, which its approve and pay forms offer.
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public Worklist worklist(String sourceId, int from) {
        PageBounds.require(from, "the newest payment", PaymentsView.PAGE, PaymentsView.PAGE);
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_LIST");
        audit.record("PAYMENT_LIST", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        boolean senior = seniority.isSenior(viewer);
        return new Worklist(pageOf(viewer, senior, source, null, null, from, PaymentsView.PAGE),
                pageOf(viewer, senior, source, PaymentStatus.REQUESTED, null, 0, PaymentsView.MAX_PAGE).payments(),
                pageOf(viewer, senior, source, PaymentStatus.APPROVED, null, 0, PaymentsView.MAX_PAGE).payments());
    }

    private PaymentsView pageOf(Viewer viewer, boolean senior, Source source, PaymentStatus status, String contactReportId,
                                int from, int size) {
        long total = records.countPayments(source.id(), status, contactReportId);
        List<PaymentView> page = from >= total ? List.of()
                : views.views(viewer, senior, source, records.payments(source.id(), status, contactReportId, from, size));
        return new PaymentsView(source.id(), status, contactReportId, page, total, from);
    }

    /** The most contact reports, and the most taskings, offered as a payment's grounds: the latest. */
    static final int GROUNDS = 200;

    /**
     * What a payment to the source may rest on: its latest submitted contact reports and its latest
     * taskings, {@value #GROUNDS} of each at most (a request may still name an older one by id).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentGroundsView grounds(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_GROUNDS");
        var contactOptions = contacts.latestSubmittedOf(source.id(), GROUNDS).stream()
                .map(c -> new PaymentGroundsView.Option(c.id(), "Contact of "
                        + c.occurredAt().atZone(ZoneOffset.UTC).toLocalDateTime()
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ') + " UTC"))
                .toList();
        var taskingOptions = taskings.latestOf(source.id(), GROUNDS).stream()
                .map(t -> new PaymentGroundsView.Option(t.id(), t.reference() + " (" + t.status() + ")"))
                .toList();
        return new PaymentGroundsView(contactOptions, taskingOptions);
    }

    /**
     * Requests a payment. The source's exposure is read with a locking read (it must count every
     * payment committed before, and the file's row lock orders the requests of one file), whose gap
     * locks on the payments' source index can deadlock two requests for neighbouring files: the
     * victim, rolled back whole, is run again, up to {@link DatabaseRaces#RETRIES} times (and so is a
     * lock wait that timed out).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentView request(String sourceId, @NotNull @Valid PaymentRequest request) {
        Payments self = context.getBusinessObject(Payments.class);
        return DatabaseRaces.retried(() -> self.requestOnce(sourceId, request));
    }

    /** One run of {@link #request} in its own transaction (the request was validated there); public only for the container's proxy. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PaymentView requestOnce(String sourceId, PaymentRequest request) {
        Viewer viewer = viewers.of(principal);
        // one request of a source at a time: each counts every other in the source's exposure
        Source source = files.resolveForUpdate(viewer, sourceId, "PAYMENT_REQUEST");
        String label = files.label(source);
        try {
            RuleProfile profile = rules.current();
            PaymentRules.requireRequestable(request, profile);
            String contactId = blank(request.contactReportId()) ? null : SourceFiles.canonical(request.contactReportId());
            if (!blank(request.contactReportId())) {
                PaymentRules.requireContact(contactId == null ? Optional.empty() : contacts.contact(contactId), source.id());
            }
            String taskingId = blank(request.taskingId()) ? null : SourceFiles.canonical(request.taskingId());
            if (!blank(request.taskingId())) {
                PaymentRules.requireTasking(taskingId == null ? Optional.empty() : taskings.tasking(taskingId), source.id());
            }
            boolean duty = sourceRecords.dutyToReport(source.id());
            PaymentRules.requireNotWithinDuty(duty, request.kind(), request.withinDutyToReport());
            policy.require(GuardedAction.PAY, source.id(), Circumstances.NONE, label);

            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            BigDecimal amount = request.amount().setScale(2);
            // the year's running total made to exist, moved, then read with the request in it: the update and
            // the locking read lock rows that exist, not the gap where the year's row would go (two files'
            // first payments of a year deadlocked on it); a refusal below rolls it all back
            records.ensureYear(source.id(), PaymentRecords.year(now));
            records.expose(source.id(), PaymentRecords.year(now), amount);
            PaymentRecords.Exposure after = records.exposure(source.id(), PaymentRecords.year(now));
            BigDecimal year = after.year();
            BigDecimal lifetime = after.lifetime();
            List<ApprovalTier> steps = PaymentRules.steps(amount, year, lifetime, profile);

            String id = UUID.randomUUID().toString();
            Payment p = new Payment(id, source.id(), contactId, taskingId, amount, request.currency(),
                    request.kind().name(), blank(request.caseReference()) ? null : request.caseReference().strip(),
                    request.contingentOn().name(), request.withinDutyToReport(), steps, year, lifetime, now, viewer.userId());
            DataKey key = texts.key(source);
            p.protectedPurpose(source.dekVersion(), texts.seal(key, Payment.ENTITY, Payment.PURPOSE, id, request.purpose()));
            records.persist(p);
            int position = 1;
            for (SubSourceItem item : request.subSourceItems()) {
                String itemId = UUID.randomUUID().toString();
                PaymentItem row = new PaymentItem(itemId, id, position++, item.amount().setScale(2));
                row.protectedDescription(source.dekVersion(), texts.seal(key, PaymentItem.ENTITY, PaymentItem.DESCRIPTION,
                        itemId, item.description()));
                records.persist(row);
            }
            audit.record("PAYMENT_REQUESTED", OBJECT, id, label, AuditTrail.SUCCESS);
            return views.view(viewer, seniority.isSenior(viewer), source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_REQUEST", "SOURCE", source.id(), label);
            throw e;
        }
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public PaymentView find(String paymentId) {
        Viewer viewer = viewers.of(principal);
        Source source = views.resolve(viewer, paymentId);
        Payment p = records.find(SourceFiles.canonical(paymentId));
        audit.record("PAYMENT_READ", OBJECT, p.id(), files.label(source), AuditTrail.SUCCESS);
        return views.view(viewer, seniority.isSenior(viewer), source, p);
    }

    // ---- approval ----

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentView approve(String paymentId, @Valid ApprovalRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = views.resolveLocked(viewer, paymentId, "PAYMENT_APPROVAL");
        String label = files.label(source);
        Payment p = records.lock(SourceFiles.canonical(paymentId));
        try {
            boolean senior = seniority.isSenior(viewer);
            List<PaymentDecision> decided = records.decisions(p.id(), true);
            int step = PaymentRules.stepToDecide(p.status(), p.steps(), decided(decided), p.requestedBy(), viewer, senior,
                    seniority.requirement(), request == null ? null : request.step());
            policy.require(GuardedAction.PAY, source.id(), Circumstances.NONE, label);
            PaymentDecision d = new PaymentDecision(UUID.randomUUID().toString(), p.id(), step, p.steps().get(step - 1).name(),
                    PaymentDecision.APPROVED, clock.instant().truncatedTo(ChronoUnit.MICROS), viewer.userId(), source.dekVersion());
            records.persist(d);
            if (decided.size() + 1 == p.steps().size()) {
                p.status(PaymentStatus.APPROVED);
            }
            audit.record(p.status() == PaymentStatus.APPROVED ? "PAYMENT_APPROVED" : "PAYMENT_STEP_APPROVED", OBJECT, p.id(),
                    label, AuditTrail.SUCCESS);
            return views.view(viewer, senior, source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_APPROVAL", OBJECT, p.id(), label);
            throw e;
        }
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentView reject(String paymentId, @NotNull @Valid PaymentReason reason) {
        Viewer viewer = viewers.of(principal);
        Source source = views.resolveLocked(viewer, paymentId, "PAYMENT_REJECTION");
        String label = files.label(source);
        Payment p = records.lock(SourceFiles.canonical(paymentId));
        try {
            boolean senior = seniority.isSenior(viewer);
            List<PaymentDecision> decided = records.decisions(p.id(), true);
            int step = PaymentRules.stepToDecide(p.status(), p.steps(), decided(decided), p.requestedBy(), viewer, senior,
                    seniority.requirement(), null);
            String id = UUID.randomUUID().toString();
            PaymentDecision d = new PaymentDecision(id, p.id(), step, p.steps().get(step - 1).name(), PaymentDecision.REJECTED,
                    clock.instant().truncatedTo(ChronoUnit.MICROS), viewer.userId(), source.dekVersion());
            d.protectedReason(source.dekVersion(), texts.seal(texts.key(source), PaymentDecision.ENTITY,
                    PaymentDecision.REASON, id, reason.reason()));
            records.persist(d);
            p.status(PaymentStatus.REJECTED);
            records.expose(source.id(), PaymentRecords.year(p.requestedAt()), p.amount().negate());
            audit.record("PAYMENT_REJECTED", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return views.view(viewer, senior, source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_REJECTION", OBJECT, p.id(), label);
            throw e;
        }
    }

    // ---- helpers ----

    private static List<PaymentRules.Decided> decided(List<PaymentDecision> decisions) {
        return decisions.stream().map(d -> new PaymentRules.Decided(d.step(), d.decidedBy())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
