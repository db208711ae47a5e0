package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.contact.control.PaymentRegister;
import org.hum.payment.entity.Payment;

import java.math.BigDecimal;
import java.util.List;

/** The {@link PaymentRegister} the other features read: the payments resting on a contact report. */
@ApplicationScoped
public class PaymentRegistry implements PaymentRegister {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Override
    public java.util.Map<String, List<PaymentFact>> atContacts(java.util.Collection<String> contactReportIds) {
        java.util.Map<String, List<PaymentFact>> out = new java.util.HashMap<>();
        if (contactReportIds.isEmpty()) {
            return out;
        }
        em.createQuery("select p from Payment p where p.contactReportId in :ids order by p.seq", Payment.class)
                .setParameter("ids", contactReportIds).getResultStream()
                .forEach(p -> out.computeIfAbsent(p.contactReportId(), k -> new java.util.ArrayList<>()).add(new PaymentFact(p.id(),
                        p.sourceId(), p.amount(), p.currency(), p.kind(), p.status().name())));
        return out;
    }

    @Override
    public List<PaymentFact> atContact(String contactReportId) {
        if (contactReportId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        var rows = (List<Object[]>) em.createNativeQuery("select id, source_id, amount, currency, kind, status "
                        + "from payment where contact_report_id = ? order by seq")
                .setParameter(1, contactReportId).getResultList();
        return rows.stream().map(r -> new PaymentFact((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3],
                (String) r[4], (String) r[5])).toList();
    }
}
