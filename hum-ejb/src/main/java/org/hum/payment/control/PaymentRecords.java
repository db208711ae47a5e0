package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.Viewer;
import org.hum.access.entity.User;
import org.hum.api.payment.ApprovalTier;
import org.hum.api.payment.PaymentStatus;
import org.hum.config.control.InLists;
import org.hum.source.control.SourceStore;
import org.hum.source.control.VisiblePages;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.payment.entity.PaymentReceipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The payment tables, for boundaries that have already resolved the source file (or system work
 * on ids). The reads a decision rests on are locking reads, taken after the source's row is
 * locked: under REPEATABLE READ a plain read would see the snapshot taken before another
 * approver's or requester's change committed.
 */
@ApplicationScoped
public class PaymentRecords {
    @Inject
    InactivePayments inactive;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @jakarta.inject.Inject
    SourceStore sources;

    /** The source a payment belongs to, by a plain read (nothing is decided on it but which file to resolve). */
    public Optional<String> sourceOf(String paymentId) {
        return first(em.createNativeQuery("select source_id from payment where id = ?").setParameter(1, paymentId));
    }

    /** The source a ledger entry belongs to. */
    public Optional<String> sourceOfEntry(String entryId) {
        return first(em.createNativeQuery("select source_id from payment_ledger where id = ?").setParameter(1, entryId));
    }

    private static Optional<String> first(jakarta.persistence.Query q) {
        List<?> rows = q.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((String) rows.get(0));
    }

