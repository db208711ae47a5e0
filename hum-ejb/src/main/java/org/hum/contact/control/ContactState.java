package org.hum.contact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.config.control.InLists;
import org.hum.access.control.Viewer;
import org.hum.contact.entity.ContactDraft;
import org.hum.contact.entity.ContactReport;
import org.hum.rules.control.FileQuery;
import org.hum.source.control.SourceStore;
import org.hum.source.control.VisiblePages;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the contact feature's due dates rest on, kept per file in the same transaction as each
 * submitted report or correction, under the file's row lock (docs/performance.md, "At scale"):
 * {@code source_contact}, each file's latest contact (current versions) and what it plans; and
 * {@code contact_plan}, the contacts planned for a day after the file's latest contact, not yet
 * answered by a contact on or after it. The due-list job and the compliance dashboard read these
 * few rows instead of every version of every report of the installation (V049). They are derived:
 * {@link ContactRules#state} says what they must hold, and a correction recomputes its file's.
 * The latest contact is copied onto the file's row as well, where the register sorts by it
 * ({@link SourceStore#mirrorLastContact}).
 */
@ApplicationScoped
public class ContactState {

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @jakarta.inject.Inject
    ContactRecords records;

    @jakarta.inject.Inject
    SourceStore sources;

    /**
     * A report just written: a first version moves its file's rows by itself (a later contact
     * answers the plans up to its day); a correction, which may move a contact's day or plan,
     * recomputes its file's rows from the current versions.
     */
    public void written(ContactReport row) {
        if (row.version() > 1) {
            recompute(row.sourceId());
            return;
        }
        ContactRules.Contact added = new ContactRules.Contact(row.id(), row.reportId(), row.sourceId(), row.occurredAt(),
                row.nextContactAt());
        List<?> held = em.createNativeQuery("select last_contact_at from source_contact where source_id = ?")
                .setParameter(1, row.sourceId()).getResultList();
        Instant last = held.isEmpty() ? null : instant(held.get(0));
        if (last == null) {
            putLatest(added);
        } else {
            // the latest contact if it is later (a tie keeps the one recorded first, as the rule does), decided
            // in the statement, which is sent either way: a report costs the same statements whatever its day
            em.createNativeQuery("update source_contact set latest_report_id = if(? > last_contact_at, ?, latest_report_id), "
                            + "latest_version_id = if(? > last_contact_at, ?, latest_version_id), "
                            + "next_contact_at = if(? > last_contact_at, ?, next_contact_at), "
                            + "last_contact_at = greatest(last_contact_at, ?) where source_id = ?")
                    .setParameter(1, Timestamp.from(row.occurredAt())).setParameter(2, added.reportId())
                    .setParameter(3, Timestamp.from(row.occurredAt())).setParameter(4, added.id())
                    .setParameter(5, Timestamp.from(row.occurredAt())).setParameter(6, timestamp(row.nextContactAt()))
                    .setParameter(7, Timestamp.from(row.occurredAt())).setParameter(8, row.sourceId())
                    .executeUpdate();
        }
        last = last == null || row.occurredAt().isAfter(last) ? row.occurredAt() : last;
        LocalDate lastDay = ContactRules.day(last);
        // the plan first, the answered ones removed last: the removal is a range, which takes gap locks in
        // contact_plan's index, and a transaction that inserted after taking them could wait for another
        // doing the same on a neighbouring file while that one waits for it (a deadlock); inserting before
        // any gap lock of its own, a transaction may wait, but never while holding one
        if (row.nextContactAt() != null && ContactRules.day(row.nextContactAt()).isAfter(lastDay)) {
            insertPlan(added, false);
        }
        em.createNativeQuery("delete from contact_plan where source_id = ? and next_contact_at < ?")
                .setParameter(1, row.sourceId()).setParameter(2, Timestamp.from(startOf(lastDay.plusDays(1))))
                .executeUpdate();
        sources.mirrorLastContact(row.sourceId());
    }

    /** A file's rows recomputed from its current versions (a correction); inserts first, as {@link #written}. */
    public void recompute(String sourceId) {
        ContactRules.State state = ContactRules.state(records.currentContacts(Set.of(sourceId)));
        for (ContactRules.Contact c : state.unanswered()) {
            insertPlan(c, true); // one still unanswered is there already
        }
        List<String> kept = state.unanswered().stream().map(ContactRules.Contact::id).toList();
        var stale = em.createNativeQuery("delete from contact_plan where source_id = ?"
                + (kept.isEmpty() ? "" : " and version_id not in (" + InLists.marks(kept.size()) + ")"))
                .setParameter(1, sourceId);
        for (int i = 0; i < kept.size(); i++) {
            stale.setParameter(i + 2, kept.get(i));
        }
        stale.executeUpdate();
        if (state.latest() == null) {
            em.createNativeQuery("delete from source_contact where source_id = ?").setParameter(1, sourceId).executeUpdate();
        } else {
            putLatest(state.latest());
        }
        sources.mirrorLastContact(sourceId);
    }

    /** Each file's latest contact that plans another: the contact feature's due dates. */
    public List<ContactRules.Contact> duePlanned() {
        return latest(em.createNativeQuery("select latest_version_id, latest_report_id, source_id, last_contact_at, "
                + "next_contact_at from source_contact where next_contact_at is not null").getResultList());
    }

    /** As {@link #duePlanned()}, of these files only (a page of the register). */
    public List<ContactRules.Contact> duePlanned(Collection<String> sourceIds) {
        List<ContactRules.Contact> out = new ArrayList<>();
        for (List<String> chunk : InLists.nativeChunks(sourceIds)) {
            var q = em.createNativeQuery("select latest_version_id, latest_report_id, source_id, last_contact_at, "
                    + "next_contact_at from source_contact where next_contact_at is not null and source_id in ("
                    + InLists.marks(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            out.addAll(latest(q.getResultList()));
        }
        return out;
    }

    /**
     * The files whose latest contact planned one for a day before {@code today} (UTC): the contact
     * feature's overdue files as {@link #duePlanned()} would give them, as a query MariaDB answers on
     * {@code ix_source_contact_next} (V061); the register's statement leaves destroyed files out.
     */
    public FileQuery overdueFiles(LocalDate today) {
        return new FileQuery("select c.source_id as id from source_contact c where c.next_contact_at < ?",
                List.of(Timestamp.from(startOf(today))));
    }

    /** A line of the compliance list of contacts without a report: an unanswered plan, or a stale draft (exactly one). */
    public record WithoutReport(ContactRules.Contact plan, ContactDraft draft) {
    }

    /** A page of {@link WithoutReport} lines and how many there are, up to {@link VisiblePages#COUNT_CAP}. */
    public record WithoutReportPage(List<WithoutReport> lines, long total, boolean atLeast) {
    }

    /**
     * The compliance list of contacts without a report, of the files the viewer may see: first the
     * contacts planned for a day before {@code today} with no contact of their file reported
     * since (the {@code contact_plan} rows), by planned instant, then by the plan's version id;
     * then the drafts created before {@code staleBefore}, by creation, then by id. A page of it
     * found and counted in SQL, each part read in its order on its index ({@code
     * ix_contact_plan_due}, {@code ix_contact_draft_created}: V055) no further than the page's end
     * and the lines of files the reader may not see before it (docs/performance.md, "The
     * dashboards' due lists, paged and counted in SQL"). Four statements, whatever the installation holds.
     */
    public WithoutReportPage withoutReport(Viewer viewer, LocalDate today, Instant staleBefore, int offset, int limit) {
        if (viewer.compartments().isEmpty()) {
            return new WithoutReportPage(List.of(), 0, false);
        }
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(startOf(today)));
        // each part read in its order on its index, each row's file then checked (straight_join): MariaDB would otherwise
        // start from the reader's files and read and sort every line of theirs
        String plans = "from contact_plan p straight_join source s on s.id = p.source_id where p.next_contact_at < ? and "
                + VisiblePages.label(viewer, params);
        params.add(Timestamp.from(staleBefore));
        String drafts = "from contact_draft d straight_join source s on s.id = d.source_id where d.created_at < ? and "
                + VisiblePages.label(viewer, params);
        long end = Math.min(Integer.MAX_VALUE, (long) offset + limit);
        VisiblePages.Ids page = VisiblePages.counted(em,
                "select concat(x.k, ':', x.id) from ((select 0 k, p.next_contact_at at, p.version_id id " + plans
                        + " order by p.next_contact_at, p.version_id limit " + end + ") union all (select 1 k, d.created_at at, "
                        + "d.id id " + drafts + " order by d.created_at, d.id limit " + end + ")) x order by x.k, x.at, x.id",
                "(select 1 " + plans + " limit " + (VisiblePages.COUNT_CAP + 1) + ") union all (select 1 " + drafts
                        + " limit " + (VisiblePages.COUNT_CAP + 1) + ")", params, offset, limit);
        List<String> planIds = new ArrayList<>();
        List<String> draftIds = new ArrayList<>();
        for (String id : page.ids()) {
            (id.startsWith("0:") ? planIds : draftIds).add(id.substring(2));
        }
        Map<String, ContactRules.Contact> planned = new HashMap<>();
        if (!planIds.isEmpty()) {
            var q = em.createNativeQuery("select version_id, report_id, source_id, occurred_at, next_contact_at "
                    + "from contact_plan where version_id in (" + String.join(",", planIds.stream().map(i -> "?").toList()) + ")");
            for (int i = 0; i < planIds.size(); i++) {
                q.setParameter(i + 1, planIds.get(i));
            }
            latest(q.getResultList()).forEach(c -> planned.put(c.id(), c));
        }
        Map<String, ContactDraft> stale = new HashMap<>();
        records.drafts(draftIds).forEach(d -> stale.put(d.id(), d));
        List<WithoutReport> lines = new ArrayList<>();
        for (String id : page.ids()) {
            // a row gone between the statements is left out
            Optional.ofNullable(id.startsWith("0:") ? planned.get(id.substring(2)) : null)
                    .ifPresent(c -> lines.add(new WithoutReport(c, null)));
            Optional.ofNullable(id.startsWith("1:") ? stale.get(id.substring(2)) : null)
                    .ifPresent(d -> lines.add(new WithoutReport(null, d)));
        }
        return new WithoutReportPage(lines, page.total(), page.atLeast());
    }

    /** The file's latest contact, written over what its row held (a first report on the file, or a recomputation). */
    private void putLatest(ContactRules.Contact c) {
        em.createNativeQuery("insert into source_contact (source_id, last_contact_at, latest_report_id, latest_version_id, "
                        + "next_contact_at) values (?, ?, ?, ?, ?) on duplicate key update last_contact_at = "
                        + "values(last_contact_at), latest_report_id = values(latest_report_id), "
                        + "latest_version_id = values(latest_version_id), next_contact_at = values(next_contact_at)")
                .setParameter(1, c.sourceId()).setParameter(2, Timestamp.from(c.occurredAt())).setParameter(3, c.reportId())
                .setParameter(4, c.id()).setParameter(5, timestamp(c.nextContactAt())).executeUpdate();
    }

    private void insertPlan(ContactRules.Contact c, boolean unlessThere) {
        em.createNativeQuery("insert into contact_plan (version_id, report_id, source_id, occurred_at, next_contact_at) "
                        + "values (?, ?, ?, ?, ?)" + (unlessThere ? " on duplicate key update version_id = version_id" : ""))
                .setParameter(1, c.id()).setParameter(2, c.reportId()).setParameter(3, c.sourceId())
                .setParameter(4, Timestamp.from(c.occurredAt())).setParameter(5, Timestamp.from(c.nextContactAt()))
                .executeUpdate();
    }

    private static List<ContactRules.Contact> latest(List<?> rows) {
        List<ContactRules.Contact> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            Object[] a = (Object[]) r;
            out.add(new ContactRules.Contact((String) a[0], (String) a[1], (String) a[2], instant(a[3]), instant(a[4])));
        }
        return out;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof LocalDateTime l ? Timestamp.valueOf(l).toInstant() : (Instant) value;
    }
}
