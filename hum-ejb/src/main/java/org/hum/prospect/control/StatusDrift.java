package org.hum.prospect.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Status drift (docs/domain.md, "Lifecycle" 1; an IPCO inspection finding): repeated contact with
 * a person who is not registered. A prospect drifts once its contacts reach the profile's
 * count ({@code prospectContactThreshold}) or span its days ({@code prospectDayThreshold},
 * from the first contact to the last). Pure, so every boundary is unit-tested.
 *
 * @param drifted  whether the prospect is in status drift now
 * @param reason   why, for a person (counts and days only)
 * @param dueOn    the day drift began, or the earliest day it will begin if contact goes on
 *                 (the first contact plus the day threshold); empty with no contact
 */
public record StatusDrift(boolean drifted, String reason, Optional<LocalDate> dueOn) {

    public static StatusDrift of(List<LocalDate> contactDates, int contactThreshold, int dayThreshold) {
        if (contactDates.isEmpty()) {
            return new StatusDrift(false, null, Optional.empty());
        }
        List<LocalDate> sorted = contactDates.stream().sorted().toList();
        LocalDate first = sorted.get(0);
        LocalDate last = sorted.get(sorted.size() - 1);
        long span = ChronoUnit.DAYS.between(first, last);
        LocalDate byDays = first.plusDays(dayThreshold);
        LocalDate byCount = sorted.size() >= contactThreshold ? sorted.get(contactThreshold - 1) : null;
        LocalDate due = byCount != null && byCount.isBefore(byDays) ? byCount : byDays;
        boolean countReached = sorted.size() >= contactThreshold;
        boolean spanReached = span >= dayThreshold;
        String reason = null;
        if (countReached && spanReached) {
            reason = sorted.size() + " contacts (threshold " + contactThreshold + ") over " + span + " days (threshold "
                    + dayThreshold + ")";
        } else if (countReached) {
            reason = sorted.size() + " contacts (threshold " + contactThreshold + ")";
        } else if (spanReached) {
            reason = "contacts over " + span + " days (threshold " + dayThreshold + ")";
        }
        return new StatusDrift(countReached || spanReached, reason, Optional.of(due));
    }
}
