package org.hum.prospect.control;

import org.hum.rules.control.RuleProfiles;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Status drift at its boundaries: one contact short of the count, the count; a day short of the span, the span. */
class StatusDriftTest {
    private static final int COUNT = RuleProfiles.US_FEDERAL.prospectContactThreshold();
    private static final int DAYS = RuleProfiles.US_FEDERAL.prospectDayThreshold();
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

    @Test
    void noContactNoDriftNoDeadline() {
        StatusDrift d = StatusDrift.of(List.of(), COUNT, DAYS);
        assertFalse(d.drifted());
        assertEquals(Optional.empty(), d.dueOn());
    }

    @Test
    void countBoundary() {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < COUNT - 1; i++) {
            dates.add(FIRST.plusDays(i));
        }
        StatusDrift below = StatusDrift.of(dates, COUNT, DAYS);
        assertFalse(below.drifted(), "one contact short");
        assertEquals(Optional.of(FIRST.plusDays(DAYS)), below.dueOn(), "due when the span would be reached");
        dates.add(FIRST.plusDays(COUNT - 1));
        StatusDrift at = StatusDrift.of(dates, COUNT, DAYS);
        assertTrue(at.drifted(), "at the count");
        assertTrue(at.reason().contains(COUNT + " contacts"), at.reason());
        assertEquals(Optional.of(FIRST.plusDays(COUNT - 1)), at.dueOn(), "drift began with the threshold contact");
    }

    @Test
    void spanBoundary() {
        assertFalse(StatusDrift.of(List.of(FIRST, FIRST.plusDays(DAYS - 1)), COUNT, DAYS).drifted(), "a day short");
        StatusDrift at = StatusDrift.of(List.of(FIRST, FIRST.plusDays(DAYS)), COUNT, DAYS);
        assertTrue(at.drifted(), "the day the span is reached");
        assertTrue(at.reason().contains(DAYS + " days"), at.reason());
        assertTrue(StatusDrift.of(List.of(FIRST.plusDays(DAYS + 1), FIRST), COUNT, DAYS).drifted(), "a day past, any order");
    }

    @Test
    void seededPropertyDriftIsExactlyCountOrSpan() {
        Random random = new Random(20260615L);
        for (int run = 0; run < 500; run++) {
            int n = random.nextInt(6);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                dates.add(FIRST.plusDays(random.nextInt(60)));
            }
            StatusDrift d = StatusDrift.of(dates, COUNT, DAYS);
            long span = dates.isEmpty() ? 0 : java.time.temporal.ChronoUnit.DAYS.between(
                    dates.stream().min(LocalDate::compareTo).get(), dates.stream().max(LocalDate::compareTo).get());
            assertEquals(n >= COUNT || span >= DAYS, d.drifted(), dates.toString());
            assertEquals(n > 0, d.dueOn().isPresent());
            if (d.drifted()) {
                assertFalse(d.dueOn().get().isAfter(dates.stream().max(LocalDate::compareTo).get()),
                        "drift began no later than the last contact: " + dates);
            }
        }
    }
}
