package org.hum.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hum.api.error.LimitReached;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.audit.boundary.AuditRequests;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every exception becomes an RFC 9457 problem with a message a person can act on. No stack
 * trace, and no submitted value, ever reaches the client: a value may be a protected
 * identity.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z][A-Za-z0-9]*)'?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[A-Za-z0-9_]*");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "Unrecognized field[^A-Za-z0-9]*\"?([A-Za-z][A-Za-z0-9]*)|Json property ([A-Za-z][A-Za-z0-9]*) can not be mapped");

    /** Path segments other than plain lowercase resource names are masked: they may be ids, or anything typed. */
    private static final Pattern RESOURCE_ID = Pattern.compile("/(?![a-z]+(/|$))[^/]+");

    @Context
    HttpServletRequest request;

    @jakarta.inject.Inject
    AuditRequests audit;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof RuleViolation r) {
            return Problems.response(r, path());
        }
        if (e instanceof HumException h) {
            Response answer = problem(h.code(), h.getMessage(), h.fieldErrors());
            if (h instanceof LimitReached limit) {
                return Response.fromResponse(answer).header("Retry-After", Long.toString(limit.retryAfterSeconds())).build();
            }
            // nothing was done and it may work in a moment (too many logins at once, roles unreadable)
            return h.code() == ErrorCode.UNAVAILABLE ? Response.fromResponse(answer).header("Retry-After", "5").build() : answer;
        }
        if (e instanceof ConstraintViolationException v) {
            List<FieldError> errors = v.getConstraintViolations().stream()
                    .map(ErrorMappers::fieldError)
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            String detail = errors.stream().map(f -> f.field() + " " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid input");
            return problem(ErrorCode.INVALID_INPUT, "Fix these fields and send again: " + detail + ".", errors);
        }
        if (causedBy(thrown, BodyLimitFilter.TooLarge.class)) {
            Throwable tooLarge = thrown;
            while (!(tooLarge instanceof BodyLimitFilter.TooLarge) && tooLarge.getCause() != null) {
                tooLarge = tooLarge.getCause();
            }
            return problem(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge instanceof BodyLimitFilter.TooLarge
                    ? tooLarge.getMessage() : BodyLimitFilter.MESSAGE, List.of());
        }
        if (e instanceof JsonbException || e instanceof JsonException || e instanceof ProcessingException) {
            return problem(ErrorCode.MALFORMED_REQUEST, malformedDetail(thrown), List.of());
        }
        if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException) {
            auditRefusal();
            return problem(ErrorCode.FORBIDDEN, "Your roles do not allow this action.", List.of());
        }
        if (e instanceof NotAllowedException) {
            return problem(ErrorCode.METHOD_NOT_ALLOWED, "This resource does not accept " + request.getMethod()
                    + "; allowed: " + ((WebApplicationException) e).getResponse().getAllowedMethods() + ".", List.of());
        }
        if (e instanceof NotSupportedException) {
            return problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", List.of());
        }
        if (e instanceof NotAcceptableException) {
            return problem(ErrorCode.NOT_ACCEPTABLE, "This resource answers in application/json only.", List.of());
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 404) {
                return problem(ErrorCode.NOT_FOUND, "There is no such resource. The API starts at /hum/api/.", List.of());
            }
            if (status == 400) {
                return problem(ErrorCode.MALFORMED_REQUEST, malformedDetail(thrown), List.of());
            }
            if (status < 500) {
                return Response.status(status).type(Problems.MEDIA_TYPE).entity(Problems.body(ErrorCode.MALFORMED_REQUEST,
                        "The request was refused (" + status + ").", path(), List.of())).build();
            }
        }
        if (databaseDown(thrown)) {
            LOG.warning(() -> "The database did not answer at " + (request == null ? "?" : request.getMethod()) + " " + path());
            return Response.fromResponse(problem(ErrorCode.UNAVAILABLE, "The database is not answering, so this request "
                    + "may not have been carried out. Try again in a few seconds; a contact report sent again with the "
                    + "same Idempotency-Key is recorded once.", List.of())).header("Retry-After", "5").build();
        }
        // unexpected: log the type and where, not the message (it could quote a value)
        LOG.log(Level.SEVERE, "Unexpected " + e.getClass().getName() + " at " + request.getMethod() + " " + path(),
                scrub(e));
        return problem(ErrorCode.INTERNAL, "The request failed on our side and nothing was changed. "
                + "If it happens again, report the time to your administrator.", List.of());
    }

    /** Whether the failure is, anywhere in its causes, the application saying it cannot serve now (503). */
    static boolean unavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HumException h && h.code() == ErrorCode.UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is the database not answering: a connection refused or lost (SQL state
     * class 08, the JDBC connection exceptions), the server's pool unable to allocate one, or a
     * commit that failed in the transaction manager (its connection gone: the outcome is not known,
     * hence "may not have been carried out").
     */
    static boolean databaseDown(Throwable thrown) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        pending.add(thrown);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof jakarta.transaction.SystemException // the commit lost its connection
                    || t.getClass().getName().endsWith("PoolingException")
                    || t.getMessage() != null && t.getMessage().contains("Error in allocating a connection")
                    || t instanceof IllegalStateException && thrownByThePool(t)) {
                return true;
            }
            java.util.List<Throwable> next = new java.util.ArrayList<>(java.util.Arrays.asList(t.getSuppressed()));
            next.add(t.getCause());
            if (t instanceof java.sql.SQLException sql) {
                next.add(sql.getNextException());
            }
            next.stream().filter(java.util.Objects::nonNull).forEach(pending::add);
        }
        return false;
    }

    /**
     * Whether the failure was thrown inside the server's connection pool while it gave or took back a
     * connection. Payara's pool, failing every connection at once when one is found dead
     * ({@code fail-all-connections}), may throw an {@code IllegalStateException} of its own from
     * rescheduling its resizer as the database goes away: seen once in DatabaseOutageIT, as a 500.
     */
    private static boolean thrownByThePool(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("com.sun.enterprise.resource.pool.")) {
                return true;
            }
        }
        return false;
    }

    /** A call refused for its roles is audited as ACCESS_REFUSED, naming the endpoint with ids masked. */
    private void auditRefusal() {
        String endpoint = request == null ? "?" : request.getMethod() + " " + RESOURCE_ID.matcher(
                request.getRequestURI().substring(request.getContextPath().length())).replaceAll("/{id}");
        try {
            audit.refused("ACCESS_REFUSED", "API", endpoint.length() > 64 ? endpoint.substring(0, 64) : endpoint);
        } catch (RuntimeException failure) {
            LOG.severe("Could not audit a refused call to " + endpoint + ": " + failure.getClass().getName());
        }
    }

    private Response problem(ErrorCode code, String detail, List<FieldError> errors) {
        return Problems.response(code, detail, path(), errors);
    }

    private String path() {
        return request == null ? null : request.getRequestURI();
    }

    private static FieldError fieldError(ConstraintViolation<?> v) {
        String field = "body";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        String message = v.getMessage();
        if (v.getInvalidValue() == null && "body".equals(field)) {
            message = "is required: send a JSON object";
        }
        return new FieldError(field, message);
    }

    /**
     * What was wrong with a body that could not be read, naming the field where the parser says
     * which, never quoting a value sent (it could be an identity): an unknown field, a value
     * outside an enumeration (with the values allowed), or a wrong type or format.
     */
    static String malformedDetail(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Matcher unknown = t.getMessage() == null ? null : UNKNOWN_FIELD.matcher(t.getMessage());
            if (unknown != null && unknown.find()) {
                return "The body has a field this endpoint does not know: "
                        + (unknown.group(1) != null ? unknown.group(1) : unknown.group(2))
                        + ". Check the spelling against the API description.";
            }
        }
        String field = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                field = property.group(1);
                break;
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Matcher constant = t.getMessage() == null ? null : ENUM_CONSTANT.matcher(t.getMessage());
            if (constant != null && constant.find()) {
                String allowed = allowedValues(constant.group(1));
                if (allowed != null) {
                    String type = constant.group(1).substring(constant.group(1).lastIndexOf('.') + 1);
                    return (field == null ? "A " + type + " field" : "The field " + field) + " must be one of: " + allowed + ".";
                }
            }
        }
        if (field != null) {
            return "The field " + field + " has the wrong type or format (dates are YYYY-MM-DD, "
                    + "text fields are strings).";
        }
        return "The body is not valid JSON for this endpoint: send one JSON object with the documented fields.";
    }

    /** The constants of one of the API's enumerations, by its class name; null for any other class. */
    private static String allowedValues(String className) {
        if (!className.startsWith("org.hum.api.")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(className, false, ErrorMappers.class.getClassLoader());
            Object[] constants = type.getEnumConstants();
            if (constants == null) {
                return null;
            }
            return java.util.Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
                    .reduce((a, b) -> a + ", " + b).orElse(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A copy of the exception's stack without messages, so the log keeps where but not what. */
    private static Throwable scrub(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