    public Payment lock(String paymentId) {
        return em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Payment find(String paymentId) {
        return em.find(Payment.class, paymentId);
    }

    /**
     * A page of the source's payments, newest first, of one status or of every status ({@code null}),
     * resting on one contact report version or on any ({@code null}).
     */
    public List<Payment> payments(String sourceId, PaymentStatus status, String contactReportId, int offset, int limit) {
        var q = em.createQuery("select p from Payment p where p.sourceId = :s" + (status == null ? "" : " and p.status = :t")
                + (contactReportId == null ? "" : " and p.contactReportId = :c") + " order by p.seq desc", Payment.class)
                .setParameter("s", sourceId);
        if (status != null) {
            q.setParameter("t", status.name());
        }
        if (contactReportId != null) {
            q.setParameter("c", contactReportId);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many payments the source has, of one status or of every status ({@code null}), at one contact report version or any. */
    public long countPayments(String sourceId, PaymentStatus status, String contactReportId) {
        var q = em.createQuery("select count(p) from Payment p where p.sourceId = :s" + (status == null ? "" : " and p.status = :t")
                + (contactReportId == null ? "" : " and p.contactReportId = :c"), Long.class).setParameter("s", sourceId);
        if (status != null) {
            q.setParameter("t", status.name());
        }
        if (contactReportId != null) {
            q.setParameter("c", contactReportId);
        }
        return q.getSingleResult();
    }

    /** The PAYMENT ledger entries of these payments (a reversal is not one). */
    public List<LedgerEntry> paymentEntriesOf(Collection<String> paymentIds) {
        return paymentIds.isEmpty() ? List.of() : em.createQuery("select e from LedgerEntry e where e.paymentId in :p "
                + "and e.entryKind = 'PAYMENT'", LedgerEntry.class).setParameter("p", paymentIds).getResultList();
    }

    /**
     * Payments awaiting a step {@code viewer} may approve, in request order, and how many there are:
     * counted up to {@link #COUNT_CAP}, past which {@code atLeast} says "this many or more".
     */
    public record AwaitingPage(List<Payment> payments, long total, boolean atLeast) {
    }

    /**
     * How far the pending payments are counted: counting stops here, so that the dashboard's cost
     * does not grow with the number pending (counting 14,000 took 40 ms of a 50 ms dashboard).
     */
    public static final int COUNT_CAP = 1000;

    /**
     * The payments awaiting a step the viewer may approve (one of {@code tiers}, not yet decided),
     * that they did not request and have not decided, on files whose label they dominate and that
     * are not destroyed: {@code limit} of them from the {@code offset}-th in request order and their count
     * (up to {@link #COUNT_CAP}), each found in SQL (two statements, and one more for the page's payments), so that the dashboard costs
     * the same with ten or ten thousand payments pending (docs/performance.md, "Statements per
     * request"). The steps are kept as the tiers' names joined by commas, step n the n-th.
     */
    @SuppressWarnings("unchecked")
    public AwaitingPage awaiting(Viewer viewer, java.util.Set<ApprovalTier> tiers, int offset, int limit) {
        if (tiers.isEmpty() || viewer.compartments().isEmpty()) {
            return new AwaitingPage(List.of(), 0, false);
        }
        String compartments = String.join(",", viewer.compartments().stream().map(c -> "?").toList());
        String mine = String.join(",", tiers.stream().map(t -> "?").toList());
        String where = "from payment p join source s on s.id = p.source_id "
                + "where p.status = 'REQUESTED' and p.requested_by <> ? "
                + "and s.destroyed_at is null and s.classification_level <= ? and s.compartment_code in (" + compartments + ") "
                + "and not exists (select 1 from payment_decision d where d.payment_id = p.id and d.decided_by = ?) "
                + "and exists (select 1 from (select 1 n union all select 2 union all select 3 union all select 4 "
                + "union all select 5 union all select 6 union all select 7 union all select 8) k "
                + "where k.n <= 1 + length(p.steps) - length(replace(p.steps, ',', '')) "
                + "and substring_index(substring_index(p.steps, ',', k.n), ',', -1) in (" + mine + ") "
                + "and not exists (select 1 from payment_decision e where e.payment_id = p.id and e.step = k.n))";
        var count = em.createNativeQuery("select count(*) from (select 1 " + where + " limit ?) counted");
        var page = em.createNativeQuery("select p.id " + where + " order by p.seq limit ? offset ?");
        for (var q : List.of(count, page)) {
            int i = 1;
            q.setParameter(i++, viewer.userId());
            q.setParameter(i++, viewer.clearanceLevel());
            for (String c : viewer.compartments()) {
                q.setParameter(i++, c);
            }
            q.setParameter(i++, viewer.userId());
            for (ApprovalTier t : tiers) {
                q.setParameter(i++, t.name());
            }
            if (q == page) {
                q.setParameter(i++, limit);
                q.setParameter(i, offset);
            } else {
                q.setParameter(i, COUNT_CAP + 1);
            }
        }
        long counted = ((Number) count.getSingleResult()).longValue();
        boolean atLeast = counted > COUNT_CAP;
        long total = Math.min(counted, COUNT_CAP);
        List<String> ids = ((List<Object>) page.getResultList()).stream().map(String::valueOf).toList();
        if (ids.isEmpty()) {
            return new AwaitingPage(List.of(), total, atLeast);
        }
        List<Payment> payments = em.createQuery("select p from Payment p where p.id in :ids order by p.seq", Payment.class)
                .setParameter("ids", ids).getResultList();
        return new AwaitingPage(payments, total, atLeast);
    }

    /** The decisions of these payments, by payment id, in one query (for lists). */
    public java.util.Map<String, List<PaymentDecision>> decisionsOfPayments(java.util.Collection<String> paymentIds) {
        if (paymentIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select d from PaymentDecision d where d.paymentId in :ids order by d.step", PaymentDecision.class)
                .setParameter("ids", paymentIds).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(PaymentDecision::paymentId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    public List<PaymentDecision> decisions(String paymentId, boolean locking) {
        var q = em.createQuery("select d from PaymentDecision d where d.paymentId = :p order by d.step",
                PaymentDecision.class).setParameter("p", paymentId);
        if (locking) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultList();
    }

    /** The decisions on these payments, by payment, each in step order: one statement for a list page. */
    public Map<String, List<PaymentDecision>> decisionsOf(Collection<String> paymentIds) {
        return paymentIds.isEmpty() ? Map.of() : em.createQuery("select d from PaymentDecision d where d.paymentId in :p "
                        + "order by d.step", PaymentDecision.class).setParameter("p", List.copyOf(paymentIds)).getResultStream()
                .collect(Collectors.groupingBy(PaymentDecision::paymentId, Collectors.toList()));
    }

    /** The sub-source items of these payments, by payment, each in order: one statement for a list page. */
    public Map<String, List<PaymentItem>> itemsOf(Collection<String> paymentIds) {
        return paymentIds.isEmpty() ? Map.of() : em.createQuery("select i from PaymentItem i where i.paymentId in :p "
                        + "order by i.position", PaymentItem.class).setParameter("p", List.copyOf(paymentIds)).getResultStream()
                .collect(Collectors.groupingBy(PaymentItem::paymentId, Collectors.toList()));
    }

    /** The receipts of these payments, by payment: one statement for a list page. */
    public Map<String, PaymentReceipt> receiptsOf(Collection<String> paymentIds) {
        return paymentIds.isEmpty() ? Map.of() : em.createQuery("select r from PaymentReceipt r where r.paymentId in :p",
                        PaymentReceipt.class).setParameter("p", List.copyOf(paymentIds)).getResultStream()
                .collect(Collectors.toMap(PaymentReceipt::paymentId, r -> r, (a, b) -> a));
    }

    public Optional<PaymentReceipt> receipt(String paymentId) {
        return em.createQuery("select r from PaymentReceipt r where r.paymentId = :p", PaymentReceipt.class)
                .setParameter("p", paymentId).getResultStream().findFirst();
    }

    /** How many entries the source's ledger holds (its running totals' count). */
    public long ledgerSize(String sourceId) {
        Object n = em.createNativeQuery("select coalesce(sum(entries), 0) from payment_ledger_month where source_id = ?")
                .setParameter(1, sourceId).getSingleResult();
        return ((Number) n).longValue();
    }

    /** A page of the source's ledger, oldest first: {@code limit} entries from the {@code offset}-th. */
    public List<LedgerEntry> ledger(String sourceId, int offset, int limit) {
        return em.createQuery("select e from LedgerEntry e where e.sourceId = :s order by e.seq", LedgerEntry.class)
                .setParameter("s", sourceId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The hash of the source's entry just before {@code seq} (the genesis for its first entry): where a page's chain starts. */
    public String hashBefore(String sourceId, long seq) {
        return first(em.createNativeQuery("select entry_hash from payment_ledger where source_id = ? and seq < ? "
                + "order by seq desc limit 1").setParameter(1, sourceId).setParameter(2, seq)).orElse(LedgerChain.GENESIS);
    }

    /** Which of these entries were reversed, and by which entry: entry id to its reversal's id. */
    @SuppressWarnings("unchecked")
    public Map<String, String> reversalsOf(Collection<String> entryIds) {
        Map<String, String> reversedBy = new java.util.HashMap<>();
        for (List<String> part : InLists.nativeChunks(entryIds)) {
            var q = em.createNativeQuery("select reverses_id, id from payment_ledger where reverses_id in (" + InLists.marks(part.size()) + ")");
            for (int i = 0; i < part.size(); i++) {
                q.setParameter(i + 1, part.get(i));
            }
            for (Object[] row : (List<Object[]>) q.getResultList()) {
                reversedBy.put((String) row[0], (String) row[1]);
            }
        }
        return reversedBy;
    }

    /** One month's net sum of a source's ledger for one case reference ({@code null}: none) and currency. */
    public record LedgerMonth(YearMonth month, String caseReference, String currency, BigDecimal amount) {
    }

    /** The source's ledger as running totals, oldest month first. */
    @SuppressWarnings("unchecked")
    public List<LedgerMonth> ledgerMonths(String sourceId) {
        List<Object[]> rows = em.createNativeQuery("select paid_month, case_reference, currency, amount from payment_ledger_month "
                + "where source_id = ? order by paid_month, case_reference, currency").setParameter(1, sourceId).getResultList();
        return rows.stream().map(r -> new LedgerMonth(YearMonth.from(((java.sql.Date) r[0]).toLocalDate()),
                ((String) r[1]).isEmpty() ? null : (String) r[1], (String) r[2], (BigDecimal) r[3])).toList();
    }

    /**
     * Counts a new ledger entry in its file's running totals ({@code payment_ledger_month}), in the
     * caller's transaction, which holds the file's row: every writer of a file's totals holds it, so
     * the upsert never waits on another file's. The file's lifetime total on its row moves with it,
     * where the register sorts by it ({@link SourceStore#addPaid}); and a payment that may have been
     * made while its file was not active is kept for the compliance dashboard ({@link InactivePayments}).
     */
    public void tally(LedgerEntry e) {
        em.createNativeQuery("insert into payment_ledger_month (source_id, paid_month, case_reference, currency, amount, entries) "
                        + "values (?, ?, ?, ?, ?, 1) on duplicate key update amount = amount + values(amount), entries = entries + 1")
                .setParameter(1, e.sourceId()).setParameter(2, java.sql.Date.valueOf(e.paidOn().withDayOfMonth(1)))
                .setParameter(3, e.caseReference() == null ? "" : e.caseReference()).setParameter(4, e.currency())
                .setParameter(5, e.amount()).executeUpdate();
        sources.addPaid(e.sourceId(), e.amount(), e.paidOn().getYear());
        inactive.appended(e);
    }

    /** A page of ledger entries and how many there are, up to {@link VisiblePages#COUNT_CAP} ({@code atLeast}: that many or more). */
    public record EntryPage(List<LedgerEntry> entries, long total, boolean atLeast) {
    }

    /**
     * The PAYMENT entries of the files the viewer may see paid on a day the file was not ACTIVE for
     * all of it (before the day it was registered, or its status at the day's start, UTC, not
     * ACTIVE, or a change to another status during the day: {@link PaymentRules#paidWhileInactive}
     * in SQL), in ledger order: a page found and counted in SQL (docs/performance.md, "Statements
     * per request"). Days are UTC whatever the session's time zone: every instant is compared as
     * seconds since the epoch.
     * <p>
     * The rule is tested only on the entries that may satisfy it, kept as they become so
     * ({@link InactivePayments}, V064): those paid up to the day after the file's registration, and
     * those paid from the day before a change to a status other than ACTIVE to the day after the
     * earliest change recorded after it (or later, while there is none). Each bound is a day wider
     * than the rule needs, whatever the session's time zone. So neither the page nor its count
     * reads the files, their changes or the entries paid while a file was active (docs/performance.md,
     * "Payments made while a file was not active").
     */
    public EntryPage paidWhileInactive(Viewer viewer, int offset, int limit) {
        String dayStart = "timestampdiff(second, '1970-01-01 00:00:00', l.paid_on)";
        // the candidates kept as they become so (InactivePayments), read first (straight_join) in their own seq order
        String candidates = "(select c.entry_id id, c.seq from payment_inactive_candidate c)";
        VisiblePages.Ids page = VisiblePages.page(em, "l.id", "from " + candidates + " m straight_join payment_ledger l on l.id = m.id "
                + "join source s on s.id = l.source_id "
                + "where l.entry_kind = 'PAYMENT' and (unix_timestamp(s.registered_at) >= " + dayStart + " + 86400 "
                + "or coalesce((select c.status from source_status_change c where c.source_id = l.source_id "
                + "and unix_timestamp(c.changed_at) <= " + dayStart + " order by c.seq desc limit 1), 'ACTIVE') <> 'ACTIVE' "
                + "or exists (select 1 from source_status_change c where c.source_id = l.source_id and c.status <> 'ACTIVE' "
                + "and unix_timestamp(c.changed_at) > " + dayStart + " and unix_timestamp(c.changed_at) < " + dayStart
                + " + 86400)) and ", List.of(), "m.seq", viewer, offset, limit);
        return new EntryPage(VisiblePages.rows(em, LedgerEntry.class, page, LedgerEntry::id), page.total(), page.atLeast());
    }

    public LedgerEntry entry(String entryId, boolean locking) {
        return locking ? em.find(LedgerEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE) : em.find(LedgerEntry.class, entryId);
    }

    /** The entries of one payment, by a locking read. */
    public List<LedgerEntry> entriesOf(String paymentId) {
        return em.createQuery("select e from LedgerEntry e where e.paymentId = :p order by e.seq", LedgerEntry.class)
                .setParameter("p", paymentId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The hash of the source's last ledger entry (locking read), or the genesis. */
    public String chainHead(String sourceId) {
        return first(em.createNativeQuery("select entry_hash from payment_ledger where source_id = ? order by seq desc limit 1 for update")
                .setParameter(1, sourceId)).orElse(LedgerChain.GENESIS);
    }

    /** A source's exposure: requested, approved and paid payments (not rejected or reversed). */
    public record Exposure(BigDecimal year, BigDecimal lifetime) {
    }

    /**
     * The source's exposure: this calendar year (by the payment day of paid payments, the request day
     * of the others) and in the source's lifetime, from its running totals (one row a year), by a
     * locking read: the caller holds the source's row, under which every change of the totals is
     * made ({@link #expose}), and made this year's row exist first ({@link #ensureYear}).
     */
    public Exposure exposure(String sourceId, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select exposure_year, amount from payment_exposure where source_id = ? "
                        + "for update").setParameter(1, sourceId).getResultList();
        BigDecimal inYear = BigDecimal.ZERO;
        BigDecimal lifetime = BigDecimal.ZERO;
        for (Object[] r : rows) {
            BigDecimal amount = (BigDecimal) r[1];
            lifetime = lifetime.add(amount);
            if (((Number) r[0]).intValue() == year) {
                inYear = inYear.add(amount);
            }
        }
        return new Exposure(inYear, lifetime);
    }

    /**
     * Moves the source's running exposure in {@code year} by {@code delta}, in the caller's
     * transaction, which holds the source's row: a payment requested (+ in its request year),
     * rejected (- there), paid (moved to the year of its payment day) or reversed (- there).
     */
    public void expose(String sourceId, int year, BigDecimal delta) {
        int updated = em.createNativeQuery("update payment_exposure set amount = amount + ? where source_id = ? and exposure_year = ?")
                .setParameter(1, delta).setParameter(2, sourceId).setParameter(3, year).executeUpdate();
        if (updated == 0) {
            // the file's row lock keeps any other writer of this file's totals out: no one else inserts it
            em.createNativeQuery("insert into payment_exposure (source_id, exposure_year, amount) values (?, ?, ?)")
                    .setParameter(1, sourceId).setParameter(2, year).setParameter(3, delta).executeUpdate();
        }
    }

    /**
     * Makes the source's running total for {@code year} exist (at 0 when new), so that a later
     * update or locking read of it locks that row, not the gap where it would go: an update or a
     * locking read of a year with no row held the gap, and two files' first payments of a year,
     * each holding the gap the other inserts into, deadlocked. In the caller's transaction, which
     * holds the source's row.
     */
    public void ensureYear(String sourceId, int year) {
        em.createNativeQuery("insert ignore into payment_exposure (source_id, exposure_year, amount) values (?, ?, 0)")
                .setParameter(1, sourceId).setParameter(2, year).executeUpdate();
    }

    /** The year of an instant as exposure counts it (UTC). */
    public static int year(Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear();
    }

    /**
     * Ledger sums over the files the viewer may see (the same predicate as the source register):
     * rows of (source id, year, case reference, currency, sum).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> visibleSums(Viewer viewer) {
        if (viewer.compartments().isEmpty()) {
            return List.of();
        }
        String in = String.join(",", viewer.compartments().stream().map(c -> "?").toList());
        var q = em.createNativeQuery("select l.source_id, year(l.paid_month), nullif(l.case_reference, ''), l.currency, "
                + "sum(l.amount) from payment_ledger_month l join source s on s.id = l.source_id "
                + "where s.destroyed_at is null and s.classification_level <= ? and s.compartment_code in (" + in + ") "
                + "group by l.source_id, year(l.paid_month), l.case_reference, l.currency");
        q.setParameter(1, viewer.clearanceLevel());
        int i = 2;
        for (String c : viewer.compartments()) {
            q.setParameter(i++, c);
        }
        return q.getResultList();
    }

    public Optional<User> user(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(em.find(User.class, userId));
    }

    public String username(String userId) {
        return user(userId).map(User::username).orElse(null);
    }

    public Optional<User> byUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username == null ? "" : username.strip())
                .getResultStream().filter(User::enabled).findFirst();
    }

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }
}
