package org.hum.api.error;

/**
 * Every failure a client can see, with its HTTP status and the RFC 9457 problem type.
 * The type URI is relative to {@code /hum/problems/}.
 */
public enum ErrorCode {
    INVALID_INPUT(400, "invalid-input", "The request has invalid fields"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body could not be read"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is needed"),
    LOGIN_FAILED(401, "login-failed", "Login failed"),
    FORBIDDEN(403, "forbidden", "Your roles do not allow this"),
    /** The password was right, but the account must enrol a second factor before it logs in (docs/api.md, "Second factor"). */
    SECOND_FACTOR_ENROLMENT_REQUIRED(403, "second-factor-enrolment-required", "A second factor must be enrolled first"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    /** A hard stop of the rule profile: the problem names the rule and what would satisfy it. */
    RULE_VIOLATION(409, "rule-violation", "A rule of the rule profile forbids this"),
    /** Well-formed, but what it asks for cannot be done as it stands (a rule about the request itself). */
    UNPROCESSABLE(422, "unprocessable", "The request cannot be applied as it stands"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Response type not available"),
    INTEGRITY_FAILURE(409, "integrity-failure", "Protected data failed its integrity check"),
    GONE(410, "gone", "This no longer exists"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    /** A limit per person and period was reached (see {@link LimitReached}): nothing was done; try again later. */
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    UNAVAILABLE(503, "unavailable", "The service is unavailable"),
    INTERNAL(500, "internal", "Something went wrong on our side");

    private final int status;
    private final String slug;
    private final String title;

    ErrorCode(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
