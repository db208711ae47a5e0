package org.hum.prospect.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prospect never registered is destroyed from the day its retention period ends, not before. */
class ProspectExpiryTest {
    private static final Period FIVE_YEARS = Period.ofYears(5);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 5);

    @Test
    void theDayBeforeOfAndAfter() {
        assertFalse(ProspectExpiry.expired(LAST, FIVE_YEARS, LocalDate.of(2031, 12, 4)));
        assertTrue(ProspectExpiry.expired(LAST, FIVE_YEARS, LocalDate.of(2031, 12, 5)));
        assertTrue(ProspectExpiry.expired(LAST, FIVE_YEARS, LocalDate.of(2031, 12, 6)));
    }
}
