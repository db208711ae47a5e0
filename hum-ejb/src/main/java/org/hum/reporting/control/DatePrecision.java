package org.hum.reporting.control;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How precisely a releasable part may date what it concerns (docs/domain.md, "Sanitized
 * reports"): an exact day could point at the contact, so the rule profile's
 * {@code reportDatePrecision} keeps it to the week unless tuned.
 */
public enum DatePrecision {
    /** the day itself: {@code 2026-11-03} */
    DAY,
    /** the ISO week: {@code 2026-W45} */
    WEEK,
    /** the month: {@code 2026-11} */
    MONTH;

    /** The precision of the shipped profiles. */
    public static final DatePrecision DEFAULT = WEEK;

    /** The day written to this precision; null for null. */
    public String cut(LocalDate day) {
        if (day == null) {
            return null;
        }
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
        };
    }
}
