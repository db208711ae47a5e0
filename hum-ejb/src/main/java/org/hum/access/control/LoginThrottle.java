package org.hum.access.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing against one account: after {@value #FREE_ATTEMPTS} failed logins in a
 * row, the account refuses every attempt (even a right one) for a delay that doubles with
 * each further failure, from 30 seconds up to 15 minutes. The answer is the same as for a
 * wrong password, so it reveals neither the lock nor whether the account exists.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** When the account unlocks after its {@code failuresSoFar + 1}-th failure, or null if it stays open. */
    public static Instant lockAfterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }
}
