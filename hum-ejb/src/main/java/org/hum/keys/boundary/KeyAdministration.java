package org.hum.keys.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.api.Role;
import org.hum.api.error.HumException;
import org.hum.api.keys.KekRotation;
import org.hum.api.keys.KeyJobView;
import org.hum.api.keys.KeyStatus;
import org.hum.audit.control.AuditTrail;
import org.hum.keys.control.DataKeys;
import org.hum.keys.control.KeyRing;
import org.hum.keys.entity.KeyJob;

import java.util.UUID;

/**
 * Key operations for administrators (docs/architecture.md, "Encryption"): the key-encryption key,
 * the census and the key jobs. A file's own data key is rotated and shredded by
 * {@code source.boundary.FileKeys}. An administrator works on keys and ids only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class KeyAdministration {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    KeyRing keyRing;

    @Inject
    DataKeys dataKeys;

    @Inject
    AuditTrail audit;

    public KeyStatus status() {
        return new KeyStatus(keyRing.currentKekId(), keyRing.kekIds(), dataKeys.census());
    }

    /** A new key-encryption key; every live data key is re-wrapped under it. No field is touched. */
    public KekRotation rotateKek() {
        String next = keyRing.rotate();
        audit.record("KEK_ROTATED", "KEY", next, null, AuditTrail.SUCCESS);
        return new KekRotation(next, dataKeys.rewrapAll());
    }

    public KeyJobView job(String jobId) {
        KeyJob job = em.find(KeyJob.class, canonical(jobId));
        if (job == null) {
            throw HumException.notFound("key job");
        }
        return job.view();
    }

    private static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw HumException.notFound("key job");
        }
    }
}
