package org.hum.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hum.config.control.InLists;
import org.hum.contact.control.PaymentRegister;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@link PaymentRegister} the other features read: the payments resting on a contact report. */
@ApplicationScoped
public class PaymentRegistry implements PaymentRegister {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /**
     * A statement a chunk of versions, a union of one bounded read a version on
     * {@code ix_payment_contact (contact_report_id, seq)}: its first {@value #SHOWN} payments. A
     * version that shows fewer holds just those; only the versions that show {@value #SHOWN} are
     * counted, by a second statement, each count stopped at {@value #COUNTED}. Neither reads more
     * index entries when a version holds more payments (docs/performance.md, "Payments at a
     * contact").
     */
    @Override
    public AtContacts atContacts(Collection<String> contactReportIds) {
        if (contactReportIds.isEmpty()) {
            return AtContacts.NONE;
        }
        Map<String, List<PaymentFact>> shown = new HashMap<>();
        for (List<String> chunk : InLists.nativeChunks(contactReportIds.stream().distinct().toList())) {
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                first.append(i == 0 ? "" : " union all ").append("(select id, source_id, amount, currency, kind, status, "
                        + "contact_report_id, seq from payment where contact_report_id = ? order by seq limit " + SHOWN + ")");
            }
            Query rows = em.createNativeQuery(first + " order by contact_report_id, seq");
            for (int i = 0; i < chunk.size(); i++) {
                rows.setParameter(i + 1, chunk.get(i));
            }
            for (Object o : rows.getResultList()) {
                Object[] r = (Object[]) o;
                shown.computeIfAbsent((String) r[6], k -> new ArrayList<>()).add(new PaymentFact((String) r[0], (String) r[1],
                        (BigDecimal) r[2], (String) r[3], (String) r[4], (String) r[5]));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        List<String> full = new ArrayList<>();
        shown.forEach((version, facts) -> {
            if (facts.size() < SHOWN) {
                counts.put(version, facts.size());
            } else {
                full.add(version);
            }
        });
        for (List<String> chunk : InLists.nativeChunks(full)) {
            StringBuilder counted = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                counted.append(i == 0 ? "" : " union all ").append("select ?, (select count(*) from (select 1 from payment "
                        + "where contact_report_id = ? limit " + COUNTED + ") n)");
            }
            Query numbers = em.createNativeQuery(counted.toString());
            for (int i = 0; i < chunk.size(); i++) {
                numbers.setParameter(2 * i + 1, chunk.get(i)).setParameter(2 * i + 2, chunk.get(i));
            }
            for (Object o : numbers.getResultList()) {
                Object[] r = (Object[]) o;
                counts.put((String) r[0], ((Number) r[1]).intValue());
            }
        }
        return new AtContacts(shown, counts);
    }
}
