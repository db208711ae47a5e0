package org.hum.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.entity.User;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.config.control.ActiveScope;

import java.security.Principal;

/**
 * Turns the authenticated caller into a {@link Viewer}, from the users table as it is now: as the
 * bearer token's check read it in this request ({@link RequestCaller}), else read here.
 */
@ApplicationScoped
public class Viewers {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    RequestCaller request;

    public Viewer of(Principal principal) {
        if (principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())) {
            throw new HumException(ErrorCode.UNAUTHENTICATED, "Log in first.");
        }
        Viewer kept = ActiveScope.orNull(() -> request.viewer(principal.getName()));
        if (kept != null) {
            return kept;
        }
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", principal.getName())
                .getResultStream()
                .filter(User::enabled)
                .findFirst()
                .map(Viewers::of)
                .orElseThrow(() -> new HumException(ErrorCode.UNAUTHENTICATED, "Your account is not active. Log in again."));
    }

    /** A user as access control sees them now: for checking what someone else may see (a grant's holder). */
    public static Viewer of(User u) {
        return new Viewer(u.id(), u.username(), u.clearanceLevel(), u.compartments(), u.roles());
    }
}
