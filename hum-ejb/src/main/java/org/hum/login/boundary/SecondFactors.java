package org.hum.login.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.LoginThrottle;
import org.hum.access.entity.User;
import org.hum.api.auth.SecondFactorEnrolment;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.audit.control.AuditTrail;
import org.hum.login.control.SecondFactorPolicy;
import org.hum.login.control.SecondFactorStore;
import org.hum.login.control.Totp;
import org.hum.login.entity.SecondFactor;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Enrolling a second factor and renewing its recovery codes (docs/operations.md, "Second factor").
 * The web tier calls these only for a user it has just checked: by password (a login that must
 * enrol first, or an enrolment over REST), by a UI session, or by a bearer token. A wrong code is
 * counted as a failed login of the account, and the count commits: these return rather than throw
 * on a wrong code. Nothing secret is written to the audit trail.
 */
@Stateless
@PermitAll
public class SecondFactors {
    static final String ISSUER = "HUM";

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactorStore store;

    /**
     * A new secret for the user, shown this once, replacing any enrolment still pending. An
     * enrolled user is refused (an administrator resets a lost factor), and so is a partner.
     */
    public SecondFactorEnrolment begin(String userId) {
        User user = locked(userId);
        if (!SecondFactorPolicy.mayEnrol(user.roles())) {
            throw new HumException(ErrorCode.UNPROCESSABLE, "Partner accounts have no second factor: they read released "
                    + "reports only, and their machine accounts log in with HTTP Basic.");
        }
        if (store.enrolled(userId)) {
            throw new HumException(ErrorCode.CONFLICT, "You already have a second factor: log in with its code. If you "
                    + "lost it, log in with a recovery code, or ask an administrator to reset it.");
        }
        byte[] secret = store.begin(userId, clock.instant());
        try {
            audit.recordAs(user.username(), user.roles(), "SECOND_FACTOR_ENROLMENT_STARTED", "USER", user.username(), null,
                    AuditTrail.SUCCESS);
            return new SecondFactorEnrolment(user.username(), Totp.base32(secret), Totp.uri(ISSUER, user.username(), secret));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Confirms the pending enrolment with a first code of the authenticator: the ten recovery
     * codes, shown this once, or empty when the code is wrong (a failed login of the account).
     */
    public Optional<List<String>> confirm(String userId, String code) {
        User user = locked(userId);
        SecondFactor factor = store.of(userId).filter(f -> !f.confirmed()).orElseThrow(() -> new HumException(
                ErrorCode.CONFLICT, "No enrolment is pending for you: start one first (it shows the secret to add to "
                + "your authenticator)."));
        Instant now = clock.instant();
        if (LoginThrottle.isLocked(user.lockedUntil(), now) || !store.acceptCode(factor, code, now)) {
            failed(user, now, "SECOND_FACTOR_ENROLMENT_FAILED");
            return Optional.empty();
        }
        factor.confirm(now);
        List<String> codes = store.newRecoveryCodes(userId, now);
        user.recordSuccessfulLogin();
        audit.recordAs(user.username(), user.roles(), "SECOND_FACTOR_ENROLLED", "USER", user.username(), null, AuditTrail.SUCCESS);
        return Optional.of(codes);
    }

    /**
     * Ten new recovery codes for the user, the earlier ones void, given a current code of their
     * authenticator (a recovery code does not do); empty when the code is wrong.
     */
    public Optional<List<String>> renewRecoveryCodes(String username, String code) {
        User user = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new HumException(ErrorCode.NOT_FOUND, "No such user."));
        SecondFactor factor = store.of(user.id()).filter(SecondFactor::confirmed).orElseThrow(() -> new HumException(
                ErrorCode.CONFLICT, "You have no second factor yet: enrol one first; its recovery codes come with it."));
        Instant now = clock.instant();
        if (LoginThrottle.isLocked(user.lockedUntil(), now) || !store.acceptCode(factor, code, now)) {
            failed(user, now, "RECOVERY_CODES_RENEWAL_FAILED");
            return Optional.empty();
        }
        List<String> codes = store.newRecoveryCodes(user.id(), now);
        audit.recordAs(user.username(), user.roles(), "RECOVERY_CODES_RENEWED", "USER", user.username(), null, AuditTrail.SUCCESS);
        return Optional.of(codes);
    }

    /** Whether the user has a confirmed second factor. */
    public boolean enrolled(String userId) {
        return store.enrolled(userId);
    }

    /** Whether the named user has a confirmed second factor. */
    public boolean enrolledByName(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst().map(u -> store.enrolled(u.id())).orElse(false);
    }

    /** How many of the named user's recovery codes are left unused. */
    public long unusedRecoveryCodes(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst().map(u -> store.unusedRecoveryCodes(u.id())).orElse(0L);
    }

    private void failed(User user, Instant now, String action) {
        user.recordFailedLogin(LoginThrottle.lockAfterFailure(user.failedLogins(), now));
        audit.recordAs(user.username(), null, action, "USER", user.username(), null, AuditTrail.FAILED);
    }

    private User locked(String userId) {
        User user = userId == null ? null : em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null || !user.enabled()) {
            throw new HumException(ErrorCode.UNAUTHENTICATED, "Log in again: your account is no longer available.");
        }
        return user;
    }
}
