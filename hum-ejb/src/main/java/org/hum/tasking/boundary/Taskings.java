package org.hum.tasking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.api.tasking.CancellationRequest;
import org.hum.api.tasking.SourceTaskings;
import org.hum.api.tasking.TaskingRequest;
import org.hum.api.tasking.TaskingStatus;
import org.hum.api.tasking.TaskingView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.control.AuthorisedActivities;
import org.hum.crypto.control.DataKey;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.Ports;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;
import org.hum.tasking.control.TaskingRules;
import org.hum.tasking.control.TaskingStore;
import org.hum.tasking.control.TaskingTexts;
import org.hum.tasking.control.TaskingTransitions;
import org.hum.tasking.control.TaskingTransitions.Step;
import org.hum.tasking.control.TaskingViews;
import org.hum.tasking.entity.IntelligenceRequirement;
import org.hum.tasking.entity.Tasking;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Taskings of a source (docs/domain.md, "Tasking"). A controller or the source's handler
 * issues a tasking against an open intelligence requirement of the file's compartment and moves
 * it through its states ({@link TaskingTransitions}); case officers, controllers, authorising
 * officers and compliance reviewers who may see the file read them. Issuing asks the policy
 * first ({@link GuardedAction#TASK}: a source that may not be tasked is refused with its rule),
 * then checks that the authorisation in force covers every activity asked for
 * ({@code tasking.within-authorisation}: amend it first) and that otherwise-illegal activity has
 * an OIA authorisation running to the due day. The file's row is locked for every change, so
 * changes of one source's taskings happen one at a time. Every change and refusal is audited
 * with the file's label; a refusal writes nothing else.
 */
@Stateless
public class Taskings {
    @Inject
    Ports ports;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceStore sources;

    @Inject
    TaskingStore store;

    @Inject
    TaskingTexts texts;

    @Inject
    TaskingViews views;

    @Inject
    AuthorisedActivities authorised;

    @Inject
    SourcePolicy policy;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public SourceTaskings list(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "source file", sourceId);
        Instant now = clock.instant();
        var cover = authorised.inForce(source.id(), now);
        boolean may = mayTask(viewer, source);
        List<TaskingView> out = store.taskingsOf(source.id()).stream()
                .map(t -> views.view(viewer, source, t, day(now), cover, may)).toList();
        audit.record("TASKINGS_READ", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return new SourceTaskings(source.id(), source.codeName(), may, out);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public TaskingView find(String id) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, false);
        Instant now = clock.instant();
        audit.record("TASKING_READ", "TASKING", l.t.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(viewer, l.source, l.t, day(now), authorised.inForce(l.source.id(), now), mayTask(viewer, l.source));
    }

    /** A new tasking: a DRAFT, or ISSUED at once when the request says so (then every rule of issuing applies). */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public TaskingView create(String sourceId, @NotNull @Valid TaskingRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolveForUpdate(viewer, sourceId, "TASKING_CREATED");
        boolean issue = Boolean.TRUE.equals(request.issue());
        try {
            requireMayTask(viewer, source);
            IntelligenceRequirement r = requirementFor(viewer, request.requirementId());
            TaskingRules.sameCompartment(r.compartment(), source.compartment(), r.reference());
            TaskingRules.requirementOpen(r.status(), r.reference());
            Instant now = clock.instant();
            LocalDate today = day(now);
            TaskingRules.dueNotPast(request.dueOn(), today);
            String id = UUID.randomUUID().toString();
            int year = today.getYear();
            String reference = store.newReference('T', year);
            DataKey key = texts.key(source);
            Tasking t = new Tasking(id, source.id(), reference, r.id(), request.priority(), request.dueOn(),
                    request.activities(), key.version(), now, viewer.userId());
            t.texts(texts.seal(key, Tasking.ENTITY, Tasking.LIMITS, id, request.limits()),
                    texts.seal(key, Tasking.ENTITY, Tasking.RISK, id, request.riskAssessment()));
            t.about(port(request.port(), r));
            if (issue) {
                t.issued(now, viewer.userId(), mayIssue(source, t, r, now));
            }
            store.add(t);
            audit.record("TASKING_CREATED", "TASKING", id, files.label(source), AuditTrail.SUCCESS);
            if (issue) {
                audit.record("TASKING_ISSUED", "TASKING", id, files.label(source), AuditTrail.SUCCESS);
            }
            return views.view(viewer, source, t, today, authorised.inForce(source.id(), now), true);
        } catch (HumException e) {
            refusals.refused(issue ? "TASKING_ISSUED" : "TASKING_CREATED", "SOURCE", source.id(), files.label(source));
            throw e;
        }
    }

    /** Issue, acknowledgement, start or fulfilment, named by its REST path. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public TaskingView step(String id, String path) {
        Step step = TaskingTransitions.byPath(path);
        if (step == null || step == Step.CANCELLATION) {
            throw new HumException(ErrorCode.NOT_FOUND, "There is no such step of a tasking; use issue, acknowledgement, "
                    + "start, fulfilment or cancellation.");
        }
        return change(id, step, null);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public TaskingView cancel(String id, @NotNull @Valid CancellationRequest request) {
        return change(id, Step.CANCELLATION, request.reason());
    }

    private TaskingView change(String id, Step step, String reason) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        Tasking t = l.t;
        try {
            requireMayTask(viewer, l.source);
            Instant now = clock.instant();
            LocalDate today = day(now);
            TaskingTransitions.next(TaskingTransitions.effective(t.status(), t.dueOn(), today), step);
            switch (step) {
                case ISSUE -> {
                    IntelligenceRequirement r = store.requirement(t.requirementId()).orElseThrow();
                    TaskingRules.requirementOpen(r.status(), r.reference());
                    TaskingRules.dueNotPast(t.dueOn(), today);
                    t.issued(now, viewer.userId(), mayIssue(l.source, t, r, now));
                }
                case ACKNOWLEDGEMENT -> t.acknowledged(now);
                case START -> t.started(now);
                case FULFILMENT -> t.ended(TaskingStatus.FULFILLED, now, viewer.userId(), null);
                case CANCELLATION -> t.ended(TaskingStatus.CANCELLED, now, viewer.userId(),
                        texts.seal(texts.key(l.source, t.dekVersion()), Tasking.ENTITY, Tasking.CANCEL_REASON, t.id(), reason));
                default -> throw new IllegalStateException(step.name());
            }
            store.flush();
            audit.record("TASKING_" + step.to().name(), "TASKING", t.id(), files.label(l.source), AuditTrail.SUCCESS);
            return views.view(viewer, l.source, t, today, authorised.inForce(l.source.id(), now), true);
        } catch (HumException e) {
            refusals.refused("TASKING_" + step.to().name(), "TASKING", t.id(), files.label(l.source));
            throw e;
        }
    }

    /**
     * The hard stops of issuing: the policy's (the source may be tasked), then the authorisation
     * in force covers every activity, then an OIA authorisation for otherwise-illegal activity.
     * Returns the authorisation in force, recorded with the issue.
     */
    private String mayIssue(Source source, Tasking t, IntelligenceRequirement r, Instant now) {
        policy.require(GuardedAction.TASK, source.id(), Circumstances.NONE, files.label(source));
        Optional<AuthorisedActivities.Cover> cover = authorised.inForce(source.id(), now);
        TaskingRules.withinAuthorisation(t.activities(), cover.map(AuthorisedActivities.Cover::authorisationId),
                cover.map(AuthorisedActivities.Cover::activities));
        TaskingRules.oiaIfIllegal(t.activities(), authorised.oiaCovers(source.id(), day(now), t.dueOn()), t.dueOn());
        return cover.map(AuthorisedActivities.Cover::authorisationId).orElse(null);
    }

    /** A requirement the caller may see, by the id the request gives; 400 naming the field otherwise. */
    private IntelligenceRequirement requirementFor(Viewer viewer, String requirementId) {
        return store.requirement(SourceFiles.canonical(requirementId))
                .filter(r -> AccessRule.dominates(viewer, r.label()))
                .orElseThrow(() -> HumException.invalid("requirementId",
                        "names no intelligence requirement you may see; choose one from GET /api/requirements"));
    }

    /** A controller, or a case officer who is the source's handler. */
    private boolean mayTask(Viewer viewer, Source source) {
        if (viewer.hasRole(Role.CONTROLLER_NAME)) {
            return true;
        }
        return viewer.hasRole(Role.CASE_OFFICER_NAME) && sources.grant(source.id(), viewer.userId())
                .filter(g -> IdentityGrant.GrantRole.HANDLER.name().equals(g.grantRole())).isPresent();
    }

    private void requireMayTask(Viewer viewer, Source source) {
        if (!mayTask(viewer, source)) {
            throw new HumException(ErrorCode.FORBIDDEN, "Only the source's handler or a controller may task it or move "
                    + "its taskings on.");
        }
    }

    private record Loaded(Tasking t, Source source) {
    }

    /** The tasking and its file as the caller may see it; one they may not see answers 404 as an unknown id. */
    private Loaded load(Viewer viewer, String id, boolean forUpdate) {
        String canonical = SourceFiles.canonical(id);
        Optional<Tasking> t = store.tasking(canonical);
        if (t.isEmpty()) {
            refusals.refused("ACCESS_REFUSED", "TASKING", canonical == null ? "(not an id)" : canonical, null);
            throw HumException.notFound("tasking");
        }
        Source source = files.resolve(viewer, t.get().sourceId(), "tasking", canonical);
        if (!forUpdate) {
            return new Loaded(t.get(), source);
        }
        Source locked = files.resolveForUpdate(viewer, source.id(), "TASKING_CHANGED");
        return new Loaded(store.taskingForUpdate(canonical).orElseThrow(), locked);
    }

    private static LocalDate day(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The port of entry a new tasking is about: null for none; else a port in service, and one of
     * the requirement's where the requirement names any (400 naming {@code port} otherwise).
     */
    private String port(String asked, IntelligenceRequirement r) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        String code = ports.inService(List.of(asked.strip()), "port").get(0);
        if (!r.ports().isEmpty() && !r.ports().contains(code)) {
            throw HumException.invalid("port", "must be one of the ports of entry its requirement " + r.reference()
                    + " concerns: " + String.join(", ", r.ports()));
        }
        return code;
    }
}
