package org.hum.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.config.control.PageBounds;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.payment.LedgerEntryView;
import org.hum.api.payment.LedgerTotals;
import org.hum.api.payment.PaymentKind;
import org.hum.api.payment.PaymentReason;
import org.hum.api.payment.PaymentStatus;
import org.hum.api.payment.SourceLedger;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.payment.control.LedgerChain;
import org.hum.payment.control.PaymentRecords;
import org.hum.payment.control.PaymentRules;
import org.hum.payment.control.PaymentTexts;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Rules;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The payment ledger (docs/domain.md, "Payments and benefits"): append-only, hash-chained per
 * source; a payment is corrected by a reversing entry, never by an edit; totals per source, per
 * case and per year over the files the caller may see.
 */
@Stateless
public class Ledger {
    private static final String OBJECT = "PAYMENT";
    static final String NO_CASE = "(none)";

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
    Rules rules;

    /**
     * A page of the source's ledger, oldest first, {@code size} entries from the {@code from}-th
     * ({@code null}: the last page, the newest entries), with the totals of the whole ledger. The
     * page is found in SQL and its chain checked from the entry before it; the totals and the count
     * come from the ledger's running totals: a page costs the same however long the ledger
     * (docs/performance.md, "Statements per request"). A negative {@code from} or a {@code size}
     * outside 1 to {@value SourceLedger#MAX_PAGE} is refused (400).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
    public SourceLedger ledger(String sourceId, Integer from, int size) {
        PageBounds.require(from == null ? 0 : from, "the oldest entry", size, SourceLedger.MAX_PAGE);
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "PAYMENT_LEDGER_READ");
        audit.record("PAYMENT_LEDGER_READ", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return ledgerOf(source, from, size);
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
            records.tally(reversal);
            Payment p = records.lock(original.paymentId());
            p.status(PaymentStatus.REVERSED);
            records.expose(source.id(), original.paidOn().getYear(), original.amount().negate());
            audit.record("PAYMENT_REVERSED", OBJECT, p.id(), label, AuditTrail.SUCCESS);
            return entryView(source, reversal, records.ledgerSize(source.id()), id); // the newest: the last place
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
        Map<String, BigDecimal> others = new TreeMap<>();
        String currency = rules.current().currency();
        BigDecimal all = BigDecimal.ZERO;
        for (Object[] row : records.visibleSums(viewer)) {
            String sourceId = (String) row[0];
            int year = ((Number) row[1]).intValue();
            String caseRef = row[2] == null ? NO_CASE : (String) row[2];
            BigDecimal sum = ((BigDecimal) row[4]).setScale(2);
            if (!currency.equals(row[3])) { // paid before the rule profile's currency changed: never added in
                others.merge((String) row[3], sum, BigDecimal::add);
                continue;
            }
            all = all.add(sum);
            byYear.merge(year, sum, BigDecimal::add);
            byCase.merge(caseRef, sum, BigDecimal::add);
            bySource.merge(sourceId, sum, BigDecimal::add);
        }
        audit.record("PAYMENT_TOTALS_READ", "LEDGER", null, null, AuditTrail.SUCCESS);
        return new LedgerTotals(currency, all.setScale(2), byYear, byCase, bySource, Map.of(), others);
    }


    private SourceLedger ledgerOf(Source source, Integer from, int size) {
        long total = records.ledgerSize(source.id());
        int start = from != null ? from : (int) Math.max(0, total - size);
        List<LedgerEntry> entries = start >= total ? List.of() : records.ledger(source.id(), start, size);
        Map<String, String> reversedBy = records.reversalsOf(entries.stream()
                .filter(e -> LedgerEntry.PAYMENT.equals(e.entryKind())).map(LedgerEntry::id).toList());
        List<LedgerEntryView> views = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            // the place within this file's ledger, never the table's global seq (docs/domain.md, "Payments and benefits")
            views.add(entryView(source, entries.get(i), start + i + 1L, reversedBy.get(entries.get(i).id())));
        }
        boolean intact = entries.isEmpty()
                || LedgerChain.intact(entries, start == 0 ? LedgerChain.GENESIS : records.hashBefore(source.id(), entries.get(0).seq()));
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Map<String, BigDecimal> byCase = new TreeMap<>();
        Map<String, BigDecimal> byMonth = new TreeMap<>();
        Map<String, BigDecimal> others = new TreeMap<>();
        String currency = rules.current().currency();
        BigDecimal all = BigDecimal.ZERO;
        for (PaymentRecords.LedgerMonth m : records.ledgerMonths(source.id())) {
            BigDecimal amount = m.amount().setScale(2);
            if (!currency.equals(m.currency())) { // paid before the rule profile's currency changed: never added in
                others.merge(m.currency(), amount, BigDecimal::add);
                continue;
            }
            all = all.add(amount);
            byYear.merge(m.month().getYear(), amount, BigDecimal::add);
            byCase.merge(m.caseReference() == null ? NO_CASE : m.caseReference(), amount, BigDecimal::add);
            byMonth.merge(m.month().toString(), amount, BigDecimal::add);
        }
        return new SourceLedger(source.id(), source.codeName(), views,
                new LedgerTotals(currency, all.setScale(2), byYear, byCase, Map.of(source.id(), all.setScale(2)), byMonth, others),
                intact, total, start);
    }

    private LedgerEntryView entryView(Source source, LedgerEntry e, long position, String reversedBy) {
        return new LedgerEntryView(e.id(), position, e.sourceId(), e.paymentId(), e.entryKind(),
                e.reversesId(), LedgerEntry.REVERSAL.equals(e.entryKind()) ? null : reversedBy, e.amount(), e.currency(),
                PaymentKind.valueOf(e.kind()), e.caseReference(), e.paidOn(), e.recordedAt(), records.username(e.recordedBy()),
                records.username(e.witness1Id()), records.username(e.witness2Id()),
                texts.open(source, e.dekVersion(), LedgerEntry.ENTITY, LedgerEntry.REASON, e.id(), e.reason()),
                e.prevHash(), e.entryHash());
    }
}
