package org.hum.source.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.keys.Destruction;
import org.hum.audit.control.AuditTrail;
import org.hum.keys.control.DataKeys;
import org.hum.source.entity.Source;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Crypto-shredding of one source file (docs/domain.md, "Retention and destruction (step 9)"): the
 * file's data keys are erased, so neither this database nor any backup of it can be read for this
 * file again. What other features keep of the same person goes with it ({@link SourceDestroyed}:
 * the blind-index entries, so a deconfliction check no longer finds it; the prospect it was
 * registered from, with its own key). The file is marked destroyed first, in the caller's
 * transaction, with its record; the keys are erased last, so a failure before that changes nothing.
 * Who may ask for it and who approves is the caller's (a two-person request).
 */
@ApplicationScoped
public class FileShredder {
    private static final Logger LOG = Logger.getLogger(FileShredder.class.getName());

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    DataKeys dataKeys;

    @Inject
    Event<SourceDestroyed> destroyed;

    @Inject
    AuditTrail audit;

    @Inject
    SourceStore store;

    /**
     * What the destruction record keeps: the request (its id, who asked, when, why), the approver
     * who carried it out, the day the retention period ends, and the approver's reason for
     * overriding it (null when the period had ended).
     */
    public record Order(String requestId, String requestedBy, Instant requestedAt, String reason, String approvedBy,
                        LocalDate retentionEndsOn, String overrideReason) {
    }

    /** Shreds a live file (locked by the caller); returns what was erased and retired. */
    public Destruction shred(Source source, Order order, Instant now) {
        source.destroyed(now);
        em.flush();
        store.tally(source, -1);
        // the record of it, with its reasons, in the same transaction as the file's mark
        em.createNativeQuery("INSERT INTO file_destruction (source_id, destroyed_at, destroyed_by, reason, request_id, "
                        + "requested_by, requested_at, retention_ends_on, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, source.id()).setParameter(2, Timestamp.from(now))
                .setParameter(3, order.approvedBy()).setParameter(4, order.reason().strip())
                .setParameter(5, order.requestId()).setParameter(6, order.requestedBy())
                .setParameter(7, order.requestedAt() == null ? null : Timestamp.from(order.requestedAt()))
                .setParameter(8, order.retentionEndsOn() == null ? null : Date.valueOf(order.retentionEndsOn()))
                .setParameter(9, order.overrideReason() == null ? null : order.overrideReason().strip())
                .executeUpdate();
        audit.record("SOURCE_DESTROYED", "SOURCE", source.id(), null, AuditTrail.SUCCESS);
        SourceDestroyed event = new SourceDestroyed(source.id());
        destroyed.fire(event);
        em.flush(); // every entry is written before the keys are erased: no destruction without its record
        int erased = dataKeys.destroy(source.dekId());
        for (String dekId : event.dataKeysToErase()) {
            erased += dataKeys.destroy(dekId);
        }
        int total = erased;
        LOG.warning(() -> "Source file " + source.id() + " destroyed by crypto-shredding: " + total + " data key version(s) erased");
        // and the key-encryption keys that wrapped them go too, so no copy of the key schema from before opens them;
        // after the keys are erased nothing may undo the destruction: a retirement that fails is logged,
        // audited as FAILED and answered as none retired (the next destruction retries), never thrown
        List<String> retired;
        try {
            retired = dataKeys.retireOlderKeks();
        } catch (RuntimeException e) {
            LOG.severe(() -> "Source file " + source.id() + " destroyed, but the older key-encryption keys could not be "
                    + "retired: " + e.getClass().getSimpleName() + "; the next destruction retries");
            retired = List.of();
        }
        audit.record("KEK_RETIRED", "SOURCE", source.id(), null, retired.isEmpty() ? AuditTrail.FAILED : AuditTrail.SUCCESS);
        return new Destruction(source.id(), now, total, retired, retired.isEmpty() ? null : dataKeys.currentKekId());
    }
}
