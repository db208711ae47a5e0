package org.hum.oversight.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retention clock (docs/domain.md, "Retention and destruction (step 9)"): the day before, of and after its end. */
class RetentionClockTest {
    private static final Period THREE_YEARS = Period.ofYears(3);
    private static final LocalDate DEACTIVATED = LocalDate.of(2027, 3, 10);

    @Test
    void thePeriodRunsUntilTheDayBeforeItsEndAndEndsOnThatDay() {
        RetentionClock.Retention r = RetentionClock.of(DEACTIVATED, null, THREE_YEARS);
        assertEquals(LocalDate.of(2030, 3, 10), r.endsOn());
        assertTrue(r.runningOn(LocalDate.of(2030, 3, 9)), "the day before");
        assertFalse(r.runningOn(LocalDate.of(2030, 3, 10)), "the day itself");
        assertFalse(r.runningOn(LocalDate.of(2030, 3, 11)), "the day after");
    }

    @Test
    void anAuthorisationEndingAfterTheDeactivationMovesTheEndAndOneEndingBeforeDoesNot() {
        assertEquals(LocalDate.of(2030, 6, 1), RetentionClock.of(DEACTIVATED, LocalDate.of(2027, 6, 1), THREE_YEARS).endsOn());
        assertEquals(LocalDate.of(2030, 3, 10), RetentionClock.of(DEACTIVATED, LocalDate.of(2026, 12, 1), THREE_YEARS).endsOn());
        assertEquals(LocalDate.of(2030, 3, 10), RetentionClock.of(DEACTIVATED, DEACTIVATED, THREE_YEARS).endsOn());
    }

    @Test
    void anActiveSourcesPeriodHasNotBegunWhateverItsAuthorisations() {
        RetentionClock.Retention r = RetentionClock.of(null, LocalDate.of(2020, 1, 1), THREE_YEARS);
        assertTrue(r.active());
        assertNull(r.endsOn());
        assertTrue(r.runningOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void aLeapDayEndsOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2031, 2, 28), RetentionClock.of(LocalDate.of(2028, 2, 29), null, THREE_YEARS).endsOn());
    }
}
