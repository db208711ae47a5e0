package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.crypto.control.DataKey;
import org.hum.keys.control.DataKeyRotated;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.payment.entity.PaymentReceipt;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

/**
 * When a source file moves to a new version of its data key, its payments' texts and receipts
 * move with it, in the rotation's transaction. Only the ciphertext columns and their key version
 * change (the grants of V020 allow nothing else): what they say, the receipt's bytes included,
 * stays as written, and the ledger's hash chain (over plain columns) is untouched.
 */
@ApplicationScoped
public class PaymentRekeying {
    @Inject
    SourceStore sources;

    @Inject
    PaymentTexts texts;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    void rekey(@Observes DataKeyRotated rotated) {
        Source source = sources.unrestricted(rotated.sourceId()).orElse(null);
        if (source == null) {
            return;
        }
        DataKey next = rotated.next();
        int done = 0;
        for (Payment p : em.createQuery("select p from Payment p where p.sourceId = :s", Payment.class)
                .setParameter("s", source.id()).getResultList()) {
            if (p.dekVersion() != next.version()) {
                p.protectedPurpose(next.version(), texts.reencrypt(source, p.dekVersion(), next, Payment.ENTITY,
                        Payment.PURPOSE, p.id(), p.purpose()));
                done++;
            }
            for (PaymentItem i : em.createQuery("select i from PaymentItem i where i.paymentId = :p", PaymentItem.class)
                    .setParameter("p", p.id()).getResultList()) {
                if (i.dekVersion() != next.version()) {
                    i.protectedDescription(next.version(), texts.reencrypt(source, i.dekVersion(), next, PaymentItem.ENTITY,
                            PaymentItem.DESCRIPTION, i.id(), i.description()));
                    done++;
                }
            }
            for (PaymentDecision d : em.createQuery("select d from PaymentDecision d where d.paymentId = :p",
                    PaymentDecision.class).setParameter("p", p.id()).getResultList()) {
                if (d.dekVersion() != next.version()) {
                    done += d.reason() == null ? 0 : 1;
                    d.protectedReason(next.version(), texts.reencrypt(source, d.dekVersion(), next, PaymentDecision.ENTITY,
                            PaymentDecision.REASON, d.id(), d.reason()));
                }
            }
            for (PaymentReceipt r : em.createQuery("select r from PaymentReceipt r where r.paymentId = :p",
                    PaymentReceipt.class).setParameter("p", p.id()).getResultList()) {
                if (r.dekVersion() != next.version()) {
                    r.protectedContent(next.version(), texts.reencrypt(source, r.dekVersion(), next, PaymentReceipt.ENTITY,
                            PaymentReceipt.CONTENT, r.id(), r.content()));
                    done++;
                }
            }
        }
        for (LedgerEntry e : em.createQuery("select e from LedgerEntry e where e.sourceId = :s", LedgerEntry.class)
                .setParameter("s", source.id()).getResultList()) {
            if (e.dekVersion() != next.version()) {
                done += e.reason() == null ? 0 : 1;
                e.protectedReason(next.version(), texts.reencrypt(source, e.dekVersion(), next, LedgerEntry.ENTITY,
                        LedgerEntry.REASON, e.id(), e.reason()));
            }
        }
        em.flush();
        rotated.reencrypted(done);
    }
}
