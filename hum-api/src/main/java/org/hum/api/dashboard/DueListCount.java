package org.hum.api.dashboard;

/**
 * How much of one due list ({@code OVERDUE}, {@code DUE_TODAY} or {@code DUE_SOON}) the dashboard
 * shows: at most {@value DashboardSectionView#MAX_ENTRIES} lines from line {@code from} (0 unless
 * {@code GET dashboard?section=OVERDUE&from=N} asked for later ones); {@code total} counts every line
 * the caller may see, or, where {@code totalAtLeast} is true, stops counting there.
 */
public record DueListCount(int total, int from, boolean totalAtLeast) {
}
