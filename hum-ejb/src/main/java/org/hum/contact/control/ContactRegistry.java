package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@link ContactRegister} the other features read: a contact report's source, time and state, by id. */
@ApplicationScoped
public class ContactRegistry implements ContactRegister {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Override
    public Optional<ContactFact> contact(String contactReportId) {
        if (contactReportId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select id, source_id, occurred_at, submitted from contact_report where id = ?")
                .setParameter(1, contactReportId).getResultList();
        return rows.stream().findFirst().map(r -> new ContactFact((String) r[0], (String) r[1], instant(r[2]),
                truthy(r[3])));
    }

    @Override
    public java.util.List<ContactFact> submittedOf(String sourceId) {
        if (sourceId == null) {
            return java.util.List.of();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("select id, source_id, occurred_at, submitted "
                        + "from contact_report where source_id = ? and submitted and version = 1 order by occurred_at desc, seq desc")
                .setParameter(1, sourceId).getResultList();
        return rows.stream().map(r -> new ContactFact((String) r[0], (String) r[1], instant(r[2]), truthy(r[3]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? Timestamp.valueOf(l).toInstant() : (Instant) value;
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
