package org.hum.attention.control;

import java.util.List;
import java.util.Objects;

/**
 * One list a feature adds to a dashboard.
 *
 * @param key      stable key, such as {@code OPEN_TASKINGS}; also the HTML id of the list
 * @param title    what people read
 * @param audience whose dashboard it belongs to
 * @param entries  its lines, in the order to show them (the dashboard filters them, never reorders)
 */
public record DashboardSection(String key, String title, Audience audience, List<DashboardEntry> entries) {
    public DashboardSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        entries = List.copyOf(entries);
    }
}
