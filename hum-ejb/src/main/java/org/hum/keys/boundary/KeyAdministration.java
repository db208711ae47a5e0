package org.hum.keys.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
import org.hum.api.keys.DestructionRequest;
import org.hum.api.keys.Destruction;
import org.hum.api.keys.KekRotation;
import org.hum.api.keys.KeyJobView;
import org.hum.api.keys.KeyStatus;
import org.hum.keys.control.DataKeys;
import org.hum.keys.control.KeyRing;
import org.hum.keys.entity.KeyJob;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Key operations for administrators (docs/architecture.md, "Field-level encryption": rotation and
 * destruction). An administrator works on keys and file ids only: nothing here returns, or
 * needs to see, any source content.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyAdministration {
    private static final Logger LOG = Logger.getLogger(KeyAdministration.class.getName());

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    KeyRing keyRing;

    @Inject
    DataKeys dataKeys;

    @Inject
    DekRotator rotator;

    @Inject
    org.hum.source.control.SourceStore sources;

    @Inject
    org.hum.deconfliction.control.BlindIndexes blindIndexes;

    @Inject
    org.hum.prospect.control.Prospects prospects;

    @Inject
    Viewers viewers;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    @Inject
    org.hum.audit.control.AuditTrail audit;

    public KeyStatus status() {
        return new KeyStatus(keyRing.currentKekId(), keyRing.kekIds(), dataKeys.census());
    }

    /** A new key-encryption key; every live data key is re-wrapped under it. No field is touched. */
    public KekRotation rotateKek() {
        String next = keyRing.rotate();
        audit.record("KEK_ROTATED", "KEY", next, null, org.hum.audit.control.AuditTrail.SUCCESS);
        return new KekRotation(next, dataKeys.rewrapAll());
    }

    /** Starts re-encrypting a file under a new data-key version; follow it with {@link #job(String)}. */
    public KeyJobView rotateDataKey(String sourceId) {
        Source source = liveSource(sourceId);
        Viewer admin = viewers.of(principal);
        audit.record("DEK_ROTATION_STARTED", "SOURCE", source.id(), null, org.hum.audit.control.AuditTrail.SUCCESS);
        KeyJobView job = rotator.queue(source.id(), admin.userId()); // committed before the worker looks for it
        rotator.run(job.id());
        return job;
    }

    public KeyJobView job(String jobId) {
        KeyJob job = em.find(KeyJob.class, canonical(jobId, "key job"));
        if (job == null) {
            throw HumException.notFound("key job");
        }
        return job.view();
    }

    /**
     * Crypto-shredding: the file's data keys and its blind-index entries are erased, so
     * neither this database nor any backup of it can be read for this file again, and a
     * deconfliction check no longer finds it. The prospect it was registered from (its own
     * key: the working name and contact notes) is shredded with it. The file is marked destroyed first, in
     * this transaction; the keys are erased last, so a failure before that changes nothing.
     */
    public Destruction destroy(String sourceId, @NotNull @Valid DestructionRequest request) {
        Source source = liveSource(sourceId);
        Instant now = clock.instant();
        source.destroyed(now);
        blindIndexes.forget(source.id());
        java.util.List<org.hum.prospect.entity.Prospect> shredded = prospects.destroyWithSource(source.id()); // the same person, before registration
        em.flush();
        audit.record("SOURCE_DESTROYED", "SOURCE", source.id(), null, org.hum.audit.control.AuditTrail.SUCCESS);
        for (org.hum.prospect.entity.Prospect p : shredded) {
            audit.record("PROSPECT_DESTROYED", "PROSPECT", p.id(), null, org.hum.audit.control.AuditTrail.SUCCESS);
        }
        em.flush(); // the entry is written before the keys are erased: no destruction without its record
        int fileKeys = dataKeys.destroy(source.dekId());
        int prospectVersions = 0;
        for (org.hum.prospect.entity.Prospect p : shredded) {
            prospectVersions += dataKeys.destroy(p.dekId());
        }
        int erased = fileKeys + prospectVersions;
        LOG.warning(() -> "Source file " + source.id() + " destroyed by crypto-shredding: " + erased + " data key version(s) erased");
        return new Destruction(source.id(), now, erased);
    }

    private Source liveSource(String sourceId) {
        Source source = sources.unrestricted(canonical(sourceId, "source file"))
                .orElseThrow(() -> HumException.notFound("source file"));
        if (source.isDestroyed()) {
            throw new HumException(ErrorCode.GONE, "This source file was already destroyed on " + source.destroyedAt() + ".");
        }
        return source;
    }

    private static String canonical(String id, String what) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.notFound(what);
        }
    }
}
