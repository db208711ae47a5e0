package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.authorisation.control.AuthorisedActivities;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.DashboardSectionView;
import org.hum.api.dashboard.FileLink;
import org.hum.api.tasking.TaskingStatus;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;
import org.hum.tasking.entity.Tasking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The taskings on the dashboards: a case officer's OPEN_TASKINGS (of the sources they handle),
 * the supervisors' OVERDUE_TASKINGS (open past the due day, or expired within the last
 * {@value #EXPIRED_SHOWN_DAYS} days) and the compliance view's TASKINGS_OUTSIDE_AUTHORISATION
 * (open, and no authorisation in force now, or issued when none was, or asking for activities
 * the one in force does not cover), each a page of {@link DashboardSectionView#MAX_ENTRIES}
 * found and counted in SQL, by due day ({@code ?section=KEY&from=N}: docs/domain.md, "Oversight").
 * The dashboard drops entries the caller may not see.
 */
@ApplicationScoped
public class TaskingDashboard implements DashboardContributor {
    public static final int EXPIRED_SHOWN_DAYS = 30;
    static final String OPEN = "OPEN_TASKINGS";
    static final String OVERDUE = "OVERDUE_TASKINGS";
    static final String OUTSIDE = "TASKINGS_OUTSIDE_AUTHORISATION";

    @Inject
    TaskingStore store;

    @Inject
    SourceFiles files;

    @Inject
    AuthorisedActivities authorised;

    @Override
    public List<DashboardSection> sections(DashboardScope scope) {
        List<DashboardSection> out = new ArrayList<>();
        LocalDate today = scope.today();
        if (scope.includes(Audience.HANDLER)) {
            int from = scope.from(OPEN);
            TaskingStore.Page page = store.openOfHandler(scope.viewer(), today, from, DashboardSectionView.MAX_ENTRIES);
            Map<String, Source> sources = files.unrestricted(page.taskings().stream().map(Tasking::sourceId).collect(Collectors.toSet()));
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : page.taskings()) {
                // SQL chose them by the same rules: one that fails them here is never shown
                if (scope.handledSourceIds().contains(t.sourceId()) && !TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    entry(sources, t, "TASKING_OPEN", t.status().name()).ifPresent(entries::add);
                }
            }
            out.add(DashboardSection.paged(OPEN, "Open taskings of your sources", Audience.HANDLER, entries,
                    Math.max(entries.size(), page.total() - (page.taskings().size() - entries.size())), page.atLeast()));
        }
        if (scope.includes(Audience.SUPERVISION)) {
            int from = scope.from(OVERDUE);
            TaskingStore.Page page = store.overdue(scope.viewer(), today, scope.now().minus(Duration.ofDays(EXPIRED_SHOWN_DAYS)),
                    from, DashboardSectionView.MAX_ENTRIES);
            Map<String, Source> sources = files.unrestricted(page.taskings().stream().map(Tasking::sourceId).collect(Collectors.toSet()));
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : page.taskings()) {
                if (TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    entry(sources, t, "TASKING_OVERDUE", "past its due day").ifPresent(entries::add);
                } else if (t.status() == TaskingStatus.EXPIRED) {
                    entry(sources, t, "TASKING_EXPIRED", "expired unfulfilled").ifPresent(entries::add);
                }
            }
            out.add(DashboardSection.paged(OVERDUE, "Overdue taskings (expired unfulfilled in the last "
                    + EXPIRED_SHOWN_DAYS + " days)", Audience.SUPERVISION, entries,
                    Math.max(entries.size(), page.total() - (page.taskings().size() - entries.size())), page.atLeast()));
        }
        if (scope.includes(Audience.COMPLIANCE)) {
            TaskingStore.Page page = store.outsideAuthorisation(scope.viewer(), today, scope.now(), scope.from(OUTSIDE),
                    DashboardSectionView.MAX_ENTRIES);
            Set<String> ids = page.taskings().stream().map(Tasking::sourceId).collect(Collectors.toSet());
            Map<String, AuthorisedActivities.Cover> covers = authorised.inForce(ids, scope.now());
            Map<String, Source> sources = files.unrestricted(ids);
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : page.taskings()) {
                // SQL chose them by the rule; the rule stays the authority: a line it does not confirm is never shown
                why(t, today, Optional.ofNullable(covers.get(t.sourceId())))
                        .flatMap(why -> entry(sources, t, "TASKING_OUTSIDE_AUTHORISATION", why)).ifPresent(entries::add);
            }
            out.add(DashboardSection.paged(OUTSIDE, "Open taskings outside an authorisation", Audience.COMPLIANCE, entries,
                    Math.max(entries.size(), page.total() - (page.taskings().size() - entries.size())), page.atLeast()));
        }
        return out;
    }

    /**
     * Why an open tasking is outside an authorisation ({@link TaskingRules#outsideAuthorisation},
     * with the one in force now), or empty when it is not, or no longer open.
     */
    static Optional<String> why(Tasking t, LocalDate today, Optional<AuthorisedActivities.Cover> cover) {
        if (!t.status().open() || TaskingTransitions.expires(t.status(), t.dueOn(), today)
                || !TaskingRules.outsideAuthorisation(t.activities(), t.authorisationId(),
                cover.map(AuthorisedActivities.Cover::activities))) {
            return Optional.empty();
        }
        return Optional.of(cover.isEmpty() ? "no authorisation in force"
                : t.authorisationId() == null ? "issued when no authorisation was in force"
                : "asks for " + TaskingRules.beyond(t.activities(), cover.map(AuthorisedActivities.Cover::activities))
                + " beyond the authorisation");
    }

    private Optional<DashboardEntry> entry(Map<String, Source> sources, Tasking t, String kind, String note) {
        Source s = sources.computeIfAbsent(t.sourceId(), id -> files.unrestricted(id).orElse(null));
        return Optional.ofNullable(s).filter(f -> !f.isDestroyed())
                .map(f -> new DashboardEntry(kind, "TASKING", t.id(), f.id(), t.reference() + " for " + f.codeName()
                        + " (" + t.priority() + "): " + note, t.dueOn(), FileLink.to(FileLink.Page.TASKINGS, f.id()), f.label()));
    }
}
