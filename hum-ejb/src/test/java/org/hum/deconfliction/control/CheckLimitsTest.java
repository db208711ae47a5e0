package org.hum.deconfliction.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckLimitsTest {
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void theLimitAllowsExactlyTheFigureAndResetsAtMidnightUtc() {
        assertTrue(CheckLimits.allows(9, 10));
        assertFalse(CheckLimits.allows(10, 10));
        assertFalse(CheckLimits.allows(49, 10));
        assertEquals(Instant.parse("2026-12-05T00:00:00Z"), CheckLimits.startOfDay(NOON));
        assertEquals(12 * 3600, CheckLimits.secondsToNextDay(NOON));
        assertEquals(1, CheckLimits.secondsToNextDay(Instant.parse("2026-12-05T23:59:59.999Z")));
        assertEquals(24 * 3600, CheckLimits.secondsToNextDay(Instant.parse("2026-12-05T00:00:00Z")));
    }

    @Test
    void aBurstIsCountedWithinAnyTenMinuteWindowWhateverTheOrder() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            times.add(NOON.plusSeconds(i * 60L));
        }
        times.add(NOON.plusSeconds(3600));
        assertEquals(4, CheckLimits.largestBurst(times));
        times.add(0, NOON.plusSeconds(9 * 60 + 59)); // the fifth, just inside the window of the first
        assertEquals(5, CheckLimits.largestBurst(times));
        assertEquals(1, CheckLimits.largestBurst(List.of(NOON, NOON.plusSeconds(600), NOON.plusSeconds(1200))),
                "ten minutes apart is not within ten minutes");
        assertEquals(0, CheckLimits.largestBurst(List.of()));
    }

    @Test
    void aDayIsAnAnomalyAtTheLimitInABurstOrWithRepeatedMatchesAndOtherwiseNot() {
        assertEquals(List.of(), new CheckLimits.Day(3, 1, 0, 2).anomalies(10));
        assertEquals(List.of("reached the daily limit of 10 and was refused 40 more", "10 checks within 10 minutes"),
                new CheckLimits.Day(10, 0, 40, 10).anomalies(10));
        assertEquals(List.of("reached the daily limit of 10"), new CheckLimits.Day(10, 0, 0, 1).anomalies(10));
        assertEquals(List.of("5 checks within 10 minutes"), new CheckLimits.Day(5, 0, 0, 5).anomalies(10));
        assertEquals(List.of("2 checks or registrations that matched a file"), new CheckLimits.Day(2, 2, 0, 1).anomalies(10));
    }
}
