package org.hum.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/dashboard}: the caller's due list. {@code scope} says which files it
 * covers: HANDLED (a case officer's: the sources they handle) and/or VISIBLE (controllers,
 * authorising officers, compliance reviewers: every file they may see). Items of files the
 * caller may not see are neither shown nor counted. {@code sections} are the features' other
 * lists for the caller's roles (open taskings, drafts, pending approvals, welfare alerts, the
 * compliance view's exceptions), under the same rule.
 */
public record DashboardView(LocalDate today, int windowDays, List<String> scope, List<DueItemView> overdue,
                            List<DueItemView> dueToday, List<DueItemView> dueSoon,
                            List<DashboardSectionView> sections) {
}
