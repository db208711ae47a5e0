package org.hum.oversight.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {
    private static final Set<LocalDate> NONE = Set.of();

    @Test
    void tenWorkingDaysFromAMondayIsTheFridayAfterNextSkippingBothWeekends() {
        LocalDate monday = LocalDate.of(2030, 12, 2);
        assertEquals(LocalDate.of(2030, 12, 16), WorkingDays.after(monday, 10, NONE), "Mon 2 + 10 working days");
    }

    @Test
    void aFindingOnAFridayCountsFromTheMonday() {
        LocalDate friday = LocalDate.of(2030, 12, 6);
        assertEquals(LocalDate.of(2030, 12, 9), WorkingDays.after(friday, 1, NONE));
        assertEquals(LocalDate.of(2030, 12, 20), WorkingDays.after(friday, 10, NONE));
    }

    @Test
    void aFindingOnASaturdayOrSundayCountsFromTheMondayToo() {
        assertEquals(LocalDate.of(2030, 12, 9), WorkingDays.after(LocalDate.of(2030, 12, 7), 1, NONE));
        assertEquals(LocalDate.of(2030, 12, 9), WorkingDays.after(LocalDate.of(2030, 12, 8), 1, NONE));
    }

    @Test
    void eachPublicHolidayInTheWayPushesTheDeadlineByAWorkingDay() {
        LocalDate thursday = LocalDate.of(2030, 12, 19);
        // without holidays: Fri 20, Mon 23 .. Fri 27, Mon 30, Tue 31, Wed Jan 1, Thu Jan 2 = 10
        assertEquals(LocalDate.of(2031, 1, 2), WorkingDays.after(thursday, 10, NONE));
        Set<LocalDate> holidays = Set.of(LocalDate.of(2030, 12, 25), LocalDate.of(2031, 1, 1));
        assertEquals(LocalDate.of(2031, 1, 6), WorkingDays.after(thursday, 10, holidays),
                "two holidays in the way: the 8th and 9th working days are Thu 2 and Fri 3, the 10th is Mon 6");
        // a holiday on a weekend changes nothing
        assertEquals(LocalDate.of(2031, 1, 2), WorkingDays.after(thursday, 10, Set.of(LocalDate.of(2030, 12, 28))));
        // a holiday after the deadline changes nothing
        assertEquals(LocalDate.of(2031, 1, 2), WorkingDays.after(thursday, 10, Set.of(LocalDate.of(2031, 1, 3))));
        // a holiday on the deadline day itself moves it to the next working day
        assertEquals(LocalDate.of(2031, 1, 3), WorkingDays.after(thursday, 10, Set.of(LocalDate.of(2031, 1, 2))));
    }

    @Test
    void aDeadlineIsAtLeastOneWorkingDayAway() {
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.after(LocalDate.of(2030, 12, 2), 0, NONE));
    }

    @Test
    void workingDaysAreWeekdaysThatAreNoHoliday() {
        Set<LocalDate> holidays = Set.of(LocalDate.of(2030, 12, 25));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2030, 12, 24), holidays));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2030, 12, 25), holidays));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2030, 12, 28), holidays));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2030, 12, 29), holidays));
    }

    @Test
    void theHolidaySettingIsReadAsIsoDatesAndLeavesOutWhatIsNot() {
        assertEquals(Set.of(LocalDate.of(2030, 12, 25), LocalDate.of(2031, 1, 1)),
                PublicHolidays.parse(" 2030-12-25, 2031-01-01 ,, 25/12/2030, "));
        assertEquals(Set.of(), PublicHolidays.parse(" "));
        assertEquals(Set.of(), PublicHolidays.parse(null));
    }
}
