package org.hum.api.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dashboard}: the caller's due list. {@code scope} says which files it
 * covers: HANDLED (a case officer's: the sources they handle) and/or VISIBLE (controllers,
 * authorising officers, compliance reviewers: every file they may see). Items of files the
 * caller may not see are neither shown nor counted. Each due list shows a hundred lines at most
 * ({@code dueCounts} says how many it holds and from which line it is shown). {@code sections} are the features' other
 * lists for the caller's roles (open taskings, drafts, pending approvals, welfare alerts, the
 * compliance view's exceptions), under the same rule.
 */
public record DashboardView(LocalDate today, int windowDays, List<String> scope, List<DueItemView> overdue,
                            List<DueItemView> dueToday, List<DueItemView> dueSoon,
                            Map<String, DueListCount> dueCounts,
                            List<DashboardSectionView> sections) {
    /** The keys of the due lists, as {@code dueCounts} and {@code ?section=} name them. */
    public static final List<String> DUE_LISTS = List.of("OVERDUE", "DUE_TODAY", "DUE_SOON");
}
