package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.keys.KeyJobView;
import org.hum.audit.control.AuditTrail;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.util.UUID;

/**
 * The key operations on one source file, for administrators: rotating its data key
 * (docs/architecture.md, "Encryption"). Destroying a file is a two-person decision of the file's
 * controllers and authorising officers (docs/domain.md, "Retention and destruction (step 9)"). An administrator works on keys and
 * file ids only: nothing here returns, or needs to see, any source content.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FileKeys {
    @EJB
    DekRotator rotator;

    @Inject
    SourceStore sources;

    @Inject
    Viewers viewers;

    @Inject
    Principal principal;

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
