package org.hum.login.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AuthenticatedUser;
import org.hum.api.auth.Caller;
import org.hum.login.control.TokenCheck;

import java.util.Optional;

/**
 * {@link Authentication} for the web tier's authentication mechanism and login resource: the
 * same checks, each answering the API's {@link Caller}.
 */
@ApplicationScoped
public class Callers {
    @Inject
    Authentication authentication;

    @Inject
    TokenCheck tokens;

    /** The caller whose password this is (failures counted by account and by client address, and audited), or empty. */
    public Optional<Caller> checkPassword(String username, String password, String address) {
        return authentication.checkPassword(username, password, address).map(Callers::caller);
    }

    /**
     * A login with the second factor where the account has or needs one: the caller logged in, or
     * the id of one who must enrol first, or neither (counted and audited as a failure).
     */
    public LoginResult login(String username, String password, String code, String address) {
        Authentication.Login login = authentication.login(username, password, code, address);
        return new LoginResult(login.user().map(Callers::caller), login.enrolling());
    }

    /** What {@link #login} came to. */
    public record LoginResult(Optional<Caller> caller, Optional<String> enrolling) {
        public boolean mustEnrol() {
            return enrolling.isPresent();
        }
    }

    /** A refused bearer token from this address, for the trail (rate-limited). */
    public void tokenRefused(String address) {
        authentication.tokenRefused(address);
    }

    /** The caller a bearer token stands for, or empty ({@link TokenCheck}, a plain read on every request). */
    public Optional<Caller> resolveToken(String token) {
        return tokens.resolve(token).map(Callers::caller);
    }

    /** The caller behind a UI session, or empty when the user is gone or disabled. */
    public Optional<Caller> current(String userId) {
        return authentication.current(userId).map(Callers::caller);
    }

    /** A bearer token for a caller whose password was just checked. */
    public Authentication.IssuedToken issueToken(Caller caller) {
        return authentication.issueToken(new AuthenticatedUser(caller.userId(), caller.username(), caller.roles()));
    }

    private static Caller caller(AuthenticatedUser user) {
        return new Caller(user.userId(), user.username(), user.roles());
    }
}
