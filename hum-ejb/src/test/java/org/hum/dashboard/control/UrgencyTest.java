package org.hum.dashboard.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrgencyTest {
    private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

    @Test
    void classifiedByTheDay() {
        assertEquals(Optional.empty(), Urgency.of(DUE, DUE.minusDays(Urgency.WINDOW_DAYS + 1)), "beyond the window");
        assertEquals(Optional.of(Urgency.DUE_SOON), Urgency.of(DUE, DUE.minusDays(Urgency.WINDOW_DAYS)), "window's first day");
        assertEquals(Optional.of(Urgency.DUE_SOON), Urgency.of(DUE, DUE.minusDays(1)));
        assertEquals(Optional.of(Urgency.DUE_TODAY), Urgency.of(DUE, DUE));
        assertEquals(Optional.of(Urgency.OVERDUE), Urgency.of(DUE, DUE.plusDays(1)));
        assertEquals(Optional.of(Urgency.OVERDUE), Urgency.of(DUE, DUE.plusYears(3)));
    }
}
