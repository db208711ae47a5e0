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
 * @param total    how many lines there are, where {@code entries} are only the first ones; null when
 *                 the entries are all of them
 * @param totalAtLeast whether counting stopped at {@code total} (there are that many or more)
 */
public record DashboardSection(String key, String title, Audience audience, List<DashboardEntry> entries, Long total,
                               boolean totalAtLeast) {
    public DashboardSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        entries = List.copyOf(entries);
        if (total != null && total < entries.size()) {
            throw new IllegalArgumentException("a section's total counts at least its entries");
        }
    }

    /** A section whose entries are all its lines. */
    public DashboardSection(String key, String title, Audience audience, List<DashboardEntry> entries) {
        this(key, title, audience, entries, null, false);
    }

    /**
     * A section that lists only its first lines (a page found in SQL) and counts them all in
     * {@code total}: only for lines the feature has already limited to those the reader may see,
     * by the same rule the dashboard checks each line against.
     */
    public static DashboardSection paged(String key, String title, Audience audience, List<DashboardEntry> first,
                                         long total, boolean totalAtLeast) {
        return new DashboardSection(key, title, audience, first, total, totalAtLeast);
    }
}
