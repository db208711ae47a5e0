package org.hum.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The push back-off (docs/domain.md, "The partner exchange"): doubling from the first retry's wait,
 * capped, never overflowing however many attempts failed, and less up to a fifth at random.
 */
class PushSettingsTest {

    private static PushSettings settings(int first, int max) {
        PushSettings s = new PushSettings();
        s.firstRetrySeconds = first;
        s.maxBackoffSeconds = max;
        s.timeoutSeconds = 10;
        return s;
    }

    @Test
    void doublesFromTheFirstRetryUpToTheCap() {
        PushSettings s = settings(2, 3600);
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            assertEquals(Duration.ofSeconds(expected[attempt - 1]), s.backoff(attempt, 0), "attempt " + attempt);
        }
    }

    @Test
    void neverOverflowsOrShrinksHoweverManyAttempts() {
        PushSettings s = settings(2, 3600);
        for (int attempt : new int[] {30, 31, 32, 63, 64, 1000, Integer.MAX_VALUE}) {
            assertEquals(Duration.ofHours(1), s.backoff(attempt, 0), "attempt " + attempt);
        }
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt <= 200; attempt++) {
            Duration d = s.backoff(attempt, 0);
            assertTrue(d.compareTo(previous) >= 0, "never shorter than the attempt before: " + attempt);
            previous = d;
        }
    }

    @Test
    void noAttemptYetOrANegativeCountWaitsTheFirstRetry() {
        PushSettings s = settings(2, 3600);
        assertEquals(Duration.ofSeconds(2), s.backoff(0, 0));
        assertEquals(Duration.ofSeconds(2), s.backoff(-5, 0));
    }

    @Test
    void theJitterTakesOffAtMostAFifthAndStaysInItsBounds() {
        PushSettings s = settings(2, 3600);
        assertEquals(Duration.ofMillis(6400), s.backoff(3, 1.0)); // 8 s less a fifth
        assertEquals(Duration.ofMillis(7200), s.backoff(3, 0.5));
        assertEquals(Duration.ofMillis(6400), s.backoff(3, 7.0), "a random over 1 counts as 1");
        assertEquals(Duration.ofSeconds(8), s.backoff(3, -1.0), "a random under 0 counts as 0");
        assertEquals(Duration.ofMillis(2_880_000), s.backoff(40, 1.0), "the cap less a fifth");
    }

    @Test
    void theCapWinsAndZeroSettingsAreHeldToASecond() {
        assertEquals(Duration.ofSeconds(3), settings(2, 3).backoff(5, 0), "the test stand's cap");
        assertEquals(Duration.ofSeconds(3), settings(5, 3).backoff(1, 0), "a cap below the first retry's wait wins");
        assertEquals(Duration.ofSeconds(1), settings(0, 0).backoff(1, 0));
        assertEquals(Duration.ofSeconds(1), settings(0, 0).backoff(100, 0));
        assertEquals(Duration.ofSeconds(30), settings(0, 0).lease(), "the lease is three timeouts");
    }
}
