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
import org.hum.audit.boundary.AuditRequests;
import org.hum.login.boundary.Callers;
import org.hum.api.auth.Caller;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;

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
    /** A user whose password was right but who must enrol a second factor before they are logged in. */
    public static final String SESSION_ENROLLING = "hum.enrollingUserId";
    /** When that password was checked: the enrolment must follow within {@link #ENROLMENT_WINDOW}. */
    public static final String SESSION_ENROLLING_SINCE = "hum.enrollingSince";
    public static final java.time.Duration ENROLMENT_WINDOW = java.time.Duration.ofMinutes(10);
    /** Set on the request when a correct password leads to enrolment rather than a login. */
    public static final String MUST_ENROL = "hum.mustEnrol";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HumAuthenticationMechanism.class.getName());
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Callers authentication;

    @Inject
    BasicCredentials basic;

    @Inject
    AuditRequests auditRequests;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return switch (Surface.of(request)) {
                case API -> api(request, response, context);
                case TAXII -> taxii(request, response, context);
                case UI -> ui(request, context);
            };
        } catch (RuntimeException e) {
            if (!ErrorMappers.databaseDown(e) && !ErrorMappers.unavailable(e)) {
                String state = sqlState(e);
                if (state == null) {
                    throw e;
                }
                // the database answered, but refused the check (a grant taken away, say): no one is let in or turned away
                LOG.warning(() -> "The database refused a credential check (SQL state " + state + ") while authenticating "
                        + request.getMethod() + " " + request.getRequestURI());
                return unavailable(request, response, "HUM could not check your credentials in its database, so nothing "
                        + "was done. Try again in a few seconds; if this goes on, tell your administrator.");
            }
            if (ErrorMappers.unavailable(e) && !ErrorMappers.databaseDown(e)) {
                // too many password hashes at once: nothing was checked, try again
                return unavailable(request, response, unavailableDetail(e));
            }
            // callers are checked against the database: while it does not answer, no one is let in or turned away
            LOG.warning(() -> "The database did not answer while authenticating " + request.getMethod() + " "
                    + request.getRequestURI());
            return unavailable(request, response, "The database is not answering, so your credentials could not be "
                    + "checked and nothing was done. Try again in a few seconds.");
        }
    }

    /** The SQL state of the first SQL failure in the causes, or null when none is one. */
    private static String sqlState(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql.getSQLState() == null ? "unknown" : sql.getSQLState();
            }
        }
        return null;
    }

    private static String unavailableDetail(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HumException h && h.code() == ErrorCode.UNAVAILABLE) {
                return h.getMessage();
            }
        }
        return "HUM cannot check credentials just now; try again in a few seconds.";
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            response.setStatus(503);
            response.setHeader("Retry-After", "5");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (Surface.of(request) != Surface.UI) {
                response.setContentType(Problems.MEDIA_TYPE);
                response.getWriter().write(Problems.json(ErrorCode.UNAVAILABLE, detail, request.getRequestURI()));
            } else { // a person at a browser
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"5\"><title>HUM: unavailable</title></head><body>"
                        + "<h1>HUM cannot check your credentials just now</h1><p>" + detail + " This page tries again every five "
                        + "seconds.</p></body></html>");
            }
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            String token = bearerToken(header);
            Optional<Caller> user = token == null ? Optional.empty() : authentication.resolveToken(token);
            if (user.isPresent()) {
                return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
            }
            // this runs before the filters: the refusal's entry needs the client's address from here
            auditRequests.begin(request.getRemoteAddr(), java.util.UUID.randomUUID().toString(), null);
            authentication.tokenRefused(request.getRemoteAddr());
            return unauthorized(request, response, "The Authorization header holds no valid bearer token, or it has "
                    + "expired: log in again with POST /hum/api/auth/login and send Authorization: Bearer <token>.");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "Log in first: POST /hum/api/auth/login with "
                    + "{\"username\",\"password\"}, then send Authorization: Bearer <token>.");
        }
        return context.doNothing();
    }

    /**
     * TAXII: HTTP Basic, as TAXII 2.1 asks servers to offer, for partners' machine accounts. A
     * password is checked once (Argon2id, with the per-account lockout of every login) and then
     * remembered for a minute by its SHA-256, so a client paging a collection does not pay the
     * hash on every page; roles are still read afresh on every request.
     */
    private AuthenticationStatus taxii(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<BasicCredentials.Pair> pair = BasicCredentials.parse(request.getHeader("Authorization"));
        if (pair.isEmpty()) {
            return taxiiUnauthorized(response, "Send HTTP Basic credentials of your organisation's TAXII account.");
        }
        Optional<String> known = basic.known(pair.get());
        Optional<Caller> user = known.isPresent() ? authentication.current(known.get())
                : authentication.checkPassword(pair.get().username(), pair.get().password(), request.getRemoteAddr());
        if (user.isEmpty()) {
            return taxiiUnauthorized(response, "The username or password is wrong, or the account is locked.");
        }
        if (known.isEmpty()) {
            basic.remember(pair.get(), user.get().userId());
        }
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    private static AuthenticationStatus taxiiUnauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"hum-taxii\", charset=\"UTF-8\"");
            response.setContentType("application/taxii+json;version=2.1"); // exactly: no charset parameter
            response.getOutputStream().write(("{\"title\":\"Unauthorized\",\"description\":\"" + detail
                    + "\",\"http_status\":\"401\"}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus ui(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential c) {
            String code = c instanceof PasswordAndCode withCode ? withCode.code() : null;
            Callers.LoginResult result = authentication.login(c.getCaller(), c.getPasswordAsString(), code,
                    request.getRemoteAddr());
            Optional<Caller> user = result.caller();
            if (user.isEmpty() && !result.mustEnrol()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            if (result.mustEnrol()) {
                // not logged in: the session only lets the second-factor page enrol this user, for a while
                HttpSession enrolling = request.getSession(true);
                enrolling.setAttribute(SESSION_ENROLLING, result.enrolling().get());
                enrolling.setAttribute(SESSION_ENROLLING_SINCE, java.time.Instant.now());
                request.setAttribute(MUST_ENROL, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
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

    /**
     * Which surface a request reaches, decided by the servlet it was mapped to, as the container
     * dispatches it: never by the raw URI, where {@code /hum/api;x/sources} or {@code /hum/ui/..;/api/x}
     * could read as a page (session cookies accepted) and still be dispatched to the API.
     */
    enum Surface {
        API, TAXII, UI;

        static Surface of(HttpServletRequest request) {
            String servlet = request.getServletPath();
            if (API_SERVLET.equals(servlet)) {
                return API;
            }
            if (TAXII_SERVLET.equals(servlet)) {
                return TAXII;
            }
            return UI;
        }
    }

    /** The servlet paths of the REST application ({@code @ApplicationPath("api")}) and of the TAXII servlet. */
    static final String API_SERVLET = "/api";
    static final String TAXII_SERVLET = "/taxii2";

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
