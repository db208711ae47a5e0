package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.keys.control.DataKeyRotated;
import org.hum.source.control.FileRekeying;
import org.hum.standing.entity.ContactApproval;
import org.hum.standing.entity.ReactivationRequest;
import org.hum.standing.entity.SourceStatusChange;

/** The reasons of a file's standing follow its data key ({@link FileRekeying}). */
@ApplicationScoped
public class StandingRekeying {
    @Inject
    FileRekeying rekeying;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    void rekey(@Observes DataKeyRotated rotated) {
        rekeying.run(rotated, file -> {
            for (SourceStatusChange c : em.createQuery("select c from SourceStatusChange c where c.sourceId = :s",
                    SourceStatusChange.class).setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(c.dekVersion())) {
                    c.protectedReasons(file.version(),
                            file.move(SourceStatusChange.ENTITY, SourceStatusChange.REASON, c.id(), c.reason()),
                            file.move(SourceStatusChange.ENTITY, SourceStatusChange.DELAY_REASON, c.id(), c.delayReason()));
                }
            }
            for (ReactivationRequest r : em.createQuery("select r from ReactivationRequest r where r.sourceId = :s",
                    ReactivationRequest.class).setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(r.dekVersion())) {
                    r.protectedReason(file.version(),
                            file.move(ReactivationRequest.ENTITY, ReactivationRequest.REASON, r.id(), r.reason()));
                }
            }
            for (ContactApproval a : em.createQuery("select a from ContactApproval a where a.sourceId = :s",
                    ContactApproval.class).setParameter("s", file.sourceId()).getResultList()) {
                if (file.due(a.dekVersion())) {
                    a.protectedReason(file.version(), file.move(ContactApproval.ENTITY, ContactApproval.REASON, a.id(), a.reason()));
                }
            }
            em.flush();
        });
    }
}
