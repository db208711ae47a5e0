package org.hum.tasking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.api.tasking.RequirementView;
import org.hum.api.tasking.TaskingStatus;
import org.hum.api.tasking.TaskingView;
import org.hum.authorisation.control.AuthorisedActivities;
import org.hum.source.entity.Source;
import org.hum.tasking.entity.IntelligenceRequirement;
import org.hum.tasking.entity.Tasking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds the views, decrypting the texts; only for a caller the boundary has checked. */
@ApplicationScoped
public class TaskingViews {
    @Inject
    TaskingStore store;

    @Inject
    TaskingTexts texts;

    public TaskingView view(Viewer viewer, Source source, Tasking t, LocalDate today,
                            Optional<AuthorisedActivities.Cover> cover, boolean mayAct) {
        Optional<IntelligenceRequirement> r = store.requirement(t.requirementId());
        boolean seesRequirement = r.isPresent() && AccessRule.dominates(viewer, r.get().label());
        TaskingStatus status = TaskingTransitions.effective(t.status(), t.dueOn(), today);
        boolean within = cover.isPresent() && cover.get().activities().containsAll(t.activities());
        List<String> actions = mayAct ? TaskingTransitions.possible(status) : List.of();
        String e = Tasking.ENTITY;
        int v = t.dekVersion();
        return new TaskingView(t.id(), t.reference(), source.id(), source.codeName(), t.requirementId(),
                r.map(IntelligenceRequirement::reference).orElse(null),
                seesRequirement ? r.get().title() : null, t.priority(), t.dueOn(), t.activities(),
                texts.open(source, v, e, Tasking.LIMITS, t.id(), t.limits()),
                texts.open(source, v, e, Tasking.RISK, t.id(), t.riskAssessment()),
                status, texts.open(source, v, e, Tasking.CANCEL_REASON, t.id(), t.cancelReason()),
                t.createdAt(), store.username(t.createdBy()), t.issuedAt(), store.username(t.issuedBy()),
                t.authorisationId(), t.acknowledgedAt(), t.startedAt(), t.endedAt(),
                t.endedBy() == null && t.endedAt() != null && status == TaskingStatus.EXPIRED ? TaskingExpiry.ACTOR
                        : store.username(t.endedBy()),
                within, actions, t.port());
    }

    public RequirementView requirement(IntelligenceRequirement r, long openTaskings) {
        return new RequirementView(r.id(), r.reference(), r.title(), r.description(), r.priority(),
                store.username(r.ownerId()), r.compartment(), r.status(), r.createdAt(), store.username(r.createdBy()),
                r.closedAt(), store.username(r.closedBy()), openTaskings, r.ports());
    }

    static LocalDate day(Instant now) {
        return now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
