package org.hum.login.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hum.access.control.AddressFailures;
import org.hum.access.control.AddressThrottle;
import org.hum.access.control.AuthenticatedUser;
import org.hum.access.control.HashGate;
import org.hum.access.control.RefusalTally;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.access.control.LoginThrottle;
import org.hum.access.entity.ApiToken;
import org.hum.access.entity.User;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.PasswordHasher;
import org.hum.config.control.HumConfig;
import org.hum.login.control.SecondFactorPolicy;
import org.hum.login.control.SecondFactorStore;
import org.hum.login.control.TokenCache;
import org.hum.login.control.TokenCheck;
import org.hum.login.entity.SecondFactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Logging in: checks a password once, then hands out a session (UI) or a short-lived bearer
 * token (API), so that no password is hashed again on each call (docs/architecture.md, "Identity").
 * Failed attempts are counted per account and slow it down ({@link LoginThrottle}); the
 * answer never says whether the user exists.
 */
@Stateless
@PermitAll
public class Authentication {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHasher HASHER = new PasswordHasher();
    /** At most as many password hashes at once as the machine has cores (at least two); a login waits a second for one. */
    private static final HashGate HASHES = new HashGate(Math.max(2, Runtime.getRuntime().availableProcessors()), 1000);
    private static final RefusalTally TOKEN_REFUSALS = new RefusalTally();

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TokenCache tokenChecks;


    @Inject
    HumConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactorStore secondFactors;

    /** Failed logins by client address, beside the per-account count ({@link AddressThrottle}), shared by the instances. */
    @Inject
    AddressFailures addresses;

    /**
     * Checks a username and password, counting failures by account and by the client's
     * {@code address}: an address past its free failures is refused without a hash. Commits the
     * failure count either way, so it returns rather than throws on failure; the audit entry of the
     * attempt commits with it. Every hash waits for a permit of the {@link HashGate}; none in time
     * is 503 (try again), with nothing checked or counted. No second-factor code is given, so an
     * account that has or needs one is refused: this is the check of machine accounts (TAXII), and
     * only a partner's machine account passes it (docs/domain.md, "The partner exchange").
     */
    public Optional<AuthenticatedUser> checkPassword(String username, String password, String address) {
        Login login = login(username, password, null, address, Channel.MACHINE);
        return login.mustEnrol() ? Optional.empty() : login.user();
    }

    /**
     * Where a password is given: a person's login (the UI and the API's login) or a partner
     * machine's HTTP Basic (TAXII). A partner's machine account passes only the second, every other
     * account only the first; the other way is refused exactly as a wrong password is.
     */
    enum Channel {
        PERSON, MACHINE
    }

    /**
     * A login: the password, then the second factor where the account has one or must have one
     * (docs/operations.md, "Second factor"). {@code code} is a six-digit code or an unused
     * recovery code; a wrong or missing one is a failed login, counted like a wrong password. An
     * account that must enrol first comes back with {@link Login#mustEnrol()} and is not logged in.
     */
    public Login login(String username, String password, String code, String address) {
        return login(username, password, code, address, Channel.PERSON);
    }

    private Login login(String username, String password, String code, String address, Channel channel) {
        Instant at = clock.instant();
        if (addresses.isLocked(address, at)) {
            loginFailed(null);
            return Login.FAILED;
        }
        Optional<Login> checked = HASHES.run(() -> Optional.of(check(username, password, code, channel)), Optional::empty);
        Login login = checked.orElseThrow(() -> new HumException(ErrorCode.UNAVAILABLE,
                "Too many logins are being checked at once; nothing was checked. Try again in a few seconds."));
        if (login.user().isEmpty() && !login.mustEnrol()) {
            // a right password that leads to enrolment is no failure: an office behind one address
            // whose people enrol on the same morning must not lock that address out
            addresses.failed(address, at);
        }
        return login;
    }

