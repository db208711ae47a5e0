package org.hum.payment.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.Viewer;
import org.hum.api.Role;
import org.hum.api.error.HumException;
import org.hum.api.payment.ApprovalStepView;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.Contingency;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.PaymentView;
import org.hum.api.payment.SubSourceItemView;
import org.hum.audit.control.AuditLog;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.payment.entity.PaymentReceipt;
import org.hum.rules.control.Seniority;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A payment as its caller may see it, and the payment's file resolved for the caller: an unknown
 * payment and one of a file the caller may not see answer alike (404), the refusal audited apart.
 */
@ApplicationScoped
public class PaymentViews {
    private static final String OBJECT = "PAYMENT";

    @Inject
    SourceFiles files;

    @Inject
    PaymentRecords records;

    @Inject
    PaymentTexts texts;

    @Inject
    Seniority seniority;

    @EJB
    AuditLog refusals;

    /** The payment's file for a reader, or 404 (an unknown payment and one of a file the caller may not see alike). */
    public Source resolve(Viewer viewer, String paymentId) {
        String canonical = SourceFiles.canonical(paymentId);
        String sourceId = canonical == null ? null : records.sourceOf(canonical).orElse(null);
        if (sourceId == null) {
            refusals.refusedUnseen("ACCESS_REFUSED", OBJECT, canonical == null ? "(not an id)" : canonical);
            throw HumException.notFound("payment");
        }
        return files.resolve(viewer, sourceId, "payment", canonical);
    }

    /** As {@link #resolve}, then the file's row is locked: one change of the source's payments at a time. */
    public Source resolveLocked(Viewer viewer, String paymentId, String action) {
        Source visible = resolve(viewer, paymentId);
        return files.resolveForUpdate(viewer, visible.id(), action);
    }

    /** One payment's view (its own reads: a few statements). */
    public PaymentView view(Viewer viewer, boolean senior, Source source, Payment p) {
        return views(viewer, senior, source, List.of(p)).get(0);
    }

    /**
     * The views of payments of one file, in the order given, with what they rest on read once for
     * all of them (decisions, items, the file's ledger, receipts): the statements a list page sends do
     * not grow with its payments (docs/performance.md, "Statements per request").
     */
    public List<PaymentView> views(Viewer viewer, boolean senior, Source source, List<Payment> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        List<String> ids = payments.stream().map(Payment::id).toList();
        Map<String, List<PaymentDecision>> decisions = records.decisionsOf(ids);
        Map<String, List<PaymentItem>> items = records.itemsOf(ids);
        boolean anyPaid = payments.stream().anyMatch(p -> p.status() == PaymentStatus.PAID || p.status() == PaymentStatus.REVERSED);
        Map<String, LedgerEntry> paidEntries = new HashMap<>();
        Map<String, PaymentReceipt> receipts = anyPaid ? records.receiptsOf(ids) : Map.of();
        if (anyPaid) {
            records.paymentEntriesOf(ids).forEach(e -> paidEntries.putIfAbsent(e.paymentId(), e));
        }
        List<PaymentView> out = new ArrayList<>(payments.size());
        for (Payment p : payments) {
            out.add(view(viewer, senior, source, p, decisions.getOrDefault(p.id(), List.of()), items.getOrDefault(p.id(), List.of()),
                    Optional.ofNullable(paidEntries.get(p.id())), receipts.get(p.id())));
        }
        return out;
    }

    private PaymentView view(Viewer viewer, boolean senior, Source source, Payment p, List<PaymentDecision> decisions,
                             List<PaymentItem> itemRows, Optional<LedgerEntry> ledgerEntry, PaymentReceipt receiptRow) {
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
        List<SubSourceItemView> items = itemRows.stream().map(i -> new SubSourceItemView(i.position(),
                texts.open(source, i.dekVersion(), PaymentItem.ENTITY, PaymentItem.DESCRIPTION, i.id(), i.description()),
                i.amount())).toList();
        Optional<LedgerEntry> paid = p.status() == PaymentStatus.PAID || p.status() == PaymentStatus.REVERSED
                ? ledgerEntry : Optional.empty();
        PaymentView.ReceiptView receipt = paid.isEmpty() || receiptRow == null ? null
                : new PaymentView.ReceiptView(receiptRow.mediaType(), receiptRow.sizeBytes(), receiptRow.statedAmount(),
                receiptRow.dated(), receiptRow.sha256());
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
                receipt, paid.map(LedgerEntry::id).orElse(null), new PaymentView.Permissions(mayDecide, mayDecide, mayPay,
                receipt != null && files.maySeeTrueIdentity(viewer, source)));
    }
}
