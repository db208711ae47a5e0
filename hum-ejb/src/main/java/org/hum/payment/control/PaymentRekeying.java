package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.payment.entity.LedgerEntry;
import org.hum.payment.entity.Payment;
import org.hum.payment.entity.PaymentDecision;
import org.hum.payment.entity.PaymentItem;
import org.hum.payment.entity.PaymentReceipt;
import org.hum.source.control.FileRekeying;

/**
 * A file's payment texts, receipts and ledger reasons follow its data key ({@link FileRekeying}).
 * Only the ciphertext columns and their key version change (the account's grants allow nothing
 * else): the receipt's bytes stay as written, and the ledger's hash chain (over plain columns) is untouched.
 */
@ApplicationScoped
public class PaymentRekeying {
    @Inject
    FileRekeying rekeying;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (Payment p : em.createQuery("select p from Payment p where p.sourceId = :s", Payment.class)
                    .setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(p.dekVersion())) {
                    p.protectedPurpose(file.version(), file.move(Payment.ENTITY, Payment.PURPOSE, p.id(), p.purpose()));
                }
                for (PaymentItem i : em.createQuery("select i from PaymentItem i where i.paymentId = :p", PaymentItem.class)
                        .setParameter("p", p.id()).getResultList()) {
                    if (file.due(i.dekVersion())) {
                        i.protectedDescription(file.version(), file.move(PaymentItem.ENTITY, PaymentItem.DESCRIPTION, i.id(),
                                i.description()));
                    }
                }
                for (PaymentDecision d : em.createQuery("select d from PaymentDecision d where d.paymentId = :p",
                        PaymentDecision.class).setParameter("p", p.id()).getResultList()) {
                    if (file.due(d.dekVersion())) {
                        d.protectedReason(file.version(), file.move(PaymentDecision.ENTITY, PaymentDecision.REASON, d.id(),
                                d.reason()));
                    }
                }
                for (PaymentReceipt r : em.createQuery("select r from PaymentReceipt r where r.paymentId = :p",
                        PaymentReceipt.class).setParameter("p", p.id()).getResultList()) {
                    if (file.due(r.dekVersion())) {
                        r.protectedContent(file.version(), file.move(PaymentReceipt.ENTITY, PaymentReceipt.CONTENT, r.id(),
                                r.content()));
                    }
                }
            }
            for (LedgerEntry e : em.createQuery("select e from LedgerEntry e where e.sourceId = :s", LedgerEntry.class)
                    .setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(e.dekVersion())) {
                    e.protectedReason(file.version(), file.move(LedgerEntry.ENTITY, LedgerEntry.REASON, e.id(), e.reason()));
                }
            }
            em.flush();
        });
    }
}
