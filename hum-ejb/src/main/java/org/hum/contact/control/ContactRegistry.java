package org.hum.contact.control;

import org.hum.contact.entity.ContactReport;

import org.hum.contact.entity.ContactItem;

import org.hum.source.entity.Source;

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

    @jakarta.inject.Inject
    ContactCipher cipher;

    @Override
    public java.util.List<ItemFact> itemsOf(Source source) {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("select i.id, c.id, c.occurred_at, i.credibility, i.handling, "
                        + "i.dek_version, i.text, c.dek_version, c.place from contact_item i join contact_report c on c.id = i.contact_id "
                        + "where c.source_id = ? and c.submitted and c.version = (select max(c2.version) from contact_report c2 "
                        + "where coalesce(c2.report_id, c2.id) = coalesce(c.report_id, c.id)) "
                        + "order by c.occurred_at desc, c.seq desc, i.position")
                .setParameter(1, source.id()).getResultList();
        return rows.stream().map(r -> new ItemFact((String) r[0], (String) r[1], source.id(), instant(r[2]), (String) r[3],
                (String) r[4], cipher.open(source, ((Number) r[5]).intValue(), ContactItem.ENTITY,
                ContactItem.TEXT, (String) r[0], (byte[]) r[6]),
                cipher.open(source, ((Number) r[7]).intValue(), ContactReport.ENTITY,
                        ContactReport.PLACE, (String) r[1], (byte[]) r[8]))).toList();
    }

    @Override
    public Optional<String> sourceOfItem(String itemId) {
        if (itemId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object>) em.createNativeQuery("select c.source_id from contact_item i join contact_report c "
                + "on c.id = i.contact_id where i.id = ?").setParameter(1, itemId).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

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
    public java.util.List<ContactFact> latestSubmittedOf(String sourceId, int limit) {
        if (sourceId == null) {
            return java.util.List.of();
        }
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("select id, source_id, occurred_at, submitted "
                        + "from contact_report where source_id = ? and submitted and version = 1 order by occurred_at desc, seq desc")
                .setParameter(1, sourceId).setMaxResults(limit).getResultList();
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
