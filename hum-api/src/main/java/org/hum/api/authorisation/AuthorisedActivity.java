package org.hum.api.authorisation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an authorisation allows the source to do, and what a tasking asks of it (docs/domain.md,
 * "Tasking": a tasking whose limits go beyond the current authorisation needs the
 * authorisation amended first). An authorisation that names none authorises {@link #BASE}.
 */
public enum AuthorisedActivity {
    /** Report what the source sees and hears in the ordinary course of its life. */
    REPORT_OBSERVED,
    /** Ask questions to draw information out. */
    ELICIT_INFORMATION,
    /** Record a conversation it takes part in. */
    CONSENSUAL_RECORDING,
    /** Introduce an undercover officer. */
    INTRODUCE_OFFICER,
    /** Buy a controlled item under direction. */
    CONTROLLED_PURCHASE,
    /** Travel across the border for the tasking. */
    CROSS_BORDER_TRAVEL,
    /** Take part in otherwise-illegal activity: also needs an OIA authorisation in force. */
    OTHERWISE_ILLEGAL_ACTIVITY;

    /** What every authorisation authorises, whether or not it names activities. */
    public static final Set<AuthorisedActivity> BASE = Set.copyOf(EnumSet.of(REPORT_OBSERVED, ELICIT_INFORMATION));

    /** The base set plus {@code named}. */
    public static Set<AuthorisedActivity> withBase(Collection<AuthorisedActivity> named) {
        EnumSet<AuthorisedActivity> all = EnumSet.copyOf(BASE);
        if (named != null) {
            named.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        }
        return all;
    }

    /** Stored as a comma-separated list of names; null or blank reads as the base set. */
    public static Set<AuthorisedActivity> parse(String stored) {
        EnumSet<AuthorisedActivity> all = EnumSet.copyOf(BASE);
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.isBlank()) {
                    all.add(valueOf(s.strip()));
                }
            }
        }
        return all;
    }

    public static String format(Collection<AuthorisedActivity> activities) {
        return String.join(",", EnumSet.copyOf(activities).stream().map(Enum::name).toList());
    }
}
