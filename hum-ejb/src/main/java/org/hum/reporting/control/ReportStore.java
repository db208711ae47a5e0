package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.reporting.DisseminationAction;
import org.hum.api.reporting.ReportStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes report versions, their items and recipients, and appends to the dissemination
 * log. Texts arrive sealed; nothing here decrypts. The log is only ever inserted into.
 */
@ApplicationScoped
public class ReportStore {
    private static final String COLUMNS = "id, report_id, version, status, level, compartments, tlp, releasable_to, ports, "
            + "concerning, source_description_id, purpose, author_id, created_at, updated_at, submitted_at, approved_by, "
            + "released_at, withdrawn_at, key_source_id, dek_version, title, notes, releasable_text, subject, area";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** An item a version rests on. */
    public record ItemRef(String itemId, String sourceId, String contactReportId) {
    }

    public void insert(VersionRow v) {
        em.createNativeQuery("insert into report_version (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .setParameter(1, v.id()).setParameter(2, v.reportId()).setParameter(3, v.version())
                .setParameter(4, v.status().name()).setParameter(5, v.level()).setParameter(6, csv(v.compartments()))
                .setParameter(7, v.tlp()).setParameter(8, String.join(",", v.releasableTo()))
                .setParameter(9, String.join(",", v.ports())).setParameter(10, v.concerning())
                .setParameter(11, v.sourceDescriptionId()).setParameter(12, v.purpose()).setParameter(13, v.authorId())
                .setParameter(14, ts(v.createdAt())).setParameter(15, ts(v.updatedAt())).setParameter(16, ts(v.submittedAt()))
                .setParameter(17, v.approvedBy()).setParameter(18, ts(v.releasedAt())).setParameter(19, ts(v.withdrawnAt()))
                .setParameter(20, v.keySourceId()).setParameter(21, v.dekVersion()).setParameter(22, v.title())
                .setParameter(23, v.notes()).setParameter(24, v.releasableText()).setParameter(25, v.subject())
                .setParameter(26, v.area()).executeUpdate();
    }

    /** A draft's content replaced in place (the version stays, back to DRAFT). */
    public void replace(VersionRow v) {
        em.createNativeQuery("update report_version set status = ?, level = ?, compartments = ?, tlp = ?, releasable_to = ?, "
                        + "ports = ?, concerning = ?, source_description_id = ?, purpose = ?, updated_at = ?, submitted_at = NULL, "
                        + "key_source_id = ?, dek_version = ?, title = ?, notes = ?, releasable_text = ?, subject = ?, area = ? where id = ?")
                .setParameter(1, v.status().name()).setParameter(2, v.level()).setParameter(3, csv(v.compartments()))
                .setParameter(4, v.tlp()).setParameter(5, String.join(",", v.releasableTo()))
                .setParameter(6, String.join(",", v.ports())).setParameter(7, v.concerning())
                .setParameter(8, v.sourceDescriptionId()).setParameter(9, v.purpose()).setParameter(10, ts(v.updatedAt()))
                .setParameter(11, v.keySourceId()).setParameter(12, v.dekVersion()).setParameter(13, v.title())
                .setParameter(14, v.notes()).setParameter(15, v.releasableText()).setParameter(16, v.subject())
                .setParameter(17, v.area()).setParameter(18, v.id()).executeUpdate();
        em.createNativeQuery("delete from report_item where version_id = ?").setParameter(1, v.id()).executeUpdate();
        em.createNativeQuery("delete from report_recipient where version_id = ?").setParameter(1, v.id()).executeUpdate();
    }

    public void status(String versionId, ReportStatus status, Instant now, String approvedBy) {
        String column = switch (status) {
            case SUBMITTED -> "submitted_at";
            case RELEASED -> "released_at";
            case WITHDRAWN -> "withdrawn_at";
            default -> "updated_at";
        };
        var q = em.createNativeQuery("update report_version set status = ?, updated_at = ?, " + column + " = ?"
                + (approvedBy == null ? "" : ", approved_by = ?") + " where id = ?");
        q.setParameter(1, status.name()).setParameter(2, ts(now)).setParameter(3, ts(now));
        if (approvedBy == null) {
            q.setParameter(4, versionId);
        } else {
            q.setParameter(4, approvedBy).setParameter(5, versionId);
        }
        q.executeUpdate();
    }

    public void items(String versionId, List<ItemRef> items) {
        int position = 1;
        for (ItemRef i : items) {
            em.createNativeQuery("insert into report_item (version_id, position, item_id, source_id, contact_report_id) values (?,?,?,?,?)")
                    .setParameter(1, versionId).setParameter(2, position++).setParameter(3, i.itemId())
                    .setParameter(4, i.sourceId()).setParameter(5, i.contactReportId()).executeUpdate();
        }
    }

    public List<ItemRef> items(String versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select item_id, source_id, contact_report_id from report_item "
                + "where version_id = ? order by position").setParameter(1, versionId).getResultList();
        return rows.stream().map(r -> new ItemRef((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    public void recipients(String versionId, List<String> names) {
        int position = 1;
        for (String n : names) {
            em.createNativeQuery("insert into report_recipient (version_id, position, name) values (?,?,?)")
                    .setParameter(1, versionId).setParameter(2, position++).setParameter(3, n).executeUpdate();
        }
    }

    public List<String> recipients(String versionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select name from report_recipient where version_id = ? order by position")
                .setParameter(1, versionId).getResultList();
        return rows.stream().map(String.class::cast).toList();
    }

    public Optional<VersionRow> find(String versionId) {
        return rows("select " + COLUMNS + " from report_version where id = ?", versionId).stream().findFirst();
    }

    /** Locks the row for the rest of the transaction: two approvers never both approve one version. */
    public Optional<VersionRow> findForUpdate(String versionId) {
        return rows("select " + COLUMNS + " from report_version where id = ? for update", versionId).stream().findFirst();
    }

    /** Every version of a report, first first. */
    public List<VersionRow> versions(String reportId) {
        return rows("select " + COLUMNS + " from report_version where report_id = ? order by version", reportId);
    }

    /** The same, each row locked for the rest of the transaction: a withdrawal and an approval of one report never interleave. */
    public List<VersionRow> versionsForUpdate(String reportId) {
        return rows("select " + COLUMNS + " from report_version where report_id = ? order by version for update", reportId);
    }

    /** The recipients a version was recalled from already (its RECALL rows). */
    public Set<String> recalledFrom(String versionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select distinct recipient from dissemination where version_id = ? and action = ?")
                .setParameter(1, versionId).setParameter(2, DisseminationAction.RECALL.name()).getResultList();
        return rows.stream().map(String.class::cast).collect(Collectors.toSet());
    }

    /** The latest version of every report, newest first, optionally of one status. */
    public List<VersionRow> latest(ReportStatus status) {
        String sql = "select " + COLUMNS + " from report_version v where v.version = (select max(w.version) from report_version w "
                + "where w.report_id = v.report_id)" + (status == null ? "" : " and v.status = ?") + " order by v.seq desc";
        return status == null ? rows(sql) : rows(sql, status.name());
    }

    /** The versions that rest on items of a file. */
    public List<Object[]> usage(String sourceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.item_id, i.contact_report_id, v.report_id, v.id, v.version, v.status, "
                + "v.tlp, v.released_at from report_item i join report_version v on v.id = i.version_id where i.source_id = ? "
                + "order by v.seq, i.position").setParameter(1, sourceId).getResultList();
        return rows;
    }

    public void log(DisseminationAction action, VersionRow v, List<String> recipients, String purpose, String actorId, Instant at) {
        for (String recipient : recipients) {
            em.createNativeQuery("insert into dissemination (id, action, report_id, version_id, version, recipient, tlp, purpose, "
                            + "actor_id, at) values (?,?,?,?,?,?,?,?,?,?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, action.name()).setParameter(3, v.reportId())
                    .setParameter(4, v.id()).setParameter(5, v.version()).setParameter(6, recipient).setParameter(7, v.tlp())
                    .setParameter(8, purpose).setParameter(9, actorId).setParameter(10, ts(at)).executeUpdate();
        }
    }

    public List<Object[]> disseminations(String reportId, String action, String recipient, Instant from, Instant to, int max) {
        StringBuilder sql = new StringBuilder("select d.id, d.seq, d.action, d.report_id, d.version_id, d.version, d.recipient, d.tlp, "
                + "d.purpose, u.username, d.at from dissemination d join app_user u on u.id = d.actor_id where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (reportId != null) {
            sql.append(" and d.report_id = ?");
            args.add(reportId);
        }
        if (action != null) {
            sql.append(" and d.action = ?");
            args.add(action);
        }
        if (recipient != null) {
            sql.append(" and d.recipient = ?");
            args.add(recipient);
        }
        if (from != null) {
            sql.append(" and d.at >= ?");
            args.add(ts(from));
        }
        if (to != null) {
            sql.append(" and d.at < ?");
            args.add(ts(to));
        }
        sql.append(" order by d.seq desc");
        var q = em.createNativeQuery(sql.toString()).setMaxResults(max);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    /** A user's username and display name by id; empty strings for none. */
    public String[] user(String userId) {
        if (userId == null) {
            return new String[]{null, null};
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select username, display_name from app_user where id = ?")
                .setParameter(1, userId).getResultList();
        return rows.isEmpty() ? new String[]{null, null} : new String[]{(String) rows.get(0)[0], (String) rows.get(0)[1]};
    }

    private List<VersionRow> rows(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ReportStore::row).toList();
    }

    private static VersionRow row(Object[] r) {
        return new VersionRow((String) r[0], (String) r[1], num(r[2]), ReportStatus.valueOf((String) r[3]), num(r[4]),
                new TreeSet<>(split((String) r[5])), (String) r[6], split((String) r[7]), split((String) r[8]), (String) r[9],
                (String) r[10], (String) r[11], (String) r[12], instant(r[13]), instant(r[14]), instant(r[15]),
                (String) r[16], instant(r[17]), instant(r[18]), (String) r[19], num(r[20]), (byte[]) r[21], (byte[]) r[22],
                (byte[]) r[23], (byte[]) r[24], (byte[]) r[25]);
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static String csv(java.util.Collection<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    public static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof LocalDateTime l ? Timestamp.valueOf(l).toInstant() : (Instant) value;
    }
}