    /**
     * What a login came to: a user logged in, or the id of a user whose password was right but who
     * must enrol a second factor first (not logged in), or neither.
     */
    public record Login(Optional<AuthenticatedUser> user, Optional<String> enrolling) {
        static final Login FAILED = new Login(Optional.empty(), Optional.empty());

        public boolean mustEnrol() {
            return enrolling.isPresent();
        }
    }

    private Login check(String username, String password, String code, Channel channel) {
        if (username == null || password == null || username.isBlank() || username.length() > 64 || password.length() > 256) {
            loginFailed(null);
            return Login.FAILED;
        }
        Optional<User> found = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        char[] pw = password.toCharArray();
        if (found.isEmpty()) {
            HASHER.burnEquivalentTime(pw); // same time as a real check: existence stays hidden
            loginFailed(null);
            return Login.FAILED;
        }
        User user = found.get();
        Instant now = clock.instant();
        if (!user.enabled() || LoginThrottle.isLocked(user.lockedUntil(), now)) {
            HASHER.burnEquivalentTime(pw);
            loginFailed(user);
            return Login.FAILED;
        }
        if (!HASHER.verify(pw, user.passwordHash())) {
            user.recordFailedLogin(LoginThrottle.lockAfterFailure(user.failedLogins(), now));
            loginFailed(user);
            return Login.FAILED;
        }
        if (isMachine(user.id()) != (channel == Channel.MACHINE)) {
            // a machine account at the login, or a person over TAXII: refused as a wrong password is, no hint
            user.recordFailedLogin(LoginThrottle.lockAfterFailure(user.failedLogins(), now));
            loginFailed(user);
            return Login.FAILED;
        }
        if (HASHER.needsRehash(user.passwordHash())) {
            user.passwordHash(HASHER.hash(pw));
        }
        Optional<SecondFactor> factor = secondFactors.of(user.id());
        SecondFactorPolicy.Next next = SecondFactorPolicy.after(SecondFactorPolicy.Mode.of(config.secondFactor()),
                user.roles(), factor.map(SecondFactor::confirmed).orElse(false));
        AuthenticatedUser authenticated = new AuthenticatedUser(user.id(), user.username(), user.roles());
        if (next == SecondFactorPolicy.Next.ENROL) {
            // the password was right, but the account is not let in without a second factor
            return new Login(Optional.empty(), Optional.of(user.id()));
        }
        if (next == SecondFactorPolicy.Next.CODE && !secondCheck(user, factor.get(), code, now)) {
            user.recordFailedLogin(LoginThrottle.lockAfterFailure(user.failedLogins(), now));
            loginFailed(user);
            return Login.FAILED;
        }
        user.recordSuccessfulLogin();
        audit.recordAs(user.username(), user.roles(), "LOGIN_SUCCEEDED", "USER", user.username(), null, AuditTrail.SUCCESS);
        return new Login(Optional.of(authenticated), Optional.empty());
    }

    /** Whether the user is a partner organisation's machine account (docs/domain.md, "The partner exchange"). */
    private boolean isMachine(String userId) {
        java.util.List<?> rows = em.createNativeQuery("select machine from partner_account where user_id = ?")
                .setParameter(1, userId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return false;
        }
        Object flag = rows.get(0);
        return flag instanceof Boolean b ? b : flag instanceof Number n && n.intValue() != 0;
    }

