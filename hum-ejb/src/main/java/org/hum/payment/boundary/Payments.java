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
import org.hum.api.payment.ApprovalRequest;
import org.hum.api.payment.ApprovalStepView;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.LedgerEntryView;
import org.hum.api.payment.LedgerTotals;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentRecord;
import org.hum.api.payment.PaymentRequest;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.payment.SourceLedger;
import org.hum.api.payment.SubSourceItem;
import org.hum.api.payment.SubSourceItemView;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.boundary.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.DataKey;
import org.hum.payment.control.LedgerChain;
import org.hum.payment.control.PaymentRecords;
import org.hum.payment.control.PaymentRules;
import org.hum.payment.control.PaymentTexts;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.payment.entity.PaymentReceipt;
import org.hum.rules.control.Circumstances;
import org.hum.rules.control.ContactRegister;
import org.hum.rules.control.RuleClock;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourcePolicy;
import org.hum.rules.control.TaskingRegister;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceRecords;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceParticulars;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Payments and benefits (docs/domain.md, "Payments and benefits"): requests, approval by the rule
 * profile's tiers, rejection, the payment made before two witnesses with an exact-amount
 * receipt, and the append-only ledger with its reversing entries and totals. Every action
 * resolves the source file for the caller first (a payment of a file they may not see answers
 * as one that does not exist) and changes one source at a time: the file's row is locked, so
 * two approvers never both approve one step and concurrent requests all count each other in
 * the source's exposure. The policy's hard stops are asked at the request, at each approval
 * and at payment.
 */
@Stateless
public class Payments {
    private static final String OBJECT = "PAYMENT";

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

    // ---- requests ----

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public List<PaymentView> list(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_LIST");
        audit.record("PAYMENT_LIST", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        boolean senior = seniority.isSenior(viewer);
        return records.payments(source.id()).stream().map(p -> view(viewer, senior, source, p)).toList();
    }

    /** What a payment to the source may rest on: its submitted contact reports and its taskings. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public org.hum.api.payment.PaymentGroundsView grounds(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_GROUNDS");
        var contactOptions = contacts.submittedOf(source.id()).stream()
                .map(c -> new org.hum.api.payment.PaymentGroundsView.Option(c.id(), "Contact of "
                        + c.occurredAt().atZone(java.time.ZoneOffset.UTC).toLocalDateTime()
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ') + " UTC"))
                .toList();
        var taskingOptions = taskings.ofSource(source.id()).stream()
                .map(t -> new org.hum.api.payment.PaymentGroundsView.Option(t.id(), t.reference() + " (" + t.status() + ")"))
                .toList();
        return new org.hum.api.payment.PaymentGroundsView(contactOptions, taskingOptions);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentView request(String sourceId, @NotNull @Valid PaymentRequest request) {
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
            boolean duty = sourceRecords.particulars(source.id()).map(SourceParticulars::dutyToReport).orElse(false);
            PaymentRules.requireNotWithinDuty(duty, request.kind(), request.withinDutyToReport());
            policy.require(GuardedAction.PAY, source.id(), Circumstances.NONE, label);

            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PaymentRecords.Exposure before = records.exposure(source.id(), now.atZone(ZoneOffset.UTC).getYear());
            BigDecimal amount = request.amount().setScale(2);
            BigDecimal year = before.year().add(amount);
            BigDecimal lifetime = before.lifetime().add(amount);
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
            return view(viewer, seniority.isSenior(viewer), source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_REQUEST", "SOURCE", source.id(), label);
            throw e;
        }
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public PaymentView find(String paymentId) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, paymentId);
        Payment p = records.find(SourceFiles.canonical(paymentId));
        audit.record("PAYMENT_READ", OBJECT, p.id(), files.label(source), AuditTrail.SUCCESS);
        return view(viewer, seniority.isSenior(viewer), source, p);
    }

    // ---- approval ----

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentView approve(String paymentId, @Valid ApprovalRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, paymentId, "PAYMENT_APPROVAL");
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
            return view(viewer, senior, source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_APPROVAL", OBJECT, p.id(), label);
            throw e;
        }
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public PaymentView reject(String paymentId, @NotNull @Valid PaymentReason reason) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, paymentId, "PAYMENT_REJECTION");
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
            audit.record("PAYMENT_REJECTED", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return view(viewer, senior, source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_REJECTION", OBJECT, p.id(), label);
            throw e;
        }
    }

    // ---- paying ----

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public PaymentView pay(String paymentId, @NotNull @Valid PaymentRecord record) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, paymentId, "PAYMENT_RECORD");
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
            byte[] content = PaymentRules.decodeReceipt(record.receipt());
            String mediaType = PaymentRules.receiptType(content);
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
            p.status(PaymentStatus.PAID);
            audit.record("PAYMENT_PAID", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return view(viewer, seniority.isSenior(viewer), source, p);
        } catch (HumException e) {
            refusals.refused("PAYMENT_RECORD", OBJECT, p.id(), label);
            throw e;
        }
    }

    /** A receipt's file. */
    public record ReceiptFile(String mediaType, byte[] content, String sha256) {
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public ReceiptFile receipt(String paymentId) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, paymentId);
        PaymentReceipt r = records.receipt(SourceFiles.canonical(paymentId))
                .orElseThrow(() -> HumException.notFound("receipt (the payment has not been paid)"));
        byte[] content = texts.openBytes(source, r.dekVersion(), PaymentReceipt.ENTITY, PaymentReceipt.CONTENT, r.id(), r.content());
        audit.record("PAYMENT_RECEIPT_READ", OBJECT, r.paymentId(), files.label(source), AuditTrail.SUCCESS);
        return new ReceiptFile(r.mediaType(), content, r.sha256());
    }

