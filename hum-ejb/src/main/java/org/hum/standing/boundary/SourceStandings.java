package org.hum.standing.boundary;
// Over 300 lines: one boundary for a file's standing (deactivation, reactivation and its approval, senior contact approval), each a short audited transaction.

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.AccessRule;
import org.hum.access.control.Viewer;
import org.hum.access.control.Usernames;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceStatus;
import org.hum.api.standing.Deactivation;
import org.hum.api.standing.StandingReason;
import org.hum.api.standing.StandingView;
import org.hum.api.standing.StatusChangeView;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.crypto.control.DataKey;
import org.hum.config.control.HumConfig;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Rules;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourceDeactivated;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;
import org.hum.standing.control.Reasons;
import org.hum.standing.control.StandingRules;
import org.hum.standing.control.Standings;
import org.hum.standing.entity.ContactApproval;
import org.hum.standing.entity.ReactivationRequest;
import org.hum.standing.entity.SourceStatusChange;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hum.source.control.SourceFiles;

/**
 * A source's standing (docs/domain.md, "Lifecycle" 8): read it, deactivate or close for cause,
 * reactivate (after a closure for cause: a request, approved by a senior approver who is not
 * the requester), and approve contact with a source closed for cause. The source is resolved
 * for the caller first; a file they may not see answers as one that does not exist. Every
 * change is audited in its transaction and fires nothing half-done: the deactivation event is
 * observed synchronously inside it (OIA authorisations are revoked with it, or nothing is).
 */
@Stateless
public class SourceStandings {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    Usernames usernames;

    @Inject
    SourceStore store;

    @Inject
    Standings standings;

    @Inject
    Reasons reasons;

    @Inject
    Seniority seniority;

    @Inject
    Rules rules;

    @Inject
    HumConfig config;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @Inject
    SourceFiles files;

