package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.keys.Destruction;
import org.hum.api.keys.DestructionRequest;
import org.hum.api.keys.KeyJobView;
import org.hum.audit.control.AuditTrail;
import org.hum.keys.control.DataKeys;
import org.hum.source.control.SourceDestroyed;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The key operations on one source file, for administrators: rotating its data key and
 * crypto-shredding it (docs/architecture.md, "Encryption"). An administrator works on keys and
 * file ids only: nothing here returns, or needs to see, any source content.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FileKeys {
    private static final Logger LOG = Logger.getLogger(FileKeys.class.getName());

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    DataKeys dataKeys;

    @EJB
    DekRotator rotator;

    @Inject
    SourceStore sources;

    @Inject
    Event<SourceDestroyed> destroyed;

    @Inject
    Viewers viewers;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Starts re-encrypting a file under a new data-key version; follow it with the key job. */
    public KeyJobView rotateDataKey(String sourceId) {
        Source source = liveSource(sourceId);
        Viewer admin = viewers.of(principal);
        audit.record("DEK_ROTATION_STARTED", "SOURCE", source.id(), null, AuditTrail.SUCCESS);
        KeyJobView job = rotator.queue(source.id(), admin.userId()); // committed before the worker looks for it
        rotator.run(job.id());
        return job;
    }

    /**
     * Crypto-shredding: the file's data keys are erased, so neither this database nor any backup
     * of it can be read for this file again. What other features keep of the same person goes with
     * it ({@link SourceDestroyed}: the blind-index entries, so a deconfliction check no longer finds
     * it; the prospect it was registered from, with its own key). The file is marked destroyed first,
     * in this transaction; the keys are erased last, so a failure before that changes nothing.
     */
    public Destruction destroy(String sourceId, @NotNull @Valid DestructionRequest request) {
        Source source = liveSource(sourceId);
        Instant now = clock.instant();
        source.destroyed(now);
        em.flush();
        // the record of it, with its reason, in the same transaction as the file's mark
        em.createNativeQuery("INSERT INTO file_destruction (source_id, destroyed_at, destroyed_by, reason) VALUES (?, ?, ?, ?)")
                .setParameter(1, source.id()).setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, viewers.of(principal).userId()).setParameter(4, request.reason().strip())
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
        // and the key-encryption keys that wrapped them go too, so no copy of the key schema from before opens them
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

    private Source liveSource(String sourceId) {
        Source source = sources.unrestricted(canonical(sourceId))
                .orElseThrow(() -> HumException.notFound("source file"));
        if (source.isDestroyed()) {
            throw new HumException(ErrorCode.GONE, "This source file was already destroyed on " + source.destroyedAt() + ".");
        }
        return source;
    }

    private static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.notFound("source file");
        }
    }
}
