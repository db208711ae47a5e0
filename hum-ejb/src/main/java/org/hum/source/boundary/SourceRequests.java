package org.hum.source.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.TwoPersonRequests;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.TwoPersonRequest;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.admin.Refusal;
import org.hum.api.admin.RequestView;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.AssignmentRole;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceRecords;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The second person of the requests that open a true identity (docs/domain.md, "Two-person
 * control"): an administrator's true-identity grant and a controller's assignment are approved or
 * refused by a controller or authorising officer who sees the file and who is neither the one who
 * asked nor the one it is for. Approval checks every rule again and applies the change in the same
 * transaction. A request on a file the caller cannot see answers as one that does not exist.
 */
@Stateless
@RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
public class SourceRequests {
    private static final List<TwoPersonRequest.Kind> KINDS = List.of(TwoPersonRequest.Kind.IDENTITY_GRANT,
            TwoPersonRequest.Kind.ASSIGNMENT);

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceStore store;

    @Inject
    SourceRecords records;

    @Inject
    SourceFiles files;

    @Inject
    TwoPersonRequests requests;

    @Inject
    Clock clock;

    @Inject
    @RuleClock
    Clock ruleClock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** The grant and assignment requests on files the caller sees, oldest first; their own among them. */
    public List<RequestView> pending() {
        Viewer viewer = viewers.of(principal);
        return requests.pending(KINDS).stream()
                .filter(r -> store.find(viewer, r.sourceId()).filter(s -> !s.isDestroyed())
                        .filter(s -> AccessRule.dominates(viewer, s.label())).isPresent())
                .map(r -> requests.view(r, null)).toList();
    }

    public RequestView approve(String requestId) {
        Viewer viewer = viewers.of(principal);
        TwoPersonRequest r = requests.locked(requestId, KINDS);
        Source source = files.resolve(viewer, r.sourceId(), "ACCESS_REFUSED");
        requests.decidable(r, viewer);
        JsonObject p = TwoPersonRequests.payload(r);
        if (r.kind() == TwoPersonRequest.Kind.IDENTITY_GRANT) {
            User holder = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", r.username())
                    .getResultStream().findFirst().filter(User::enabled)
                    .orElseThrow(() -> new HumException(ErrorCode.CONFLICT, "The user of this request no longer has "
                            + "an enabled account: refuse it."));
            if (!AccessRule.dominates(Viewers.of(holder), source.label())) {
                throw new HumException(ErrorCode.CONFLICT, "The user " + holder.username() + " can no longer see "
                        + "this file (their clearance or compartments do not cover its label): refuse the request.");
            }
            if (store.grant(source.id(), holder.id()).isPresent()) {
                throw new HumException(ErrorCode.CONFLICT, "The user " + holder.username() + " already holds a "
                        + "true-identity grant for this source: refuse the request.");
            }
            requests.decide(r, TwoPersonRequest.Status.APPROVED, viewer, null);
            audit.record("TWO_PERSON_REQUEST_APPROVED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
            store.addGrant(new IdentityGrant(source.id(), holder.id(),
                    IdentityGrant.GrantRole.valueOf(p.getString("role")), clock.instant(), r.requestedBy()));
            audit.record("IDENTITY_GRANTED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        } else {
            AssignmentRole role = AssignmentRole.valueOf(p.getString("role"));
            User user = records.assignable(source, r.username(), role);
            LocalDate startsOn = LocalDate.parse(p.getString("startsOn"));
            LocalDate today = LocalDate.now(ruleClock);
            requests.decide(r, TwoPersonRequest.Status.APPROVED, viewer, null);
            audit.record("TWO_PERSON_REQUEST_APPROVED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
            records.assign(source, user, role, startsOn.isAfter(today) ? today : startsOn, r.requestedBy(),
                    clock.instant());
            audit.record("SOURCE_ASSIGNED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        }
        return requests.view(r, null);
    }

    public RequestView refuse(String requestId, @NotNull @Valid Refusal refusal) {
        Viewer viewer = viewers.of(principal);
        TwoPersonRequest r = requests.locked(requestId, KINDS);
        Source source = files.resolve(viewer, r.sourceId(), "ACCESS_REFUSED");
        requests.decidable(r, viewer);
        requests.decide(r, TwoPersonRequest.Status.REFUSED, viewer, refusal.reason());
        audit.record("TWO_PERSON_REQUEST_REFUSED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return requests.view(r, null);
    }
}