    @Inject
    Event<SourceDeactivated> deactivated;


    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME})
    public StandingView standing(String id) {
        Viewer viewer = viewers.of(principal);
        Source source = resolve(viewer, id, "SOURCE_STANDING_READ");
        audit.record("SOURCE_STANDING_READ", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
        return view(viewer, source);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public StandingView deactivate(String id, @NotNull @Valid Deactivation deactivation) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, id, "SOURCE_DEACTIVATION");
        String action = "SOURCE_DEACTIVATION";
        try {
            requireMayAct(viewer, source);
            StandingRules.requireComplete(deactivation);
            var latest = Standings.latest(standings.changes(source.id()));
            var current = StandingRules.standing(source.registeredAt(), latest, List.of(), clock.instant());
            SourceStatus next = StandingRules.deactivation(current.status(), current.since(), deactivation.forCause());
            Instant now = clock.instant();
            String rowId = UUID.randomUUID().toString();
            SourceStatusChange change = new SourceStatusChange(rowId, source.id(), next, now, viewer.userId(),
                    deactivation.forCause(), deactivation.sourceTold(), null);
            DataKey key = reasons.key(source);
            change.protectedReasons(source.dekVersion(),
                    reasons.seal(key, SourceStatusChange.ENTITY, SourceStatusChange.REASON, rowId, deactivation.reason()),
                    Boolean.TRUE.equals(deactivation.sourceTold()) || blank(deactivation.delayReason()) ? null
                            : reasons.seal(key, SourceStatusChange.ENTITY, SourceStatusChange.DELAY_REASON, rowId,
                            deactivation.delayReason()));
            standings.record(change);
            audit.record(next == SourceStatus.CLOSED_FOR_CAUSE ? "SOURCE_CLOSED_FOR_CAUSE" : "SOURCE_DEACTIVATED",
                    "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
            // synchronous, in this transaction: an observer that fails (OIA revocation) fails the deactivation
            deactivated.fire(new SourceDeactivated(source.id(), now, deactivation.forCause(), viewer.userId()));
            return view(viewer, source);
        } catch (HumException e) {
            refusals.refused(action, "SOURCE", source.id(), label(source));
            throw e;
        }
    }

    /**
     * Reactivates a deactivated source at once; for a source closed for cause, records the
     * request for a senior approver (the status stays CLOSED_FOR_CAUSE until approved).
     */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public StandingView reactivate(String id, @NotNull @Valid StandingReason request) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, id, "SOURCE_REACTIVATION");
        try {
            requireMayAct(viewer, source);
            var latest = Standings.latest(standings.changes(source.id()));
            SourceStatus status = latest.map(StandingRules.Latest::status).orElse(SourceStatus.ACTIVE);
            boolean pending = standings.pendingRequest(source.id(), latest).isPresent();
            Instant now = clock.instant();
            DataKey key = reasons.key(source);
            String rowId = UUID.randomUUID().toString();
            switch (StandingRules.reactivation(status, pending)) {
                case IMMEDIATE -> {
                    SourceStatusChange change = new SourceStatusChange(rowId, source.id(), SourceStatus.ACTIVE, now,
                            viewer.userId(), false, null, null);
                    change.protectedReasons(source.dekVersion(), reasons.seal(key, SourceStatusChange.ENTITY,
                            SourceStatusChange.REASON, rowId, request.reason()), null);
                    standings.record(change);
                    audit.record("SOURCE_REACTIVATED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
                }
                case REQUEST_SENIOR_APPROVAL -> {
                    ReactivationRequest r = new ReactivationRequest(rowId, source.id(), now, viewer.userId(),
                            latest.orElseThrow().id());
                    r.protectedReason(source.dekVersion(), reasons.seal(key, ReactivationRequest.ENTITY,
                            ReactivationRequest.REASON, rowId, request.reason()));
                    standings.record(r);
                    audit.record("SOURCE_REACTIVATION_REQUESTED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
                }
            }
            return view(viewer, source);
        } catch (HumException e) {
            refusals.refused("SOURCE_REACTIVATION", "SOURCE", source.id(), label(source));
            throw e;
        }
    }

    /** A senior approver, not the requester, approves the pending reactivation of a source closed for cause. */
    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public StandingView approveReactivation(String id, @NotNull @Valid StandingReason approval) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, id, "SOURCE_REACTIVATION_APPROVAL");
        try {
            var latest = Standings.latest(standings.changes(source.id()));
            SourceStatus status = latest.map(StandingRules.Latest::status).orElse(SourceStatus.ACTIVE);
            Optional<ReactivationRequest> pending = standings.pendingRequest(source.id(), latest);
            StandingRules.requireReactivationApproval(status, pending.map(ReactivationRequest::requestedBy),
                    seniority.isSenior(viewer), seniority.requirement(), viewer.userId());
            String rowId = UUID.randomUUID().toString();
            SourceStatusChange change = new SourceStatusChange(rowId, source.id(), SourceStatus.ACTIVE, clock.instant(),
                    viewer.userId(), false, null, pending.orElseThrow().requestedBy());
            change.protectedReasons(source.dekVersion(), reasons.seal(reasons.key(source), SourceStatusChange.ENTITY,
                    SourceStatusChange.REASON, rowId, approval.reason()), null);
            standings.record(change);
            audit.record("SOURCE_REACTIVATED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
            return view(viewer, source);
        } catch (HumException e) {
            refusals.refused("SOURCE_REACTIVATION_APPROVAL", "SOURCE", source.id(), label(source));
            throw e;
        }
    }

    /**
     * A senior approver approves contact with a source closed for cause, until the profile's
     * authorisation review interval has passed or the source's status changes.
     */
    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public StandingView approveContact(String id, @NotNull @Valid StandingReason approval) {
        Viewer viewer = viewers.of(principal);
        Source source = resolveLocked(viewer, id, "SOURCE_CONTACT_APPROVAL");
        try {
            var latest = Standings.latest(standings.changes(source.id()));
            SourceStatus status = latest.map(StandingRules.Latest::status).orElse(SourceStatus.ACTIVE);
            StandingRules.requireContactApproval(status, seniority.isSenior(viewer), seniority.requirement());
            Instant now = clock.instant();
            String rowId = UUID.randomUUID().toString();
            ContactApproval a = new ContactApproval(rowId, source.id(), now, viewer.userId(),
                    StandingRules.contactApprovalEnd(now, rules.current()), latest.orElseThrow().id());
            a.protectedReason(source.dekVersion(), reasons.seal(reasons.key(source), ContactApproval.ENTITY,
                    ContactApproval.REASON, rowId, approval.reason()));
            standings.record(a);
            audit.record("SOURCE_CONTACT_APPROVED", "SOURCE", source.id(), label(source), AuditTrail.SUCCESS);
            return view(viewer, source);
        } catch (HumException e) {
            refusals.refused("SOURCE_CONTACT_APPROVAL", "SOURCE", source.id(), label(source));
            throw e;
        }
    }

    private StandingView view(Viewer viewer, Source source) {
        Instant now = clock.instant();
        List<SourceStatusChange> changes = standings.changes(source.id());
        var latest = Standings.latest(changes);
        var approvals = standings.approvalFacts(source.id());
        var standing = StandingRules.standing(source.registeredAt(), latest, approvals, now);
        Optional<Instant> approvedUntil = StandingRules.contactApprovedUntil(latest, approvals, now);
        Optional<ReactivationRequest> pending = standings.pendingRequest(source.id(), latest);
        Usernames.Lookup names = usernames.lookup();

        List<StatusChangeView> history = new ArrayList<>();
        history.add(new StatusChangeView(SourceStatus.ACTIVE, source.registeredAt(), names.of(source.registeredBy()),
                false, null, null, null, null));
        for (SourceStatusChange c : changes) {
            history.add(new StatusChangeView(c.status(), c.changedAt(), names.of(c.changedBy()), c.forCause(),
                    c.sourceTold(),
                    reasons.open(source, c.dekVersion(), SourceStatusChange.ENTITY, SourceStatusChange.REASON, c.id(), c.reason()),
                    reasons.open(source, c.dekVersion(), SourceStatusChange.ENTITY, SourceStatusChange.DELAY_REASON, c.id(),
                            c.delayReason()),
                    c.requestedBy() == null ? null : names.of(c.requestedBy())));
        }
        StandingView.PendingReactivation pendingView = pending.map(r -> new StandingView.PendingReactivation(
                r.requestedAt(), names.of(r.requestedBy()),
                reasons.open(source, r.dekVersion(), ReactivationRequest.ENTITY, ReactivationRequest.REASON, r.id(), r.reason())))
                .orElse(null);

        boolean mayAct = mayAct(viewer, source);
        boolean senior = seniority.isSenior(viewer);
        SourceStatus status = standing.status();
        var may = new StandingView.Permissions(
                mayAct && status != SourceStatus.CLOSED_FOR_CAUSE,
                mayAct && status != SourceStatus.ACTIVE && pending.isEmpty(),
                senior && status == SourceStatus.CLOSED_FOR_CAUSE && pending.isPresent()
                        && !pending.get().requestedBy().equals(viewer.userId()),
                senior && status == SourceStatus.CLOSED_FOR_CAUSE);
        return new StandingView(source.id(), status, standing.since(), standing.seniorContactApproved(),
                approvedUntil.orElse(null), pendingView, List.copyOf(history), may);
    }

    private boolean mayAct(Viewer viewer, Source source) {
        boolean handler = viewer.hasRole(Role.CASE_OFFICER_NAME) && store.grant(source.id(), viewer.userId())
                .filter(g -> IdentityGrant.GrantRole.HANDLER.name().equals(g.grantRole())).isPresent();
        return StandingRules.mayAct(handler, viewer.hasRole(Role.CONTROLLER_NAME),
                viewer.hasRole(Role.AUTHORISING_OFFICER_NAME));
    }

    private void requireMayAct(Viewer viewer, Source source) {
        if (!mayAct(viewer, source)) {
            throw StandingRules.notAllowedToAct();
        }
    }

    /** The file as the caller may see it, else "not found" (audited); a destroyed file is gone. */
    private Source resolve(Viewer viewer, String id, String action) {
        return files.resolve(viewer, id, action);
    }

    /** As {@link #resolve}, then locks the file's row: changes of one source's standing happen one at a time. */
    private Source resolveLocked(Viewer viewer, String id, String action) {
        return files.resolveForUpdate(viewer, id, action);
    }


    private String label(Source source) {
        return AuditTrail.label(config.levels().nameOf(source.classificationLevel()), source.label().compartments());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String canonicalId(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
