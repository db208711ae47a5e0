package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.Viewer;
import org.hum.access.entity.User;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.source.control.VisiblePages;
import org.hum.tasking.entity.IntelligenceRequirement;
import org.hum.tasking.entity.Tasking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hum.access.entity.Compartment;

/**
 * The requirement and tasking tables. Callers resolve the source (or check the requirement's
 * label) for their viewer first: nothing here checks one.
 */
@ApplicationScoped
public class TaskingStore {
    static final List<String> OPEN = List.of("ISSUED", "ACKNOWLEDGED", "IN_PROGRESS");

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public Optional<IntelligenceRequirement> requirement(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(IntelligenceRequirement.class, id));
    }

    public Optional<IntelligenceRequirement> requirementForUpdate(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(em.find(IntelligenceRequirement.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The requirements of these compartments (the caller's), in order of creation. */
    public List<IntelligenceRequirement> requirementsIn(Collection<String> compartments) {
        if (compartments.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from IntelligenceRequirement r where r.compartment in :c order by r.seq",
                IntelligenceRequirement.class).setParameter("c", compartments).getResultList();
    }

    public Optional<Tasking> tasking(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Tasking.class, id));
    }

    public Optional<Tasking> taskingForUpdate(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Tasking.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The source's taskings, newest first. */
    public List<Tasking> taskingsOf(String sourceId) {
        return em.createQuery("select t from Tasking t where t.sourceId = :s order by t.seq desc", Tasking.class)
                .setParameter("s", sourceId).getResultList();
    }

    /** Every tasking stored as open (issued, acknowledged, in progress), by due day. */
    public List<Tasking> open() {
        return em.createQuery("select t from Tasking t where t.status in :open order by t.dueOn, t.seq", Tasking.class)
                .setParameter("open", OPEN).getResultList();
    }

    /** A page of taskings and how many there are, up to {@link VisiblePages#COUNT_CAP} ({@code atLeast}: that many or more). */
    public record Page(List<Tasking> taskings, long total, boolean atLeast) {
    }

    /**
     * A case officer's open taskings not yet past their due day, of the files they handle and may
     * see, by due day: a page found and counted in SQL (docs/performance.md, "Statements per request").
     */
    public Page openOfHandler(Viewer viewer, java.time.LocalDate today, int offset, int limit) {
        return page("join identity_grant g on g.source_id = t.source_id and g.user_id = ? and g.grant_role = 'HANDLER' "
                        + "where t.status in ('ISSUED', 'ACKNOWLEDGED', 'IN_PROGRESS') and t.due_on >= ? and ",
                List.of(viewer.userId(), java.sql.Date.valueOf(today)), "t.due_on, t.seq", viewer, offset, limit);
    }

    /**
     * The open taskings past their due day, then those that expired unfulfilled since {@code since},
     * of the files the viewer may see, each by due day: a page found and counted in SQL.
     */
    public Page overdue(Viewer viewer, java.time.LocalDate today, java.time.Instant since, int offset, int limit) {
        return page("where (t.status in ('ISSUED', 'ACKNOWLEDGED', 'IN_PROGRESS') and t.due_on < ? "
                        + "or t.status = 'EXPIRED' and t.ended_at >= ?) and ",
                List.of(java.sql.Date.valueOf(today), java.sql.Timestamp.from(since)), "t.status = 'EXPIRED', t.due_on, t.seq",
                viewer, offset, limit);
    }

    /**
     * The open taskings not yet past their due day that are outside an authorisation
     * ({@link TaskingRules#outsideAuthorisation}: no authorisation of the file in force at
     * {@code now}, or issued when none was, or asking for an activity the one in force does not
     * cover), of the files the viewer may see, by due day: a page found and counted in SQL
     * (docs/performance.md, "The dashboards' due lists, paged and counted in SQL"). The one in
     * force is the granted one ending last (the greatest id among those ending together), as
     * {@code AuthorisationStore.inForce} chooses it; the activities are compared as stored, names
     * joined by commas ({@link AuthorisedActivity#format}), the authorisation's beside
     * {@link AuthorisedActivity#BASE}, which every authorisation covers.
     */
    public Page outsideAuthorisation(Viewer viewer, java.time.LocalDate today, java.time.Instant now, int offset, int limit) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        List<Object> params = new java.util.ArrayList<>(List.of(at, at, java.sql.Date.valueOf(today)));
        List<String> beyond = new java.util.ArrayList<>();
        for (AuthorisedActivity activity : AuthorisedActivity.values()) {
            if (!AuthorisedActivity.BASE.contains(activity)) {
                beyond.add("find_in_set(?, replace(t.activities, ' ', '')) > 0 "
                        + "and find_in_set(?, replace(coalesce(a.activities, ''), ' ', '')) = 0");
                params.add(activity.name());
                params.add(activity.name());
            }
        }
        return page("left join authorisation a on a.source_id = t.source_id and a.status = 'GRANTED' and a.ends_at > ? "
                        + "and not exists (select 1 from authorisation b where b.source_id = t.source_id "
                        + "and b.status = 'GRANTED' and b.ends_at > ? and (b.ends_at > a.ends_at or b.ends_at = a.ends_at "
                        + "and b.id > a.id)) "
                        + "where t.status in ('ISSUED', 'ACKNOWLEDGED', 'IN_PROGRESS') and t.due_on >= ? "
                        + "and (a.id is null or t.authorisation_id is null or (" + String.join(") or (", beyond) + ")) and ",
                params, "t.due_on, t.seq", viewer, offset, limit);
    }

    private Page page(String where, List<Object> params, String order, Viewer viewer, int offset, int limit) {
        VisiblePages.Ids page = VisiblePages.page(em, "t.id", "from tasking t join source s on s.id = t.source_id " + where,
                params, order, viewer, offset, limit);
        return new Page(VisiblePages.rows(em, Tasking.class, page, Tasking::id), page.total(), page.atLeast());
    }

    /** Open taskings whose requirement is one of these. */
    public List<Tasking> openAnswering(Collection<String> requirementIds) {
        if (requirementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Tasking t where t.status in :open and t.requirementId in :r", Tasking.class)
                .setParameter("open", OPEN).setParameter("r", requirementIds).getResultList();
    }

    /** Taskings that expired at or after {@code since}. */
    public List<Tasking> expiredSince(java.time.Instant since) {
        return em.createQuery("select t from Tasking t where t.status = 'EXPIRED' and t.endedAt >= :since "
                + "order by t.dueOn, t.seq", Tasking.class).setParameter("since", since).getResultList();
    }

    /** Open taskings stored as open whose due day is before {@code today}: the expiry job's work. */
    public List<Tasking> openDueBefore(java.time.LocalDate today) {
        return em.createQuery("select t from Tasking t where t.status in :open and t.dueOn < :today order by t.seq",
                Tasking.class).setParameter("open", OPEN).setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * A new reference of a kind ('T' taskings, 'R' requirements) in a year, drawn at random
     * ({@link TaskingReferences}) until one is free; the unique keys on the references stay the
     * last word.
     */
    public String newReference(char kind, int year) {
        String table = kind == 'R' ? "intelligence_requirement" : "tasking";
        for (int attempt = 0; ; attempt++) {
            String reference = TaskingReferences.draw(kind, year);
            Object n = em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE reference = ?")
                    .setParameter(1, reference).getSingleResult();
            if (((Number) n).longValue() == 0 || attempt >= 16) {
                return reference;
            }
        }
    }

    public String username(String userId) {
        if (userId == null) {
            return null;
        }
        User u = em.find(User.class, userId);
        return u == null ? null : u.username();
    }

    /** An enabled user by username. */
    public Optional<User> user(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream().filter(User::enabled).findFirst();
    }

    public boolean compartmentExists(String code) {
        return em.find(Compartment.class, code) != null;
    }
}
