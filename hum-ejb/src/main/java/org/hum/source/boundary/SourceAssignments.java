package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.TwoPersonRequests;
import org.hum.access.control.Viewers;
import org.hum.access.entity.TwoPersonRequest;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.admin.RequestView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.AssignmentRole;
import org.hum.api.source.AssignmentView;
import org.hum.api.source.NewAssignment;
import org.hum.api.source.NewPromise;
import org.hum.api.source.PromiseView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.HumConfig;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceProtection;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceAssignment;
import org.hum.source.entity.SourcePromise;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hum.source.control.SourceFiles;

/**
 * Who acts for a source and for which period, and the promises made to it, after
 * registration. A controller asks for handlers, co-handlers, controllers and records officers
 * and another approves ({@link SourceRequests}): an open assignment carries the true-identity grant, and ending it ends the grant. Promises
 * are added, never changed. Every file is resolved through the access-aware store first; a
 * file the caller may not see answers as one that does not exist.
 */
@Stateless
public class SourceAssignments {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    SourceRecords records;

    @Inject
    SourceProtection protection;

    @Inject
    HumConfig config;

    @Inject
    Clock clock;

    @Inject
    @RuleClock
    Clock ruleClock;

    @Inject
    TwoPersonRequests requests;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SourceFiles files;

    /**
     * Asks that a person act for the file: the assignment, and the true-identity grant it
     * carries, start only when a controller or authorising officer other than the asker and the
     * assignee approves (docs/domain.md, "Two-person control"). Every rule is checked now and
     * again at approval.
     */
    @RolesAllowed(Role.CONTROLLER_NAME)
    public RequestView assign(String sourceId, @NotNull @Valid NewAssignment request) {
        Viewer viewer = viewers.of(principal);
        Source source = visible(viewer, sourceId);
        LocalDate today = LocalDate.now(ruleClock);
        LocalDate startsOn = request.startsOn() == null ? today : request.startsOn();
        if (startsOn.isAfter(today)) {
            throw HumException.invalid("startsOn", "must not be in the future (today is " + today + "): assign on the day it starts");
        }
        AssignmentRole role = AssignmentRole.valueOf(request.role());
        User user = records.assignable(source, request.username(), role);
        if (requests.pending(List.of(TwoPersonRequest.Kind.ASSIGNMENT)).stream().anyMatch(r -> source.id().equals(r.sourceId())
                && r.username().equals(user.username()) && role.name().equals(TwoPersonRequests.payload(r).getString("role")))) {
            throw new HumException(ErrorCode.CONFLICT, "This assignment is already asked for and waits for approval.");
        }
        TwoPersonRequest r = requests.open(TwoPersonRequest.Kind.ASSIGNMENT, user.username(), source.id(),
                Json.createObjectBuilder().add("role", role.name()).add("startsOn", startsOn.toString()).build(),
                viewer.userId());
        audit.record("SOURCE_ASSIGNMENT_REQUESTED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return requests.view(r, null);
    }

    @RolesAllowed(Role.CONTROLLER_NAME)
    public AssignmentView end(String sourceId, String assignmentId) {
        Viewer viewer = viewers.of(principal);
        Source source = visible(viewer, sourceId);
        SourceAssignment a = records.assignment(source.id(), canonical(assignmentId))
                .orElseThrow(() -> HumException.notFound("assignment"));
        if (!a.open()) {
            throw new HumException(ErrorCode.CONFLICT, "This assignment already ended on " + a.endedOn() + ".");
        }
        LocalDate today = LocalDate.now(ruleClock);
        records.end(a, today.isBefore(a.startedOn()) ? a.startedOn() : today, viewer.userId());
        audit.record("SOURCE_ASSIGNMENT_ENDED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return view(a);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public List<AssignmentView> assignments(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = visible(viewer, sourceId);
        audit.record("SOURCE_ASSIGNMENTS_READ", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return records.assignments(source.id()).stream().map(this::view).toList();
    }

    /** A promise or benefit made to the source; append-only. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public PromiseView addPromise(String sourceId, @NotNull @Valid NewPromise promise) {
        Viewer viewer = viewers.of(principal);
        Source visible = visible(viewer, sourceId);
        LocalDate today = LocalDate.now(ruleClock);
        if (promise.madeOn().isAfter(today)) {
            throw HumException.invalid("madeOn", "must not be in the future (today is " + today + ")");
        }
        // locked, so that a data-key rotation running now cannot miss the new promise
        Source source = store.unrestrictedForUpdate(visible.id());
        Instant now = clock.instant();
        SourcePromise row = records.addPromise(source, protection.currentKey(source), promise, viewer.userId(), now);
        audit.record("SOURCE_PROMISE_RECORDED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return new PromiseView(row.id(), row.madeBy(), row.madeOn(), null, viewer.username(), row.recordedAt());
    }

    private Source visible(Viewer viewer, String sourceId) {
        return files.resolve(viewer, sourceId, "ACCESS_REFUSED");
    }

    private AssignmentView view(SourceAssignment a) {
        return new AssignmentView(a.id(), username(a.userId()), AssignmentRole.valueOf(a.role()), a.startedOn(), a.endedOn(),
                username(a.assignedBy()));
    }

    private String username(String id) {
        User u = id == null ? null : em.find(User.class, id);
        return u == null ? null : u.username();
    }

    private String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }

    private static String canonical(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
