package org.hum.oversight.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Deadlines counted in working days (docs/domain.md, "Oversight"): Monday to Friday, less the
 * installation's public holidays. The day something happened is day zero; the deadline is the
 * n-th working day after it, so an error found on a Friday with ten working days is due on the
 * Friday two weeks later, and a day later for each holiday in between.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /** The {@code n}-th working day after {@code from} (n at least 1). */
    public static LocalDate after(LocalDate from, int n, Set<LocalDate> holidays) {
        if (n < 1) {
            throw new IllegalArgumentException("a deadline is at least one working day away, not " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
