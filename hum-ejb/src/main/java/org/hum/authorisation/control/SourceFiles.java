package org.hum.authorisation.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.boundary.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.platform.control.HumConfig;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the source file an authorisation derives from, for a viewer, as
 * {@code SourceRegistry.find} does: through the access-aware store, re-checked by dominance;
 * a file the caller may not see answers exactly as one that does not exist.
 */
@ApplicationScoped
public class SourceFiles {
    @Inject
    SourceStore store;

    @Inject
    HumConfig config;

    @EJB
    AuditLog refusals;

    /** The file, or 404 ({@code what} names the thing asked for) and a refusal audited; 410 if destroyed. */
    public Source resolve(Viewer viewer, String sourceId, String what, String askedId) {
        String canonical = canonical(sourceId);
        Source source = (canonical == null ? Optional.<Source>empty() : store.find(viewer, canonical))
                .filter(s -> AccessRule.dominates(viewer, s.label()))
                .orElse(null);
        if (source == null) {
            refusals.refused("ACCESS_REFUSED", what.toUpperCase().replace(' ', '_').replace("-", "_"),
                    askedId == null ? "(not an id)" : bounded(askedId), null);
            throw HumException.notFound(what);
        }
        if (source.isDestroyed()) {
            refusals.refused("SOURCE_READ_GONE", "SOURCE", source.id(), label(source));
            throw new HumException(ErrorCode.GONE, "This source file was destroyed on " + source.destroyedAt()
                    + "; nothing of it can be read or changed any more.");
        }
        return source;
    }

    /** System work only (deadlines, deactivation): a file by id, with no viewer. */
    public Optional<Source> unrestricted(String sourceId) {
        return store.unrestricted(sourceId);
    }

    public String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }

    public static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String bounded(String id) {
        return id.length() > 64 ? id.substring(0, 64) : id;
    }
}
