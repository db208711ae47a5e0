package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.Viewer;
import org.hum.contact.entity.ContactAttendee;
import org.hum.contact.entity.ContactDraft;
import org.hum.contact.entity.ContactItem;
import org.hum.contact.entity.ContactReport;
import org.hum.contact.entity.RiskEntry;
import org.hum.contact.entity.WelfareAlert;
import org.hum.source.control.VisiblePages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contact feature's rows: report versions and what hangs on them, drafts, the risk
 * assessment and the welfare alerts. No access checks here: the boundaries resolve the source
 * file for their caller first.
 */
@ApplicationScoped
public class ContactRecords {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void add(Object row) {
        em.persist(row);
    }

    public void flush() {
        em.flush();
    }

    public Optional<ContactReport> version(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ContactReport.class, id));
    }

    /** Every version of the source's reports, oldest first. */
    public List<ContactReport> versionsOfSource(String sourceId) {
        return em.createQuery("select c from ContactReport c where c.sourceId = :s and c.submitted = true order by c.seq",
                ContactReport.class).setParameter("s", sourceId).getResultList();
    }

    /**
     * A page of the source's reports, latest contact first (by the current version's contact time):
     * their report ids, found and ordered in SQL so that a page costs the same however long the
     * file's history (docs/performance.md, "Reads once per request, not once per use").
     */
    @SuppressWarnings("unchecked")
    public List<String> reportPage(String sourceId, int from, int size) {
        return ((List<Object>) em.createNativeQuery("select c.report_id from contact_report c where c.source_id = ? "
                        + "and c.submitted = true and c.version = (select max(v.version) from contact_report v "
                        + "where v.report_id = c.report_id and v.submitted = true) "
                        + "order by c.occurred_at desc, c.report_id limit ? offset ?")
                .setParameter(1, sourceId).setParameter(2, size).setParameter(3, from).getResultList())
                .stream().map(String::valueOf).toList();
    }

    /** How many reports the source has (each counted once, however many versions). */
    public long reportCount(String sourceId) {
        return ((Number) em.createNativeQuery("select count(distinct report_id) from contact_report "
                + "where source_id = ? and submitted = true").setParameter(1, sourceId).getSingleResult()).longValue();
    }

    /** The versions of these reports, in the order written. */
    public List<ContactReport> versionsOfReports(java.util.Collection<String> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContactReport c where c.reportId in :ids and c.submitted = true order by c.seq",
                ContactReport.class).setParameter("ids", reportIds).getResultList();
    }

    public List<ContactAttendee> attendeesOf(java.util.Collection<String> contactIds) {
        return contactIds.isEmpty() ? List.of() : em.createQuery("select a from ContactAttendee a where a.contactId in :ids",
                ContactAttendee.class).setParameter("ids", contactIds).getResultList();
    }

    public List<ContactItem> itemsOf(java.util.Collection<String> contactIds) {
        return contactIds.isEmpty() ? List.of() : em.createQuery("select i from ContactItem i where i.contactId in :ids",
                ContactItem.class).setParameter("ids", contactIds).getResultList();
    }

    /** The versions of one report, first to latest. */
    public List<ContactReport> versionsOfReport(String reportId) {
        return em.createQuery("select c from ContactReport c where (c.reportId = :r or c.id = :r) and c.submitted = true "
                        + "order by c.version, c.seq", ContactReport.class).setParameter("r", reportId).getResultList();
    }

    /**
     * As {@link #versionsOfReport}, read with a lock: under the file's lock, this sees a
     * correction that committed after this transaction's first read (the next version is computed from it).
     */
    public List<ContactReport> versionsOfReportLocked(String reportId) {
        return em.createQuery("select c from ContactReport c where (c.reportId = :r or c.id = :r) and c.submitted = true "
                        + "order by c.version, c.seq", ContactReport.class).setParameter("r", reportId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * The current version of each report of these files (a file's contact state recomputed after a
     * correction), as the five columns the due dates rest on: no text, no ciphertext, no entity built.
     */
    public List<ContactRules.Contact> currentContacts(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        return current(em.createQuery("select c.id, c.reportId, c.sourceId, c.version, c.occurredAt, c.nextContactAt "
                        + "from ContactReport c where c.submitted = true and c.sourceId in :ids order by c.seq", Object[].class)
                .setParameter("ids", sourceIds).getResultList());
    }

    private static List<ContactRules.Contact> current(List<Object[]> rows) {
        Map<String, Object[]> latest = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String reportId = r[1] == null ? (String) r[0] : (String) r[1]; // a first version is its own report
            latest.merge(reportId, r, (a, b) -> ((Number) b[3]).intValue() > ((Number) a[3]).intValue() ? b : a);
        }
        List<ContactRules.Contact> out = new ArrayList<>(latest.size());
        latest.forEach((reportId, r) -> out.add(new ContactRules.Contact((String) r[0], reportId, (String) r[2],
                (Instant) r[4], (Instant) r[5])));
        return out;
    }

    /**
     * The version recorded by this user under this key. A plain read, not a locking one: a locking
     * read of a key not yet there takes a gap lock on (recorded_by, idempotency_key), and two
     * submissions by one officer, each holding the gap and inserting into it, deadlocked. A
     * submission this read cannot see yet is caught by the unique key at the insert instead
     * ({@link SubmissionRaced}), and answered from a new transaction.
     */
    public Optional<ContactReport> byIdempotencyKey(String userId, String key) {
        return em.createQuery("select c from ContactReport c where c.recordedBy = :u and c.idempotencyKey = :k",
                        ContactReport.class).setParameter("u", userId).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** The current version of each report: the latest of its chain. */
    public static List<ContactReport> current(Collection<ContactReport> versions) {
        Map<String, ContactReport> latest = new LinkedHashMap<>();
        for (ContactReport v : versions) {
            latest.merge(v.reportId(), v, (a, b) -> b.version() > a.version() ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    /** Versions grouped by report, each list first to latest, reports in the order of their first version. */
    public static Map<String, List<ContactReport>> byReport(Collection<ContactReport> versions) {
        Map<String, List<ContactReport>> out = new LinkedHashMap<>();
        versions.stream().sorted(Comparator.comparing(ContactReport::seq, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(v -> out.computeIfAbsent(v.reportId(), k -> new ArrayList<>()).add(v));
        out.values().forEach(l -> l.sort(Comparator.comparingInt(ContactReport::version)));
        return out;
    }

    public List<ContactAttendee> attendees(String contactId) {
        return em.createQuery("select a from ContactAttendee a where a.contactId = :c order by a.position",
                ContactAttendee.class).setParameter("c", contactId).getResultList();
    }

    public List<ContactItem> items(String contactId) {
        return em.createQuery("select i from ContactItem i where i.contactId = :c order by i.position", ContactItem.class)
                .setParameter("c", contactId).getResultList();
    }

    public List<ContactAttendee> attendeesOfSource(String sourceId) {
        return em.createQuery("select a from ContactAttendee a, ContactReport c where a.contactId = c.id and c.sourceId = :s",
                ContactAttendee.class).setParameter("s", sourceId).getResultList();
    }

    public List<ContactItem> itemsOfSource(String sourceId) {
        return em.createQuery("select i from ContactItem i, ContactReport c where i.contactId = c.id and c.sourceId = :s",
                ContactItem.class).setParameter("s", sourceId).getResultList();
    }

    public Optional<ContactDraft> draft(String authorId, String clientId) {
        return em.createQuery("select d from ContactDraft d where d.authorId = :a and d.clientId = :c", ContactDraft.class)
                .setParameter("a", authorId).setParameter("c", clientId).getResultStream().findFirst();
    }

    public List<ContactDraft> draftsOf(String authorId) {
        return em.createQuery("select d from ContactDraft d where d.authorId = :a order by d.updatedAt desc", ContactDraft.class)
                .setParameter("a", authorId).getResultList();
    }

    public List<ContactDraft> draftsOfSource(String sourceId) {
        return em.createQuery("select d from ContactDraft d where d.sourceId = :s", ContactDraft.class)
                .setParameter("s", sourceId).getResultList();
    }

    /** These drafts (those still there), in one statement. */
    public List<ContactDraft> drafts(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select d from ContactDraft d where d.id in :ids", ContactDraft.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    public void remove(ContactDraft draft) {
        em.remove(draft);
    }

    public List<RiskEntry> riskEntries(String sourceId) {
        return em.createQuery("select r from RiskEntry r where r.sourceId = :s order by r.seq", RiskEntry.class)
                .setParameter("s", sourceId).getResultList();
    }

    /** A page of alerts and how many there are, up to {@link VisiblePages#COUNT_CAP} ({@code atLeast}: that many or more). */
    public record AlertPage(List<WelfareAlert> alerts, long total, boolean atLeast) {
    }

    /**
     * The unacknowledged alerts of the files the viewer may see, oldest first: a page found and
     * counted in SQL on {@code ix_welfare_alert_open} (docs/performance.md, "Statements per request").
     */
    public AlertPage openAlertsPage(Viewer viewer, int offset, int limit) {
        VisiblePages.Ids page = VisiblePages.page(em, "a.id", "from welfare_alert a join source s on s.id = a.source_id "
                + "where a.acknowledged_at is null and ", List.of(), "a.seq", viewer, offset, limit);
        return new AlertPage(VisiblePages.rows(em, WelfareAlert.class, page, WelfareAlert::id), page.total(), page.atLeast());
    }

    public Optional<WelfareAlert> alertForUpdate(String id) {
        return Optional.ofNullable(id == null ? null : em.find(WelfareAlert.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<WelfareAlert> alert(String id) {
        return Optional.ofNullable(id == null ? null : em.find(WelfareAlert.class, id));
    }

    /** The id of the user with this username: one column, not the user with their roles and compartments. */
    public Optional<String> userIdByName(String username) {
        return em.createQuery("select u.id from User u where u.username = :username", String.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public String username(Map<String, String> cache, String userId) {
        if (userId == null) {
            return null;
        }
        // one column, not the user with their roles and compartments
        return cache.computeIfAbsent(userId, u -> em.createQuery("select u.username from User u where u.id = :id", String.class)
                .setParameter("id", u).getResultStream().findFirst().orElse("(unknown user)"));
    }
}
