package org.hum.api.error;

/**
 * A refusal because the caller reached a limit for the period, such as the deconfliction checks
 * an officer may make in a day: 429, with {@code Retry-After} the seconds until the limit resets.
 */
public class LimitReached extends HumException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public LimitReached(String detail, long retryAfterSeconds) {
        super(ErrorCode.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
