package org.hum.access.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void theFirstFourFailuresLeaveTheAccountOpen() {
        for (int before = 0; before < 4; before++) {
            assertNull(LoginThrottle.lockAfterFailure(before, NOW), "failure " + (before + 1));
        }
    }

    @Test
    void theFifthFailurePausesThirtySecondsAndEachFurtherOneDoubles() {
        assertEquals(NOW.plusSeconds(30), LoginThrottle.lockAfterFailure(4, NOW));
        assertEquals(NOW.plusSeconds(60), LoginThrottle.lockAfterFailure(5, NOW));
        assertEquals(NOW.plusSeconds(120), LoginThrottle.lockAfterFailure(6, NOW));
    }

    @Test
    void thePauseNeverExceedsFifteenMinutes() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), LoginThrottle.lockAfterFailure(9, NOW));
        assertEquals(NOW.plus(Duration.ofMinutes(15)), LoginThrottle.lockAfterFailure(1_000, NOW));
    }

    @Test
    void anAccountIsLockedUntilTheInstantAndNotAtIt() {
        Instant until = NOW.plusSeconds(30);
        assertTrue(LoginThrottle.isLocked(until, NOW.plusSeconds(29)));
        assertFalse(LoginThrottle.isLocked(until, until));
        assertFalse(LoginThrottle.isLocked(null, NOW));
    }
}
