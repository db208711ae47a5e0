package org.hum.login.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AuthenticatedUser;
import org.hum.access.control.RequestCaller;
import org.hum.access.control.Viewer;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditContext;
import org.hum.config.control.ActiveScope;
import org.hum.config.control.StatementProfiler;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check of a bearer token on every API request: one statement for the token, its enabled
 * user, the user's roles, clearance and compartments as they are now, on the application's pool
 * outside a transaction (a read needs none; beginning and committing one cost three round trips on
 * every call) and outside the persistence provider and the enterprise bean container (a plain
 * JDBC read, called straight from the web tier's authentication mechanism). What it read is kept
 * ({@link TokenCache}) until the token expires or the security epoch moves, and trusted only while
 * this instance's last read of the epoch is fresh; a revoked token, a disabled account or a changed
 * role is refused on the next request by every instance (docs/architecture.md, "Identity"). What a
 * check read or found kept is the request's {@link Viewer} ({@link RequestCaller}) and the roles
 * the audit trail records ({@link AuditContext}). The pool is looked up by its global name, which
 * the web module reaches as well as this one (this module's persistence unit it reaches only
 * inside an enterprise bean's call).
 */
@ApplicationScoped
public class TokenCheck {
    @Resource(lookup = "jdbc/hum")
    DataSource db;

    @Inject
    Clock clock;

    @Inject
    RequestCaller requestCaller;

    @Inject
    AuditContext auditContext;

    @Inject
    TokenCache cache;

    /** The user a bearer token stands for, with their roles as they are now, or empty. */
    public Optional<AuthenticatedUser> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        byte[] hash = sha256(token);
        Instant now = clock.instant();
        TokenCache.Kept kept = cache.get(hash, now);
        if (kept != null) {
            ActiveScope.ifActive(() -> requestCaller.keep(kept.viewer()));
            ActiveScope.ifActive(() -> auditContext.keepCheckedRoles(kept.viewer().username(), kept.viewer().roles()));
            return Optional.of(kept.user());
        }
        long generation = cache.generation();
        String userId = null;
        String username = null;
        int clearance = 0;
        Instant expiresAt = null;
        Set<String> roles = new TreeSet<>();
        Set<String> compartments = new TreeSet<>();
        StatementProfiler.countedOutside();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select u.id, u.username, u.clearance_level, r.role, c.compartment_code, t.expires_at "
                     + "from api_token t join app_user u on u.id = t.user_id left join user_role r on r.user_id = u.id "
                     + "left join user_compartment c on c.user_id = u.id "
                     + "where t.token_hash = ? and t.expires_at > ? and u.enabled = true")) {
            s.setBytes(1, hash);
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    userId = rs.getString(1);
                    username = rs.getString(2);
                    clearance = rs.getInt(3);
                    expiresAt = rs.getTimestamp(6).toInstant();
                    if (rs.getString(4) != null) {
                        roles.add(rs.getString(4));
                    }
                    if (rs.getString(5) != null) {
                        compartments.add(rs.getString(5));
                    }
                }
            }
        } catch (SQLException e) {
            // the authentication mechanism answers 503 for a database that does not answer (the cause says so)
            throw new IllegalStateException("The bearer token could not be checked: " + e.getClass().getSimpleName(), e);
        }
        if (userId == null) {
            return Optional.empty();
        }
        if (roles.isEmpty()) {
            // every account has a role: none means they could not be read
            throw new HumException(ErrorCode.UNAVAILABLE, "Your roles could not be read from the database; try again in a few seconds.");
        }
        Viewer viewer = new Viewer(userId, username, clearance, compartments, roles);
        ActiveScope.ifActive(() -> requestCaller.keep(viewer));
        ActiveScope.ifActive(() -> auditContext.keepCheckedRoles(viewer.username(), viewer.roles()));
        AuthenticatedUser user = new AuthenticatedUser(userId, username, Set.copyOf(roles));
        cache.keep(hash, generation, expiresAt, viewer, user);
        return Optional.of(user);
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
