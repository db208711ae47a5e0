package org.hum.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Records refusals. A refused action rolls its own transaction back (a {@code HumException}
 * leaves nothing half-written), which would take its audit entry with it; so a refusal is
 * recorded in a transaction of its own, committed before the refusal reaches the client.
 * The client's answer does not change: a forbidden file still reads as a missing one.
 *
 * <p>The entry is captured here, in the caller's context (actor, roles, time, request), outside the
 * caller's transaction, and committed with the other refusals' entries waiting at the same moment,
 * in one transaction ({@link AuditBatches}; docs/architecture.md, "Audit trail"): a call returns
 * only once the transaction holding its entry committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditLog {
    @Inject
    AuditTrail trail;

    @Inject
    AuditBatches batches;

    public void refused(String action, String objectType, String objectId, String label) {
        batches.commit(trail.capture(action, objectType, objectId, label, AuditTrail.REFUSED));
    }

    /**
     * A refusal to reach an object by an id the caller may not see, or that names nothing: recorded
     * alike for both, without a label ({@link AuditTrail#recordUnseen}).
     */
    public void refusedUnseen(String action, String objectType, String objectId) {
        batches.commit(trail.captureUnseen(action, objectType, objectId, AuditTrail.REFUSED));
    }
}
