package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.PaymentStatus;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.api.dashboard.FileLink;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourceStanding;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The payment lists of the dashboards: for controllers and authorising officers the payments
 * awaiting a step they may approve (not their own requests, not one they already approved);
 * for compliance reviewers the payments made on a day the source was not ACTIVE. Summaries carry
 * code names, kinds and amounts only; the dashboard filters every line by the file's label.
 */
@ApplicationScoped
public class PaymentDashboard implements DashboardContributor {
    public static final String PENDING = "PENDING_PAYMENT_APPROVALS";
    public static final String INACTIVE = "PAYMENTS_TO_INACTIVE_SOURCES";

    @Inject
    PaymentRecords records;

    @Inject
    SourceStore sources;

    @Inject
    SourceStanding standing;

    @Inject
    Seniority seniority;

    @Override
    public List<DashboardSection> sections(DashboardScope scope) {
        List<DashboardSection> sections = new ArrayList<>();
        if (scope.includes(Audience.SUPERVISION)) {
            sections.add(pending(scope));
        }
        if (scope.includes(Audience.COMPLIANCE)) {
            sections.add(inactive(scope));
        }
        return sections;
    }

    /**
     * The first payments awaiting the reader's approval and how many there are, found in SQL
     * ({@link PaymentRecords#awaiting}); each line is checked again here as it always was.
     */
    private DashboardSection pending(DashboardScope scope) {
        var viewer = scope.viewer();
        boolean senior = seniority.isSenior(viewer);
        Set<ApprovalTier> tiers = java.util.EnumSet.noneOf(ApprovalTier.class);
        for (ApprovalTier t : ApprovalTier.values()) {
            if (PaymentRules.mayApprove(t, viewer.roles(), senior)) {
                tiers.add(t);
            }
        }
        PaymentRecords.AwaitingPage page = records.awaiting(viewer, tiers, scope.from(PENDING), DashboardSectionView.MAX_ENTRIES);
        List<String> ids = page.payments().stream().map(Payment::id).toList();
        java.util.Map<String, List<PaymentDecision>> decisions = records.decisionsOfPayments(ids);
        java.util.Map<String, Source> files = sources.unrestricted(page.payments().stream().map(Payment::sourceId)
                .collect(Collectors.toSet()));
        List<DashboardEntry> entries = new ArrayList<>();
        for (Payment p : page.payments()) {
            if (p.status() != PaymentStatus.REQUESTED || p.requestedBy().equals(viewer.userId())) {
                continue;
            }
            List<PaymentDecision> decided = decisions.getOrDefault(p.id(), List.of());
            if (decided.stream().anyMatch(d -> d.decidedBy().equals(viewer.userId()))) {
                continue;
            }
            Set<Integer> done = decided.stream().map(PaymentDecision::step).collect(Collectors.toSet());
            List<ApprovalTier> steps = p.steps();
            List<ApprovalTier> mine = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                if (!done.contains(i + 1) && tiers.contains(steps.get(i))) {
                    mine.add(steps.get(i));
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            Source source = files.get(p.sourceId());
            if (source == null || source.isDestroyed()) {
                continue;
            }
            entries.add(new DashboardEntry("PAYMENT_APPROVAL_PENDING", "PAYMENT", p.id(), source.id(),
                    source.codeName() + ": " + p.kind() + " " + p.amount().toPlainString() + " " + p.currency()
                            + " awaits " + mine.get(mine.size() - 1),
                    p.requestedAt().atZone(ZoneOffset.UTC).toLocalDate(), FileLink.to(FileLink.Page.PAYMENTS, source.id()),
                    source.label()));
        }
        long dropped = page.payments().size() - entries.size(); // none, unless the SQL and this check disagree
        return DashboardSection.paged(PENDING, "Payments awaiting your approval", Audience.SUPERVISION, entries,
                Math.max(entries.size(), page.total() - scope.from(PENDING) - dropped) + scope.from(PENDING), page.atLeast());
    }

    /**
     * The first payments made on a day their source was not active, found and counted in SQL
     * ({@link PaymentRecords#paidWhileInactive}); each line is checked again here by the rule itself.
     */
    private DashboardSection inactive(DashboardScope scope) {
        PaymentRecords.EntryPage page = records.paidWhileInactive(scope.viewer(), scope.from(INACTIVE),
                DashboardSectionView.MAX_ENTRIES);
        Set<String> ids = page.entries().stream().map(LedgerEntry::sourceId).collect(Collectors.toSet());
        java.util.Map<String, Source> files = sources.unrestricted(ids);
        standing.prefetch(ids); // the page's files' histories in one statement, not one a file
        java.util.Map<String, List<SourceStanding.StatusChange>> histories = new java.util.HashMap<>();
        List<DashboardEntry> entries = new ArrayList<>();
        for (LedgerEntry e : page.entries()) {
            Source source = files.get(e.sourceId());
            if (source == null || source.isDestroyed()) {
                continue;
            }
            if (PaymentRules.paidWhileInactive(e.paidOn(), source.registeredAt(),
                    histories.computeIfAbsent(source.id(), standing::history))) {
                entries.add(new DashboardEntry("PAYMENT_TO_INACTIVE_SOURCE", "PAYMENT", e.paymentId(), source.id(),
                        source.codeName() + ": " + e.kind() + " " + e.amount().toPlainString() + " " + e.currency()
                                + " paid on " + e.paidOn() + " while the source was not active",
                        e.paidOn(), FileLink.to(FileLink.Page.PAYMENTS, source.id()), source.label()));
            }
        }
        return DashboardSection.paged(INACTIVE, "Payments to sources that were not active", Audience.COMPLIANCE, entries,
                Math.max(entries.size(), page.total() - (page.entries().size() - entries.size())), page.atLeast());
    }
}