    // ---- the ledger ----

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public SourceLedger ledger(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_LEDGER_READ");
        audit.record("PAYMENT_LEDGER_READ", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return ledgerOf(source);
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public LedgerEntryView reverse(String entryId, @NotNull @Valid PaymentReason reason) {
        Viewer viewer = viewers.of(principal);
        String canonical = SourceFiles.canonical(entryId);
        String sourceId = canonical == null ? null : records.sourceOfEntry(canonical).orElse(null);
        if (sourceId == null) {
            refusals.refused("ACCESS_REFUSED", "PAYMENT_LEDGER_ENTRY", canonical == null ? "(not an id)" : canonical, null);
            throw HumException.notFound("ledger entry");
        }
        Source source = files.resolve(viewer, sourceId, "ledger entry", canonical);
        source = files.resolveForUpdate(viewer, source.id(), "PAYMENT_REVERSAL");
        String label = files.label(source);
        LedgerEntry original = records.entry(canonical, true);
        try {
            if (!LedgerEntry.PAYMENT.equals(original.entryKind())) {
                throw new RuleViolation(ErrorCode.UNPROCESSABLE, "ledger.reverse-payment",
                        "Only a PAYMENT entry can be reversed; this entry is itself a reversal.",
                        "reverse the payment entry it corrects, if it still stands.");
            }
            PaymentRules.requireIndependentReversal(viewer.userId(), records.lock(original.paymentId()).requestedBy(),
                    original.recordedBy());
            if (records.entriesOf(original.paymentId()).stream().anyMatch(e -> LedgerEntry.REVERSAL.equals(e.entryKind()))) {
                throw new RuleViolation(ErrorCode.RULE_VIOLATION, "ledger.already-reversed",
                        "This ledger entry was already reversed.", "nothing to do: the ledger already nets it out.");
            }
            String id = UUID.randomUUID().toString();
            LedgerEntry reversal = new LedgerEntry(id, source.id(), original.paymentId(), LedgerEntry.REVERSAL, original.id(),
                    original.amount().negate(), original.currency(), original.kind(), original.caseReference(),
                    original.paidOn(), clock.instant().truncatedTo(ChronoUnit.MICROS), viewer.userId(), null, null, null,
                    source.dekVersion());
            reversal.protectedReason(source.dekVersion(), texts.seal(texts.key(source), LedgerEntry.ENTITY, LedgerEntry.REASON,
                    id, reason.reason()));
            String prev = records.chainHead(source.id());
            reversal.chained(prev, LedgerChain.hash(reversal, prev));
            records.persist(reversal);
            Payment p = records.lock(original.paymentId());
            p.status(PaymentStatus.REVERSED);
            audit.record("PAYMENT_REVERSED", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return entryView(source, reversal, id);
        } catch (HumException e) {
            refusals.refused("PAYMENT_REVERSAL", "PAYMENT_LEDGER_ENTRY", original.id(), label);
            throw e;
        }
    }

    /** Totals over every file the caller may see: per source, per case, per year, in all. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public LedgerTotals totals() {
        Viewer viewer = viewers.of(principal);
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<String, BigDecimal> byCase = new TreeMap<>();
        Map<String, BigDecimal> bySource = new TreeMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (Object[] row : records.visibleSums(viewer)) {
            String sourceId = (String) row[0];
            int year = ((Number) row[1]).intValue();
            String caseRef = row[2] == null ? NO_CASE : (String) row[2];
            BigDecimal sum = ((BigDecimal) row[3]).setScale(2);
            all = all.add(sum);
            byYear.merge(year, sum, BigDecimal::add);
            byCase.merge(caseRef, sum, BigDecimal::add);
            bySource.merge(sourceId, sum, BigDecimal::add);
        }
        audit.record("PAYMENT_TOTALS_READ", "LEDGER", null, null, AuditTrail.SUCCESS);
        return new LedgerTotals(rules.current().currency(), all.setScale(2), byYear, byCase, bySource);
    }

    static final String NO_CASE = "(none)";

    // ---- views ----

    private SourceLedger ledgerOf(Source source) {
        List<LedgerEntry> entries = records.ledger(source.id());
        Map<String, String> reversedBy = new java.util.HashMap<>();
        entries.stream().filter(e -> e.reversesId() != null).forEach(e -> reversedBy.put(e.reversesId(), e.id()));
        List<LedgerEntryView> views = entries.stream().map(e -> entryView(source, e, reversedBy.get(e.id()))).toList();
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<String, BigDecimal> byCase = new TreeMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            all = all.add(e.amount());
            byYear.merge(e.paidOn().getYear(), e.amount(), BigDecimal::add);
            byCase.merge(e.caseReference() == null ? NO_CASE : e.caseReference(), e.amount(), BigDecimal::add);
        }
        String currency = entries.isEmpty() ? rules.current().currency() : entries.get(0).currency();
        return new SourceLedger(source.id(), source.codeName(), views,
                new LedgerTotals(currency, all.setScale(2), byYear, byCase, Map.of(source.id(), all.setScale(2))),
                LedgerChain.intact(entries));
    }

    private LedgerEntryView entryView(Source source, LedgerEntry e, String reversedBy) {
        return new LedgerEntryView(e.id(), e.seq() == null ? 0 : e.seq(), e.sourceId(), e.paymentId(), e.entryKind(),
                e.reversesId(), LedgerEntry.REVERSAL.equals(e.entryKind()) ? null : reversedBy, e.amount(), e.currency(),
                PaymentKind.valueOf(e.kind()), e.caseReference(), e.paidOn(), e.recordedAt(), records.username(e.recordedBy()),
                records.username(e.witness1Id()), records.username(e.witness2Id()),
                texts.open(source, e.dekVersion(), LedgerEntry.ENTITY, LedgerEntry.REASON, e.id(), e.reason()),
                e.prevHash(), e.entryHash());
    }

    PaymentView view(Viewer viewer, boolean senior, Source source, Payment p) {
        List<PaymentDecision> decisions = records.decisions(p.id(), false);
        List<ApprovalStepView> steps = new ArrayList<>();
        List<ApprovalTier> tiers = p.steps();
        String rejection = null;
        for (int i = 1; i <= tiers.size(); i++) {
            int step = i;
            Optional<PaymentDecision> d = decisions.stream().filter(x -> x.step() == step).findFirst();
            steps.add(new ApprovalStepView(i, tiers.get(i - 1), PaymentRules.whoMay(tiers.get(i - 1), seniority.requirement()),
                    d.map(PaymentDecision::decision).orElse(p.status() == PaymentStatus.REJECTED ? "NOT_REACHED" : "PENDING"),
                    d.map(x -> records.username(x.decidedBy())).orElse(null), d.map(PaymentDecision::decidedAt).orElse(null)));
            if (d.isPresent() && PaymentDecision.REJECTED.equals(d.get().decision())) {
                rejection = texts.open(source, d.get().dekVersion(), PaymentDecision.ENTITY, PaymentDecision.REASON,
                        d.get().id(), d.get().reason());
            }
        }
        List<SubSourceItemView> items = records.items(p.id()).stream().map(i -> new SubSourceItemView(i.position(),
                texts.open(source, i.dekVersion(), PaymentItem.ENTITY, PaymentItem.DESCRIPTION, i.id(), i.description()),
                i.amount())).toList();
        Optional<LedgerEntry> paid = p.status() == PaymentStatus.PAID || p.status() == PaymentStatus.REVERSED
                ? records.ledger(source.id()).stream().filter(e -> e.paymentId().equals(p.id())
                && LedgerEntry.PAYMENT.equals(e.entryKind())).findFirst() : Optional.empty();
        PaymentView.ReceiptView receipt = paid.isEmpty() ? null : records.receipt(p.id())
                .map(r -> new PaymentView.ReceiptView(r.mediaType(), r.sizeBytes(), r.statedAmount(), r.dated(), r.sha256()))
                .orElse(null);
        boolean mayDecide = false;
        if (p.status() == PaymentStatus.REQUESTED && !viewer.userId().equals(p.requestedBy())
                && decisions.stream().noneMatch(d -> d.decidedBy().equals(viewer.userId()))) {
            for (int i = 0; i < tiers.size(); i++) {
                int step = i + 1;
                if (decisions.stream().noneMatch(d -> d.step() == step) && PaymentRules.mayApprove(tiers.get(i), viewer.roles(), senior)) {
                    mayDecide = true;
                }
            }
        }
        boolean mayPay = p.status() == PaymentStatus.APPROVED
                && (viewer.hasRole(Role.CASE_OFFICER_NAME) || viewer.hasRole(Role.CONTROLLER_NAME));
        return new PaymentView(p.id(), p.sourceId(), p.amount(), p.currency(), PaymentKind.valueOf(p.kind()), p.status(),
                texts.open(source, p.dekVersion(), Payment.ENTITY, Payment.PURPOSE, p.id(), p.purpose()),
                p.contactReportId(), p.taskingId(), p.caseReference(), Contingency.valueOf(p.contingentOn()),
                p.withinDutyToReport(), p.requestedAt(), records.username(p.requestedBy()), p.yearExposure(),
                p.lifetimeExposure(), steps, items, rejection, paid.map(LedgerEntry::paidOn).orElse(null),
                paid.map(e -> List.of(records.username(e.witness1Id()), records.username(e.witness2Id()))).orElse(List.of()),
                receipt, paid.map(LedgerEntry::id).orElse(null), new PaymentView.Permissions(mayDecide, mayDecide, mayPay));
    }

    // ---- helpers ----

    private static List<PaymentRules.Decided> decided(List<PaymentDecision> decisions) {
        return decisions.stream().map(d -> new PaymentRules.Decided(d.step(), d.decidedBy())).toList();
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

    /** The payment's file for a reader, or 404 (an unknown payment and one of a file the caller may not see alike). */
    private Source resolve(Viewer viewer, String paymentId) {
        String canonical = SourceFiles.canonical(paymentId);
        String sourceId = canonical == null ? null : records.sourceOf(canonical).orElse(null);
        if (sourceId == null) {
            refusals.refused("ACCESS_REFUSED", OBJECT, canonical == null ? "(not an id)" : canonical, null);
            throw HumException.notFound("payment");
        }
        return files.resolve(viewer, sourceId, "payment", canonical);
    }

    /** As {@link #resolve}, then the file's row is locked: one change of the source's payments at a time. */
    private Source resolveLocked(Viewer viewer, String paymentId, String action) {
        Source visible = resolve(viewer, paymentId);
        return files.resolveForUpdate(viewer, visible.id(), action);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
