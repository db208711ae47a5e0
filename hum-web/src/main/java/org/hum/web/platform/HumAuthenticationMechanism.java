package org.hum.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hum.login.boundary.Callers;
import org.hum.api.auth.Caller;
import org.hum.api.error.ErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * HUM's one authentication mechanism (Jakarta Security):
 * <ul>
 *   <li>{@code /api/*}: a bearer token only. Session cookies are ignored there, so the API
 *   cannot be driven by a forged cross-site request.</li>
 *   <li>the UI: the login form hands a username and password to
 *   {@code SecurityContext.authenticate}; success stores the user's id in a new session
 *   (the id changes at login against session fixation).</li>
 * </ul>
 * Either way, roles are read afresh from the users table on every request, so a change of
 * rights applies on the very next one.
 */
@ApplicationScoped
public class HumAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String SESSION_USER = "hum.userId";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Callers authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            return api(request, response, context);
        }
        return ui(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            String token = bearerToken(header);
            Optional<Caller> user = token == null ? Optional.empty() : authentication.resolveToken(token);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
            }
            return unauthorized(request, response, "The Authorization header holds no valid bearer token, or it has "
                    + "expired: log in again with POST /hum/api/auth/login and send Authorization: Bearer <token>.");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "Log in first: POST /hum/api/auth/login with "
                    + "{\"username\",\"password\"}, then send Authorization: Bearer <token>.");
        }
        return context.doNothing();
    }

    private AuthenticationStatus ui(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential c) {
            Optional<Caller> user = authentication.checkPassword(c.getCaller(), c.getPasswordAsString());
            if (user.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            request.getSession(true).setAttribute(SESSION_USER, user.get().userId());
            return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String userId) {
            Optional<Caller> user = authentication.current(userId);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null. */
    public static String bearerToken(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String detail) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"hum\"");
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problems.json(ErrorCode.UNAUTHENTICATED, detail, request.getRequestURI()));
        } catch (IOException e) {
            // the client went away; nothing else to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
