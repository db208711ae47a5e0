package org.hum.login.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.AuthenticatedUser;
import org.hum.access.control.RequestCaller;
import org.hum.access.control.Viewer;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check of a bearer token on every API request: one statement for the token, its enabled
 * user, the user's roles, clearance and compartments as they are now, outside a transaction (a
 * read needs none; beginning and committing one cost three round trips on every call). What it
 * read is kept as the request's {@link Viewer} ({@link RequestCaller}) and as the roles the audit
 * trail records ({@link AuditContext}); nothing is kept past the request, so a revoked token, a
 * disabled account or a changed role is refused on the next request by every instance
 * (docs/performance.md, "Reads once per request, not once per use"). Called through
 * {@code Authentication.resolveToken}, an enterprise bean's method: from the web module, this
 * module's persistence unit is reachable only inside such a call.
 */
@ApplicationScoped
public class TokenCheck {
    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestCaller requestCaller;

    @Inject
    AuditContext auditContext;

    /** The user a bearer token stands for, with their roles as they are now, or empty. */
    public Optional<AuthenticatedUser> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.id, u.username, u.clearance_level, r.role, c.compartment_code "
                        + "from api_token t join app_user u on u.id = t.user_id left join user_role r on r.user_id = u.id "
                        + "left join user_compartment c on c.user_id = u.id "
                        + "where t.token_hash = ? and t.expires_at > ? and u.enabled = true")
                .setParameter(1, sha256(token)).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = new TreeSet<>();
        Set<String> compartments = new TreeSet<>();
        for (Object[] r : rows) {
            if (r[3] != null) {
                roles.add((String) r[3]);
            }
            if (r[4] != null) {
                compartments.add((String) r[4]);
            }
        }
        if (roles.isEmpty()) {
            // every account has a role: none means they could not be read
            throw new HumException(ErrorCode.UNAVAILABLE, "Your roles could not be read from the database; try again in a few seconds.");
        }
        String userId = (String) rows.get(0)[0];
        String username = (String) rows.get(0)[1];
        RequestCaller.keep(requestCaller, new Viewer(userId, username, ((Number) rows.get(0)[2]).intValue(), compartments, roles));
        AuditContext.keepCheckedRoles(auditContext, username, roles); // the audit trail need not ask the container
        return Optional.of(new AuthenticatedUser(userId, username, Set.copyOf(roles)));
    }

    /** How a token is stored: its SHA-256, never the token. */
    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
