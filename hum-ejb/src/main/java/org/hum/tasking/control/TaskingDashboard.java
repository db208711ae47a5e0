package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.authorisation.control.AuthorisedActivities;
import org.hum.attention.control.Audience;
import org.hum.attention.control.DashboardContributor;
import org.hum.attention.control.DashboardEntry;
import org.hum.attention.control.DashboardScope;
import org.hum.attention.control.DashboardSection;
import org.hum.api.dashboard.FileLink;
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
        Map<String, Optional<Source>> sources = new HashMap<>();
        List<Tasking> open = store.open();
        if (scope.includes(Audience.HANDLER)) {
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : open) {
                if (scope.handledSourceIds().contains(t.sourceId()) && !TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    entry(sources, t, "TASKING_OPEN", t.status().name()).ifPresent(entries::add);
                }
            }
            out.add(new DashboardSection("OPEN_TASKINGS", "Open taskings of your sources", Audience.HANDLER, entries));
        }
        if (scope.includes(Audience.SUPERVISION)) {
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : open) {
                if (TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    entry(sources, t, "TASKING_OVERDUE", "past its due day").ifPresent(entries::add);
                }
            }
            for (Tasking t : store.expiredSince(scope.now().minus(Duration.ofDays(EXPIRED_SHOWN_DAYS)))) {
                entry(sources, t, "TASKING_EXPIRED", "expired unfulfilled").ifPresent(entries::add);
            }
            out.add(new DashboardSection("OVERDUE_TASKINGS", "Overdue taskings (expired unfulfilled in the last "
                    + EXPIRED_SHOWN_DAYS + " days)", Audience.SUPERVISION, entries));
        }
        if (scope.includes(Audience.COMPLIANCE)) {
            List<DashboardEntry> entries = new ArrayList<>();
            for (Tasking t : open) {
                if (TaskingTransitions.expires(t.status(), t.dueOn(), today)) {
                    continue;
                }
                var cover = authorised.inForce(t.sourceId(), scope.now());
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

    private Optional<DashboardEntry> entry(Map<String, Optional<Source>> sources, Tasking t, String kind, String note) {
        return sources.computeIfAbsent(t.sourceId(), files::unrestricted).filter(s -> !s.isDestroyed())
                .map(s -> new DashboardEntry(kind, "TASKING", t.id(), s.id(), t.reference() + " for " + s.codeName()
                        + " (" + t.priority() + "): " + note, t.dueOn(), FileLink.to(FileLink.Page.TASKINGS, s.id()), s.label()));
    }
}
