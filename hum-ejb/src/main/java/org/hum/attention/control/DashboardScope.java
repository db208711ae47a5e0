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
 */
public record DashboardScope(Viewer viewer, Instant now, LocalDate today, Set<Audience> audiences,
                             Set<String> handledSourceIds) {

    public boolean includes(Audience audience) {
        return audiences.contains(audience);
    }
}
