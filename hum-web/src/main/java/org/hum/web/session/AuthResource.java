package org.hum.web.session;

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
import org.hum.api.auth.Caller;
import org.hum.api.auth.LoginRequest;
import org.hum.api.auth.TokenResponse;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.web.platform.HumAuthenticationMechanism;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Logging in to the API: a password once, then a short-lived bearer token. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    static final String LOGIN_FAILED = "The username or password is wrong, or the account is paused after "
            + "repeated failures. Check them and try again in a minute.";

    @Inject
    Authentication authentication;

    @Inject
    Callers callers;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse login(@NotNull @Valid LoginRequest login, @Context HttpServletRequest request) {
        Caller user = callers.checkPassword(login.username(), login.password(), request.getRemoteAddr())
                .orElseThrow(() -> new HumException(ErrorCode.LOGIN_FAILED, LOGIN_FAILED));
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
