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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The taskings on the dashboards: a case officer's OPEN_TASKINGS (of the sources they handle),
 * the supervisors' OVERDUE_TASKINGS (open past the due day, or expired within the last
 * {@value #EXPIRED_SHOWN_DAYS} days) and the compliance view's TASKINGS_OUTSIDE_AUTHORISATION
 * (open, and no authorisation in force now, or issued when none was, or asking for activities
 * the one in force does not cover). The dashboard drops entries the caller may not see.
 */
@ApplicationScoped
public class TaskingDashboard implements DashboardContributor {
    public static final int EXPIRED_SHOWN_DAYS = 30;
    static final String OPEN = "OPEN_TASKINGS";
    static final String OVERDUE = "OVERDUE_TASKINGS";

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
            // every open tasking (their files' authorisations in force read together), checked in Java: not paged in SQL yet
            List<Tasking> open = store.open();
            Map<String, AuthorisedActivities.Cover> covers = authorised.inForce(open.stream().map(Tasking::sourceId)
                    .collect(Collectors.toSet()), scope.now());
            Map<String, Source> sources = new HashMap<>();
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : open) {
                if (TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    continue;
                }
                var cover = Optional.ofNullable(covers.get(t.sourceId()));
                if (TaskingRules.outsideAuthorisation(t.activities(), t.authorisationId(),
                        cover.map(AuthorisedActivities.Cover::activities))) {
                    String why = cover.isEmpty() ? "no authorisation in force"
                            : t.authorisationId() == null ? "issued when no authorisation was in force"
                            : "asks for " + TaskingRules.beyond(t.activities(), cover.map(AuthorisedActivities.Cover::activities))
                            + " beyond the authorisation";
                    entry(sources, t, "TASKING_OUTSIDE_AUTHORISATION", why).ifPresent(entries::add);
                }
            }
            out.add(new DashboardSection("TASKINGS_OUTSIDE_AUTHORISATION", "Open taskings outside an authorisation",
                    Audience.COMPLIANCE, entries));
        }
        return out;
    }

    private Optional<DashboardEntry> entry(Map<String, Source> sources, Tasking t, String kind, String note) {
        Source s = sources.computeIfAbsent(t.sourceId(), id -> files.unrestricted(id).orElse(null));
        return Optional.ofNullable(s).filter(f -> !f.isDestroyed())
                .map(f -> new DashboardEntry(kind, "TASKING", t.id(), f.id(), t.reference() + " for " + f.codeName()
                        + " (" + t.priority() + "): " + note, t.dueOn(), FileLink.to(FileLink.Page.TASKINGS, f.id()), f.label()));
    }
}
