package org.hum.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.reporting.PartnerKind;
import org.hum.reporting.control.ReportStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The partner exchange's tables, in native SQL (sql/V024__partner_exchange.sql). */
@ApplicationScoped
public class PartnerStore {
    /** Each entry takes one millisecond of the clock, so that its objects can take microseconds within it. */
    public static final long ENTRY_STEP_MICROS = 1000;

    private static final String ORG_COLUMNS = "id, name, kind, jurisdiction, ports, contact, collection_id, certificate, "
            + "cert_sha256, cert_not_after, push_url, active, created_at";
    private static final String ENTRY_COLUMNS = "id, partner_org_id, report_id, version_id, version, kind, date_added, reason";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void insertOrg(OrgRow o, String createdBy) {
        em.createNativeQuery("insert into partner_org (id, name, kind, jurisdiction, ports, contact, collection_id, push_url, "
                        + "active, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .setParameter(1, o.id()).setParameter(2, o.name()).setParameter(3, o.kind().name())
                .setParameter(4, o.jurisdiction()).setParameter(5, ports(o.ports())).setParameter(6, o.contact())
                .setParameter(7, o.collectionId()).setParameter(8, o.pushUrl()).setParameter(9, o.active())
                .setParameter(10, createdBy).setParameter(11, ReportStore.ts(o.createdAt()))
                .setParameter(12, ReportStore.ts(o.createdAt())).executeUpdate();
    }

    public void change(String orgId, String jurisdiction, List<String> ports, String contact, String pushUrl,
                       boolean active, Instant now) {
        em.createNativeQuery("update partner_org set jurisdiction = ?, ports = ?, contact = ?, push_url = ?, active = ?, "
                        + "updated_at = ? where id = ?").setParameter(1, jurisdiction).setParameter(2, ports(ports))
                .setParameter(3, contact).setParameter(4, pushUrl).setParameter(5, active)
                .setParameter(6, ReportStore.ts(now)).setParameter(7, orgId).executeUpdate();
    }

    public void certificate(String orgId, byte[] der, String sha256, Instant notAfter, Instant now) {
        em.createNativeQuery("update partner_org set certificate = ?, cert_sha256 = ?, cert_not_after = ?, updated_at = ? "
                        + "where id = ?").setParameter(1, der).setParameter(2, sha256)
                .setParameter(3, ReportStore.ts(notAfter)).setParameter(4, ReportStore.ts(now)).setParameter(5, orgId)
                .executeUpdate();
    }

    public Optional<OrgRow> org(String id) {
        return orgs("select " + ORG_COLUMNS + " from partner_org where id = ?", id).stream().findFirst();
    }

    public Optional<OrgRow> orgNamed(String name) {
        return orgs("select " + ORG_COLUMNS + " from partner_org where name = ?", name).stream().findFirst();
    }

    public Optional<OrgRow> orgOfCollection(String collectionId) {
        return orgs("select " + ORG_COLUMNS + " from partner_org where collection_id = ?", collectionId).stream().findFirst();
    }

    public List<OrgRow> orgs() {
        return orgs("select " + ORG_COLUMNS + " from partner_org order by name");
    }

    /** The organisation a PARTNER account belongs to. */
    public Optional<OrgRow> orgOfUser(String userId) {
        return orgs("select o." + ORG_COLUMNS.replace(", ", ", o.") + " from partner_org o join partner_account a "
                + "on a.partner_org_id = o.id where a.user_id = ?", userId).stream().findFirst();
    }

    /** Whether the user is a partner account (of any organisation). */
    public boolean isPartnerAccount(String userId) {
        return !em.createNativeQuery("select 1 from partner_account where user_id = ?").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    public void insertAccount(String userId, String orgId, boolean machine) {
        em.createNativeQuery("insert into partner_account (user_id, partner_org_id, machine) values (?,?,?)")
                .setParameter(1, userId).setParameter(2, orgId).setParameter(3, machine).executeUpdate();
    }

    /** username, display name, machine, enabled of each account of the organisation. */
    public List<Object[]> accounts(String orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.username, u.display_name, a.machine, u.enabled from partner_account a "
                + "join app_user u on u.id = a.user_id where a.partner_org_id = ? order by u.username")
                .setParameter(1, orgId).getResultList();
        return rows;
    }

    /**
     * The next {@code count} values of the one clock of date_added, each a millisecond after the
     * last: taken under the clock row's lock, so they rise in the order the transactions commit.
     */
    public Instant takeClock(Instant now, int count) {
        Object last = em.createNativeQuery("select last_added from partner_clock where id = 1 for update").getSingleResult();
        Instant previous = ReportStore.instant(last);
        Instant first = now.truncatedTo(ChronoUnit.MILLIS);
        if (!first.isAfter(previous)) {
            first = previous.plus(ENTRY_STEP_MICROS, ChronoUnit.MICROS);
        }
        Instant lastTaken = first.plus((count - 1) * ENTRY_STEP_MICROS, ChronoUnit.MICROS);
        em.createNativeQuery("update partner_clock set last_added = ? where id = 1")
                .setParameter(1, ReportStore.ts(lastTaken)).executeUpdate();
        return first;
    }

    public long insertEntry(String orgId, String reportId, String versionId, int version, EntryRow.Kind kind,
                            Instant dateAdded, String reason) {
        em.createNativeQuery("insert into partner_entry (partner_org_id, report_id, version_id, version, kind, date_added, "
                        + "reason) values (?,?,?,?,?,?,?)").setParameter(1, orgId).setParameter(2, reportId)
                .setParameter(3, versionId).setParameter(4, version).setParameter(5, kind.name())
                .setParameter(6, ReportStore.ts(dateAdded)).setParameter(7, reason).executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /** The organisation's entries added after {@code after} (exclusive; null: from the start), oldest first. */
    public List<EntryRow> entries(String orgId, Instant after, int max) {
        return entries("select " + ENTRY_COLUMNS + " from partner_entry where partner_org_id = ? and date_added > ? "
                + "order by date_added limit " + Math.max(1, max), orgId, ReportStore.ts(after == null ? Instant.EPOCH : after));
    }

    /** The organisation's entries of one report, oldest first. */
    public List<EntryRow> entriesOfReport(String orgId, String reportId) {
        return entries("select " + ENTRY_COLUMNS + " from partner_entry where partner_org_id = ? and report_id = ? "
                + "order by date_added", orgId, reportId);
    }

    public Optional<EntryRow> entry(String orgId, long id) {
        return entries("select " + ENTRY_COLUMNS + " from partner_entry where partner_org_id = ? and id = ?", orgId, id)
                .stream().findFirst();
    }

    /** The reports the organisation holds any entry of. */
    public List<String> reportIds(String orgId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select distinct report_id from partner_entry where partner_org_id = ?")
                .setParameter(1, orgId).getResultList();
        return ids;
    }

    /** The organisations that hold a RELEASE entry of the report. */
    public List<String> receivers(String reportId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select distinct partner_org_id from partner_entry where report_id = ? "
                + "and kind = 'RELEASE'").setParameter(1, reportId).getResultList();
        return ids;
    }

    /** The organisation's newest RELEASE of the report and whether a RECALL follows it. */
    public List<EntryRow> latestPerReport(String orgId) {
        return entries("select " + ENTRY_COLUMNS + " from partner_entry e where partner_org_id = ? and date_added = "
                + "(select max(date_added) from partner_entry x where x.partner_org_id = e.partner_org_id "
                + "and x.report_id = e.report_id) order by date_added desc", orgId);
    }

    // ---- the push outbox ----

    public void insertOutbox(String orgId, long entryId, String actorId, Instant now) {
        em.createNativeQuery("insert into partner_outbox (delivery_id, partner_org_id, partner_entry_id, actor_id, status, "
                        + "attempts, next_attempt_at, created_at) values (?,?,?,?,'PENDING',0,?,?)")
                .setParameter(1, java.util.UUID.randomUUID().toString()).setParameter(2, orgId).setParameter(3, entryId)
                .setParameter(4, actorId).setParameter(5, ReportStore.ts(now)).setParameter(6, ReportStore.ts(now))
                .executeUpdate();
    }

    /**
     * Claims up to {@code max} deliveries that are due: each gets a lease until {@code leaseUntil}
     * (another worker skips it meanwhile, and a crash only delays it) and one more attempt counted.
     */
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.delivery_id, o.partner_org_id, o.partner_entry_id, o.actor_id, "
                        + "o.attempts from partner_outbox o where o.status = 'PENDING' and o.next_attempt_at <= ? "
                        + "order by o.next_attempt_at, o.id limit " + Math.max(1, max) + " for update skip locked")
                .setParameter(1, ReportStore.ts(now)).getResultList();
        List<Delivery> out = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            em.createNativeQuery("update partner_outbox set next_attempt_at = ?, attempts = attempts + 1 where id = ?")
                    .setParameter(1, ReportStore.ts(leaseUntil)).setParameter(2, id).executeUpdate();
            out.add(new Delivery(id, (String) r[1], (String) r[2], ((Number) r[3]).longValue(), (String) r[4],
                    ((Number) r[5]).intValue() + 1));
        }
        return out;
    }

    public void delivered(long id, Instant at, String outcome) {
        em.createNativeQuery("update partner_outbox set status = 'DELIVERED', delivered_at = ?, last_outcome = ? where id = ?")
                .setParameter(1, ReportStore.ts(at)).setParameter(2, outcome).setParameter(3, id).executeUpdate();
    }

    public void retryAt(long id, Instant next, String outcome) {
        em.createNativeQuery("update partner_outbox set next_attempt_at = ?, last_outcome = ? where id = ?")
                .setParameter(1, ReportStore.ts(next)).setParameter(2, outcome).setParameter(3, id).executeUpdate();
    }

    public Optional<EntryRow> entryById(long id) {
        return entries("select " + ENTRY_COLUMNS + " from partner_entry where id = ?", id).stream().findFirst();
    }

    /**
     * Records the organisation's first read of an entry by one way ({@code PORTAL}, {@code CMS},
     * {@code FEED}, {@code TAXII}); true if this was the first by that way.
     */
    public boolean markRead(long entryId, String way, String readerId, Instant at) {
        return em.createNativeQuery("insert ignore into partner_read (partner_entry_id, way, first_read_at, reader_id) values (?,?,?,?)")
                .setParameter(1, entryId).setParameter(2, way).setParameter(3, ReportStore.ts(at)).setParameter(4, readerId)
                .executeUpdate() == 1;
    }

    private List<OrgRow> orgs(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new OrgRow((String) r[0], (String) r[1], PartnerKind.valueOf((String) r[2]),
                (String) r[3], ReportStore.split((String) r[4]), (String) r[5],
                (String) r[6], (byte[]) r[7], (String) r[8], ReportStore.instant(r[9]), (String) r[10], bool(r[11]),
                ReportStore.instant(r[12]))).toList();
    }

    private List<EntryRow> entries(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new EntryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), EntryRow.Kind.valueOf((String) r[5]), ReportStore.instant(r[6]),
                (String) r[7])).toList();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    private static String ports(Collection<String> ports) {
        return String.join(",", new TreeSet<>(ports));
    }
}
