package org.hum.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.hum.login.boundary.Authentication;
import org.hum.login.boundary.Callers;
import org.hum.login.boundary.SecondFactors;
import org.hum.api.auth.CodeRequest;
import org.hum.api.auth.EnrolmentConfirmed;
import org.hum.api.auth.RecoveryCodes;
import org.hum.api.auth.SecondFactorEnrolment;
import org.hum.api.auth.Caller;
import org.hum.api.auth.LoginRequest;
import org.hum.api.auth.TokenResponse;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.web.platform.HumAuthenticationMechanism;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Logging in to the API: a password (and the second factor where the account has one) once,
 * then a short-lived bearer token; and enrolling the second factor (docs/api.md, "Second factor").
 */
@ApplicationScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    static final String LOGIN_FAILED = "The username or password is wrong, or the second-factor code (field \"code\": "
            + "six digits from your authenticator, or an unused recovery code) is missing or wrong, or the account is "
            + "paused after repeated failures. Check them and try again in a minute.";
    static final String MUST_ENROL = "Your password is right, but your account needs a second factor before it can log "
            + "in. Enrol one: POST /hum/api/auth/second-factor/enrolment with {\"username\",\"password\"} gives a secret "
            + "for your authenticator app; then POST /hum/api/auth/second-factor/enrolment/confirmation with "
            + "{\"username\",\"password\",\"code\"} and the app's current code.";

    @Inject
    Authentication authentication;

    @Inject
    Callers callers;

    @Inject
    SecondFactors secondFactors;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse login(@NotNull @Valid LoginRequest login, @Context HttpServletRequest request) {
        Callers.LoginResult result = callers.login(login.username(), login.password(), login.code(), request.getRemoteAddr());
        if (result.mustEnrol()) {
            throw new HumException(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED, MUST_ENROL);
        }
        return token(result.caller().orElseThrow(() -> new HumException(ErrorCode.LOGIN_FAILED, LOGIN_FAILED)));
    }

    /**
     * Starts enrolling a second factor, with the password (docs/api.md, "Second factor"): for an
     * account that must enrol before it logs in, or one that may. An enrolled account gives its
     * code with the password here too, and is then told it is enrolled already.
     */
    @POST
    @Path("second-factor/enrolment")
    @Consumes(MediaType.APPLICATION_JSON)
    public SecondFactorEnrolment enrol(@NotNull @Valid LoginRequest login, @Context HttpServletRequest request) {
        return secondFactors.begin(enrolling(login, request));
    }

    /** Confirms the enrolment with a first code of the authenticator: the recovery codes, and a bearer token. */
    @POST
    @Path("second-factor/enrolment/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentConfirmed confirm(@NotNull @Valid LoginRequest login, @Context HttpServletRequest request) {
        String userId = enrolling(new LoginRequest(login.username(), login.password(), null), request);
        List<String> codes = secondFactors.confirm(userId, login.code()).orElseThrow(() -> new HumException(
                ErrorCode.LOGIN_FAILED, "The code is wrong or was used already: type the code your authenticator "
                + "shows now (six digits, from the secret of this enrolment)."));
        Caller caller = callers.current(userId).orElseThrow(() -> new HumException(ErrorCode.LOGIN_FAILED, LOGIN_FAILED));
        return new EnrolmentConfirmed(codes, token(caller));
    }

    /** New recovery codes for the caller, the earlier ones void, given a current code of their authenticator. */
    @POST
    @Path("second-factor/recovery-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecoveryCodes renew(@NotNull @Valid CodeRequest code, @Context SecurityContext security) {
        return new RecoveryCodes(secondFactors.renewRecoveryCodes(security.getUserPrincipal().getName(), code.code())
                .orElseThrow(() -> new HumException(ErrorCode.UNPROCESSABLE, "The code is wrong or was used already: "
                        + "type the code your authenticator shows now (a recovery code does not renew them).")));
    }

    /** Whether the caller has a second factor, and how many recovery codes they have left. */
    @GET
    @Path("second-factor")
    public Map<String, Object> secondFactor(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return Map.of("enrolled", secondFactors.enrolledByName(name), "unusedRecoveryCodes",
                secondFactors.unusedRecoveryCodes(name));
    }

    /** The id of the user whose password (and code, if they have a second factor) this is, or 401. */
    private String enrolling(LoginRequest login, HttpServletRequest request) {
        Callers.LoginResult result = callers.login(login.username(), login.password(), login.code(), request.getRemoteAddr());
        return result.enrolling().or(() -> result.caller().map(Caller::userId))
                .orElseThrow(() -> new HumException(ErrorCode.LOGIN_FAILED, LOGIN_FAILED));
    }

    private TokenResponse token(Caller user) {
        Authentication.IssuedToken token = callers.issueToken(user);
        return new TokenResponse(token.token(), "Bearer", token.expiresAt(), user.username(),
                List.copyOf(new TreeSet<>(user.roles())));
    }

    @POST
    @Path("logout")
    public Response logout(@HeaderParam("Authorization") String authorization) {
        authentication.revokeToken(HumAuthenticationMechanism.bearerToken(authorization));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Map<String, Object> me(@Context SecurityContext security) {
        return Map.of("username", security.getUserPrincipal().getName());
    }
}
