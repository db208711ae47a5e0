package org.hum.oversight.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.config.control.InLists;
import org.hum.oversight.entity.RelevantError;

import java.util.List;
import java.util.Optional;

/** The register's rows. System reads: the boundary filters by what the caller may see. */
@ApplicationScoped
public class ErrorRegisterStore {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    public void record(RelevantError e) {
        em.persist(e);
        em.flush();
    }

    public Optional<RelevantError> find(String id, boolean locking) {
        return Optional.ofNullable(locking ? em.find(RelevantError.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(RelevantError.class, id));
    }

    /** Newest first. */
    public List<RelevantError> all() {
        return em.createQuery("select e from RelevantError e order by e.seq desc", RelevantError.class).getResultList();
    }

    /** Not yet reported: what the due lists show. */
    public List<RelevantError> unreported() {
        return em.createQuery("select e from RelevantError e where e.reportedOn is null and e.closedAt is null order by e.seq",
                RelevantError.class).getResultList();
    }

    /** As {@link #unreported()}, of these files only: a register page's (docs/performance.md, "Statements per request"). */
    public List<RelevantError> unreportedOf(java.util.Collection<String> sourceIds) {
        List<RelevantError> out = new java.util.ArrayList<>();
        for (List<String> part : InLists.statementLists(sourceIds)) {
            out.addAll(em.createQuery("select e from RelevantError e where e.reportedOn is null and e.closedAt is null "
                    + "and e.sourceId in :ids order by e.seq", RelevantError.class).setParameter("ids", part).getResultList());
        }
        return out;
    }

    public List<RelevantError> of(String sourceId) {
        return em.createQuery("select e from RelevantError e where e.sourceId = :s order by e.seq", RelevantError.class)
                .setParameter("s", sourceId).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
