package org.hum.source.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.source.entity.Source;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves a source file for a viewer, for every boundary that acts on a file or on what
 * derives from it (docs/architecture.md, "Enforcement" 1-2): through the access-aware store, re-checked
 * by dominance; a file the caller may not see answers exactly as one that does not exist
 * (404, the refusal audited in its own transaction), a destroyed one as gone (410).
 */
@ApplicationScoped
public class SourceFiles {
    @Inject
    SourceStore store;

    @Inject
    HumConfig config;

    @EJB
    AuditLog refusals;

    /** The file, or 404 and {@code refusal} audited (ACCESS_REFUSED, say); 410 if destroyed. */
    public Source resolve(Viewer viewer, String sourceId, String refusal) {
        String canonical = canonical(sourceId);
        Source source = visible(viewer, canonical);
        if (source == null) {
            refusals.refusedUnseen(refusal, "SOURCE", canonical == null ? "(not a source id)" : canonical);
            throw HumException.notFound("source file");
        }
        return live(source);
    }

    /** As {@link #resolve(Viewer, String, String)}, then the file's row is locked for the rest of the transaction. */
    public Source resolveForUpdate(Viewer viewer, String sourceId, String refusal) {
        Source visible = resolve(viewer, sourceId, refusal);
        Source locked = store.unrestrictedForUpdate(visible.id());
        return locked == null ? visible : locked;
    }

    /** The file, or 404 ({@code what} names the thing asked for) and a refusal audited; 410 if destroyed. */
    public Source resolve(Viewer viewer, String sourceId, String what, String askedId) {
        Source source = visible(viewer, canonical(sourceId));
        if (source == null) {
            refusals.refusedUnseen("ACCESS_REFUSED", what.toUpperCase().replace(' ', '_').replace("-", "_"),
                    askedId == null ? "(not an id)" : bounded(askedId));
            throw HumException.notFound(what);
        }
        return live(source);
    }

    private Source visible(Viewer viewer, String canonical) {
        return (canonical == null ? Optional.<Source>empty() : store.find(viewer, canonical))
                .filter(s -> AccessRule.dominates(viewer, s.label())) // Enforcement 2: re-check what was loaded
                .orElse(null);
    }

    private Source live(Source source) {
        if (source.isDestroyed()) {
            refusals.refused("SOURCE_READ_GONE", "SOURCE", source.id(), label(source));
            throw new HumException(ErrorCode.GONE, "This source file was destroyed on " + source.destroyedAt()
                    + " (its key was erased); nothing of it can be read or changed any more.");
        }
        return source;
    }

    /** Whether the viewer may see the file's true identity: dominance and an identity grant for it. */
    public boolean maySeeTrueIdentity(Viewer viewer, Source source) {
        return AccessRule.maySeeTrueIdentity(viewer, source.label(), store.holdsIdentityGrant(viewer, source));
    }

    /** System work only (deadlines, deactivation): a file by id, with no viewer. */
    public Optional<Source> unrestricted(String sourceId) {
        return store.unrestricted(sourceId);
    }

    /** As {@link #unrestricted(String)}, for several files at once, by id (a missing one is not in the map). */
    public java.util.Map<String, Source> unrestricted(java.util.Collection<String> sourceIds) {
        return store.unrestricted(sourceIds);
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
