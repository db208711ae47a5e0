package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.crypto.control.DataKey;
import org.hum.source.entity.Source;
import org.hum.standing.entity.ContactApproval;
import org.hum.standing.entity.ReactivationRequest;
import org.hum.standing.entity.SourceStatusChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts the free-text reasons of a source's standing under the file's own data key, bound
 * to table, column and row; decrypts them only for a caller the boundary has checked.
 * A reason that no longer opens (its key version was destroyed after a rotation, or the row
 * was tampered with) reads as a notice, never as an error that hides the rest of the file.
 */
@ApplicationScoped
public class Reasons extends SourceTexts {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /**
     * Re-encrypts every reason of the file under a new version of its data key, in the
     * caller's transaction (the key rotation's), so that retiring and later destroying the old
     * version loses nothing. A reason that no longer opens is left as it is. Returns how many
     * rows were re-encrypted.
     */
    public int rekey(Source source, DataKey next) {
        int done = 0;
        for (SourceStatusChange c : em.createQuery("select c from SourceStatusChange c where c.sourceId = :s",
                SourceStatusChange.class).setParameter("s", source.id()).getResultList()) {
            if (c.dekVersion() == next.version()) {
                continue;
            }
            String reason = open(source, c.dekVersion(), SourceStatusChange.ENTITY, SourceStatusChange.REASON, c.id(), c.reason());
            String delay = open(source, c.dekVersion(), SourceStatusChange.ENTITY, SourceStatusChange.DELAY_REASON, c.id(),
                    c.delayReason());
            if (UNREADABLE.equals(reason) || UNREADABLE.equals(delay)) {
                continue;
            }
            c.protectedReasons(next.version(), seal(next, SourceStatusChange.ENTITY, SourceStatusChange.REASON, c.id(), reason),
                    seal(next, SourceStatusChange.ENTITY, SourceStatusChange.DELAY_REASON, c.id(), delay));
            done++;
        }
        for (ReactivationRequest r : em.createQuery("select r from ReactivationRequest r where r.sourceId = :s",
                ReactivationRequest.class).setParameter("s", source.id()).getResultList()) {
            String reason = open(source, r.dekVersion(), ReactivationRequest.ENTITY, ReactivationRequest.REASON, r.id(), r.reason());
            if (r.dekVersion() != next.version() && !UNREADABLE.equals(reason)) {
                r.protectedReason(next.version(), seal(next, ReactivationRequest.ENTITY, ReactivationRequest.REASON, r.id(), reason));
                done++;
            }
        }
        for (ContactApproval a : em.createQuery("select a from ContactApproval a where a.sourceId = :s",
                ContactApproval.class).setParameter("s", source.id()).getResultList()) {
            String reason = open(source, a.dekVersion(), ContactApproval.ENTITY, ContactApproval.REASON, a.id(), a.reason());
            if (a.dekVersion() != next.version() && !UNREADABLE.equals(reason)) {
                a.protectedReason(next.version(), seal(next, ContactApproval.ENTITY, ContactApproval.REASON, a.id(), reason));
                done++;
            }
        }
        em.flush();
        return done;
    }
}