    /** The code of the user's authenticator, or one of their unused recovery codes (audited when used). */
    private boolean secondCheck(User user, SecondFactor factor, String code, Instant now) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return false;
        }
        if (secondFactors.acceptCode(factor, code, now)) {
            return true;
        }
        if (secondFactors.acceptRecoveryCode(user.id(), code, now)) {
            audit.recordAs(user.username(), user.roles(), "RECOVERY_CODE_USED", "USER", user.username(), null, AuditTrail.SUCCESS);
            return true;
        }
        return false;
    }

    /**
     * An unknown name is not written down: it may be a password typed in the wrong field.
     * A known account's failures are, under that account's name.
     */
    private void loginFailed(User account) {
        String name = account == null ? AuditTrail.ANONYMOUS : account.username();
        // no roles: a failed attempt acted with none of the account's rights
        audit.recordAs(name, null, "LOGIN_FAILED", "USER",
                account == null ? null : account.username(), null, AuditTrail.FAILED);
    }

    /** Issues a bearer token for a user whose password was just checked. */
    public IssuedToken issueToken(AuthenticatedUser user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(config.tokenLifetime());
        em.persist(new ApiToken(sha256(token), user.userId(), now, expires));
        return new IssuedToken(token, expires);
    }

    /**
     * Records that a bearer token from {@code address} was refused (unknown, expired or revoked):
     * the first from an address at once, then at most one entry a minute standing for all since
     * ({@link RefusalTally}); the token itself is never written anywhere.
     */
    public void tokenRefused(String address) {
        TOKEN_REFUSALS.refused(address, clock.instant()).ifPresent(n -> audit.recordAs(AuditTrail.ANONYMOUS, null,
                "TOKEN_REFUSED", "TOKEN_CHECK", n + (n == 1 ? " refusal" : " refusals"), null, AuditTrail.FAILED));
    }

    /**
     * Records the bearer-token refusals held back a minute or more that no later refusal carried
     * (a burst, then silence): one entry for all of them, with how many addresses they came from.
     * Called every minute on each instance, which keeps its own count ({@link TokenRefusalJob}).
     */
    public void recordHeldTokenRefusals() {
        TOKEN_REFUSALS.drain(clock.instant()).ifPresent(held -> audit.recordAs(AuditTrail.ANONYMOUS, null,
                "TOKEN_REFUSED", "TOKEN_CHECK", held.refusals() + (held.refusals() == 1 ? " refusal" : " refusals")
                        + " from " + held.addresses() + (held.addresses() == 1 ? " address" : " addresses"),
                null, AuditTrail.FAILED));
    }

    /** The user behind a UI session, with their roles as they are now. */
    public Optional<AuthenticatedUser> current(String userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        if (user == null || !user.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(user.id(), user.username(), rolesOf(user)));
    }

    /**
     * The user's roles. Every account has at least one (the account rules require it), so none
     * means they could not be read: with the database going down under a request, the persistence
     * provider was seen to log the failed read of the roles and hand back the user without them,
     * and the caller was let in with no role (403 on every call) instead of being told to try
     * again. The user is dropped from the shared cache, so that no copy without roles outlives the
     * outage, and the request is answered 503 (docs/architecture.md, "When the database goes away").
     */
    private java.util.Set<String> rolesOf(User user) {
        java.util.Set<String> roles = user.roles();
        if (roles.isEmpty()) {
            em.getEntityManagerFactory().getCache().evict(User.class, user.id());
            throw new HumException(ErrorCode.UNAVAILABLE, "Your roles could not be read from the database; try again in a few seconds.");
        }
        return roles;
    }

    public void revokeToken(String token) {
        if (token != null && token.length() <= 128) {
            ApiToken t = em.find(ApiToken.class, sha256(token));
            if (t != null) {
                em.remove(t);
                tokenChecks.changedInThisTransaction(); // refused on every instance once the logout answers
                User user = em.find(User.class, t.userId());
                if (user != null) {
                    audit.recordAs(user.username(), user.roles(), "LOGOUT", "USER", user.username(), null, AuditTrail.SUCCESS);
                }
            }
        }
    }

    /** A UI session ended by its user: recorded like a token given back. */
    public void sessionEnded(String username) {
        if (username == null) {
            return;
        }
        em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst().ifPresent(user -> audit.recordAs(user.username(), user.roles(),
                        "LOGOUT", "USER", user.username(), null, AuditTrail.SUCCESS));
    }

    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }

    static byte[] sha256(String token) {
        return TokenCheck.sha256(token);
    }
}
