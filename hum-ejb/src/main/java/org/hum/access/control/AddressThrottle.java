package org.hum.access.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing from one client address across accounts, beside the per-account
 * {@link LoginThrottle}: after {@value #FREE_FAILURES} failed logins from one address, every
 * attempt from it (even a right one) is refused, without a password hash, for a delay that
 * doubles with each further failure, from 30 seconds up to 15 minutes. An address with no
 * failure for an hour starts afresh; a success does not reset it (one known account must not
 * buy unlimited guesses at the others). The answer is a wrong password's, so it reveals nothing.
 *
 * <p>The rule only: the counts are kept in the database ({@link AddressFailures}), shared by every
 * instance of a deployment (docs/architecture.md, "Identity").
 */
public final class AddressThrottle {
    public static final int FREE_FAILURES = 20;
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private AddressThrottle() {
    }

    /** An address's failures so far, the last one's time, and until when it is refused (or null). */
    public record Failures(int failures, Instant lastFailure, Instant lockedUntil) {
        public static final Failures NONE = new Failures(0, null, null);

        /** Whether attempts from the address are refused at {@code now}. */
        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** The failures that count at {@code now} (0 once an hour has passed without one). */
        public int countingAt(Instant now) {
            return lastFailure == null || lastFailure.plus(FORGET_AFTER).isBefore(now) ? 0 : failures;
        }

        /** The address's count after one more failure at {@code now}. */
        public Failures afterFailure(Instant now) {
            int count = countingAt(now) + 1;
            Instant locked = null;
            if (count >= FREE_FAILURES) {
                int doublings = Math.min(count - FREE_FAILURES, 10);
                Duration delay = Duration.ofSeconds(30).multipliedBy(1L << doublings);
                locked = now.plus(delay.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : delay);
            }
            return new Failures(count, now, locked);
        }
    }
}
