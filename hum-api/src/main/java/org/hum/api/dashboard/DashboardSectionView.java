package org.hum.api.dashboard;

import java.util.List;

/**
 * One list on a dashboard beyond the due list, contributed by a feature: a case officer's open
 * taskings and drafts, a controller's pending approvals and welfare alerts, the compliance
 * view's exceptions. {@code audience} says whose dashboard it belongs to: HANDLER (case
 * officers, their own sources), SUPERVISION (controllers and authorising officers) or
 * COMPLIANCE (compliance reviewers). Entries of files the caller may not see are neither shown
 * nor counted. {@code entries} are at most {@value #MAX_ENTRIES} lines starting at line {@code from}
 * (0 unless {@code GET dashboard?section=KEY&from=N} asked for later ones); {@code total} counts every
 * line the caller may see, or, where {@code totalAtLeast} is true, stops counting there (a list
 * counted in SQL counts so far and no further, so that its cost does not grow with its length).
 */
public record DashboardSectionView(String key, String title, String audience, List<DashboardEntryView> entries,
                                   int total, int from, boolean totalAtLeast) {
    /** A section shows at most this many lines (the first ones, in the feature's order); {@code total} counts them all. */
    public static final int MAX_ENTRIES = 100;
}
