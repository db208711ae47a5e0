package org.hum.attention.control;

import org.hum.access.control.Viewer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Whose dashboard is being built, and on what day by the rule clock.
 *
 * @param viewer           the caller
 * @param now              the rule clock's instant
 * @param today            its day (UTC)
 * @param audiences        the audiences the caller belongs to, by role
 * @param handledSourceIds the files the caller handles (a HANDLER identity grant); empty for non-case-officers
 * @param section          the list whose later lines are asked for, or null
 * @param from             the first line of that list to show (0-based)
 */
public record DashboardScope(Viewer viewer, Instant now, LocalDate today, Set<Audience> audiences,
                             Set<String> handledSourceIds, String section, int from) {

    /** The whole dashboard, every list from its first line. */
    public DashboardScope(Viewer viewer, Instant now, LocalDate today, Set<Audience> audiences, Set<String> handledSourceIds) {
        this(viewer, now, today, audiences, handledSourceIds, null, 0);
    }

    /** The line the list {@code key} starts at: {@code from} for the list asked for, else its first (0). */
    public int from(String key) {
        return key.equals(section) ? from : 0;
    }

    public boolean includes(Audience audience) {
        return audiences.contains(audience);
    }
}
