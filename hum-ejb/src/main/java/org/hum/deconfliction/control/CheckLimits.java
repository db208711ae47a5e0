package org.hum.deconfliction.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits on deconfliction checks (docs/domain.md, "Deconfliction (step 2)"): a person makes at
 * most the rule profile's {@code deconflictionChecksPerDay} checks in a UTC day; a day is an
 * anomaly for the compliance reviewers when the person reached that limit, made a burst
 * ({@link #BURST_CHECKS} or more checks within {@link #BURST_WINDOW}), or had
 * {@link #REPEATED_MATCHES} or more checks or registrations that matched a file. A registration
 * does not count toward the limit: it tells the one who registers nothing, and a recruited
 * source must not wait for tomorrow to be registered.
 */
public final class CheckLimits {
    /** A burst: this many checks... */
    public static final int BURST_CHECKS = 5;
    /** ...within this long. */
    public static final Duration BURST_WINDOW = Duration.ofMinutes(10);
    /** Repeated hits: this many of one person's checks and registrations in a day matched a file. */
    public static final int REPEATED_MATCHES = 2;

    private CheckLimits() {
    }

    /** The UTC day an instant falls on. */
    public static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The start of the UTC day of {@code now}. */
    public static Instant startOfDay(Instant now) {
        return day(now).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whole seconds from {@code now} to the next UTC day, when the limit resets (at least 1). */
    public static long secondsToNextDay(Instant now) {
        Instant next = day(now).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
    }

    /** Whether one more check is allowed after {@code checksToday} today. */
    public static boolean allows(int checksToday, int perDay) {
        return checksToday < perDay;
    }

    /** The most checks that fall within any {@link #BURST_WINDOW}, of the given times. */
    public static int largestBurst(List<Instant> times) {
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(null);
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (Duration.between(sorted.get(from), sorted.get(to)).compareTo(BURST_WINDOW) >= 0) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    /**
     * One person's day of checks, and why it is an anomaly (empty when it is not).
     *
     * @param checks  checks made (each a referral)
     * @param matched of them and of the person's registrations, those that matched a file
     * @param refused checks refused past the limit
     * @param burst   the most checks within {@link #BURST_WINDOW}
     */
    public record Day(int checks, int matched, int refused, int burst) {
        public List<String> anomalies(int perDay) {
            List<String> why = new ArrayList<>();
            if (checks >= perDay || refused > 0) {
                why.add("reached the daily limit of " + perDay + (refused > 0 ? " and was refused " + refused + " more" : ""));
            }
            if (burst >= BURST_CHECKS) {
                why.add(burst + " checks within " + BURST_WINDOW.toMinutes() + " minutes");
            }
            if (matched >= REPEATED_MATCHES) {
                why.add(matched + " checks or registrations that matched a file");
            }
            return why;
        }
    }
}
