package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.payment.entity.LedgerEntry;
import org.hum.rules.control.SourceDeactivated;

import java.time.ZoneOffset;

/**
 * The payments that may have been made on a day their file was not active for all of it
 * ({@code payment_inactive_candidate}, V064), kept as they become so, in the transaction that makes
 * them so: the compliance dashboard's list ({@link PaymentRecords#paidWhileInactive}) tests the rule
 * on these alone, so that its cost does not grow with the files, their changes or the ledger
 * (docs/performance.md, "Payments made while a file was not active"). A superset of the entries
 * the rule finds: an entry's day and its file's registration never change, and a file's history
 * only grows, so an entry can come to satisfy the rule only through a later change of status to
 * one other than ACTIVE, which marks the file's entries from the day before it on.
 */
@ApplicationScoped
public class InactivePayments {
    /** The bounds of the candidates a file's change to another status than ACTIVE gives: as the rule's, a day wider. */
    private static final String NEAR_A_CHANGE = "exists (select 1 from source_status_change c where c.source_id = r.source_id "
            + "and c.status <> 'ACTIVE' and r.paid_on >= date(c.changed_at) - interval 1 day "
            + "and r.paid_on <= greatest(date(c.changed_at), coalesce(date((select min(n.changed_at) from source_status_change n "
            + "where n.source_id = c.source_id and n.seq > c.seq)), date '9999-12-30')) + interval 1 day)";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /**
     * A new ledger entry, written (flushed) in the caller's transaction: a PAYMENT paid up to the
     * day after its file's registration, or near a change of its file to a status other than ACTIVE
     * (from the day before the change to the day after the change recorded after it), is kept.
     */
    public void appended(LedgerEntry e) {
        if (!LedgerEntry.PAYMENT.equals(e.entryKind())) {
            return;
        }
        em.flush();
        em.createNativeQuery("insert into payment_inactive_candidate (entry_id, seq, source_id) "
                        + "select r.id, r.seq, r.source_id from payment_ledger r join source f on f.id = r.source_id "
                        + "where r.id = ? and (r.paid_on <= date(f.registered_at) + interval 1 day or " + NEAR_A_CHANGE + ")")
                .setParameter(1, e.id()).executeUpdate();
    }

    /**
     * A file deactivated (or closed for cause), in the deactivating transaction: its PAYMENT
     * entries paid from the day before the change on are kept, those kept already left as they are.
     */
    public void onDeactivation(@Observes SourceDeactivated event) {
        em.flush();
        em.createNativeQuery("insert into payment_inactive_candidate (entry_id, seq, source_id) "
                        + "select r.id, r.seq, r.source_id from payment_ledger r where r.source_id = ? and r.entry_kind = 'PAYMENT' "
                        + "and r.paid_on >= ? and not exists (select 1 from payment_inactive_candidate x where x.entry_id = r.id)")
                .setParameter(1, event.sourceId())
                .setParameter(2, java.sql.Date.valueOf(event.at().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1)))
                .executeUpdate();
    }
}
