package org.hum.dashboard.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How urgent a deadline is on a given day (the rule clock's): OVERDUE after its day,
 * DUE_TODAY on it, DUE_SOON within {@link #WINDOW_DAYS} before it; further off it is not listed.
 */
public enum Urgency {
    OVERDUE, DUE_TODAY, DUE_SOON;

    /** How far ahead the lists look. */
    public static final int WINDOW_DAYS = 14;

    public static Optional<Urgency> of(LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn)) {
            return Optional.of(OVERDUE);
        }
        if (today.isEqual(dueOn)) {
            return Optional.of(DUE_TODAY);
        }
        return today.plusDays(WINDOW_DAYS).isBefore(dueOn) ? Optional.empty() : Optional.of(DUE_SOON);
    }
}
