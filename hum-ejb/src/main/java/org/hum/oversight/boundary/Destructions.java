package org.hum.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.api.keys.Destruction;
import org.hum.api.oversight.DestructionApproval;
import org.hum.api.oversight.DestructionAsk;
import org.hum.api.oversight.DestructionRefusal;
import org.hum.api.oversight.DestructionView;
import org.hum.api.oversight.RetentionDueView;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.RuleClock;
import org.hum.oversight.control.RetentionClock;
import org.hum.rules.control.Rules;
import org.hum.rules.control.Seniority;
import org.hum.source.control.FileShredder;
import org.hum.source.control.SourceFiles;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retention and destruction (docs/domain.md, "Retention and destruction (step 9)"). A controller
 * or authorising officer who sees a file requests its destruction with a reason; another
 * authorising officer who sees it approves (the file is crypto-shredded at once) or refuses it
 * with a reason. While the file's retention period runs the approval is refused
 * ({@value #PERIOD_RUNNING}), unless a senior approver gives an override reason. The destruction
 * record keeps both people, both reasons and the retention day; no identity.
 */
@Stateless
@RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME, Role.COMPLIANCE_REVIEWER_NAME})
public class Destructions {
    public static final String PERIOD_RUNNING = "retention.period-running";
    public static final String SENIOR_OVERRIDE = "retention.senior-override";
    static final List<TwoPersonRequest.Kind> KINDS = List.of(TwoPersonRequest.Kind.DESTRUCTION);

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    TwoPersonRequests requests;

    @Inject
    RetentionClock retention;

    @Inject
    Rules rules;

    @Inject
    Seniority seniority;

    @Inject
    FileShredder shredder;

    @Inject
    @RuleClock
    Clock ruleClock;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "hum")
    EntityManager em;

    /** The destruction requests on files the caller sees (a destroyed file's without its code name), newest first. */
    public List<DestructionView> list() {
        Viewer viewer = viewers.of(principal);
        LocalDate today = today();
        Map<String, String> names = new HashMap<>();
        List<DestructionView> out = new ArrayList<>();
        for (TwoPersonRequest r : em.createQuery("select r from TwoPersonRequest r where r.kind = :k order by r.requestedAt desc",
                TwoPersonRequest.class).setParameter("k", TwoPersonRequest.Kind.DESTRUCTION.name()).getResultList()) {
            Source s = files.unrestricted(r.sourceId()).filter(x -> AccessRule.dominates(viewer, x.label())).orElse(null);
            if (s != null) {
                out.add(view(r, s, today, names, null));
            }
        }
        audit.record("DESTRUCTIONS_READ", "SOURCE", null, null, AuditTrail.SUCCESS);
        return out;
    }

    /** The live files the caller sees that are no longer in use, by the day their retention period ends. */
    public List<RetentionDueView> due() {
        Viewer viewer = viewers.of(principal);
        LocalDate today = today();
        Map<String, String> pending = new HashMap<>();
        requests.pending(KINDS).forEach(r -> pending.put(r.sourceId(), r.id()));
        List<RetentionDueView> out = new ArrayList<>();
        retention.inactiveFiles().forEach((id, ret) -> files.unrestricted(id)
                .filter(s -> !s.isDestroyed() && AccessRule.dominates(viewer, s.label()))
                .ifPresent(s -> out.add(new RetentionDueView(s.id(), s.codeName(), ret.runningOn(today) ? "RUNNING" : "DUE",
                        ret.endsOn(), pending.get(s.id())))));
        out.sort(Comparator.comparing(RetentionDueView::retentionEndsOn).thenComparing(RetentionDueView::sourceId));
        audit.record("RETENTION_DUE_READ", "SOURCE", null, null, AuditTrail.SUCCESS);
        return out;
    }

    @RolesAllowed({Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public DestructionView request(@NotNull @Valid DestructionAsk ask) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolveForUpdate(viewer, ask.sourceId(), "DESTRUCTION_REQUEST");
        if (requests.pending(KINDS).stream().anyMatch(r -> source.id().equals(r.sourceId()))) {
            throw new HumException(ErrorCode.CONFLICT, "The destruction of this file is already asked for and waits "
                    + "for a decision.");
        }
        // the request is not "for" anyone: the requester's own name stands in the username column
        TwoPersonRequest r = requests.open(TwoPersonRequest.Kind.DESTRUCTION, viewer.username(), source.id(),
                Json.createObjectBuilder().add("reason", ask.reason().strip()).build(), viewer.userId());
        audit.record("DESTRUCTION_REQUESTED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return view(r, source, today(), new HashMap<>(), null);
    }

    /**
     * Approves and carries out the destruction: 409 for one's own request or one already decided,
     * 409 {@value #PERIOD_RUNNING} while the retention period runs and no override reason is given,
     * 409 {@value #SENIOR_OVERRIDE} for an override by someone who is not a senior approver.
     */
    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public DestructionView approve(String id, @Valid DestructionApproval approval) {
        Viewer viewer = viewers.of(principal);
        TwoPersonRequest r = requests.locked(id, KINDS);
        Source source = files.resolve(viewer, r.sourceId(), "request", id);
        requests.decidable(r, viewer);
        Source locked = files.resolveForUpdate(viewer, source.id(), "DESTRUCTION_APPROVAL");
        RetentionClock.Retention ret = retention.of(locked.id());
        LocalDate today = today();
        String override = approval == null || approval.overrideReason() == null || approval.overrideReason().isBlank()
                ? null : approval.overrideReason().strip();
        if (!ret.runningOn(today)) {
            override = null; // the period has ended: nothing is overridden
        } else if (override == null) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, PERIOD_RUNNING, running(ret),
                    "Keep the file until " + (ret.active() ? "its retention period ends" : ret.endsOn())
                            + ", or have a senior approver (" + seniority.requirement()
                            + ") approve with an overrideReason saying why it goes earlier.");
        } else if (!seniority.isSenior(viewer)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, SENIOR_OVERRIDE, running(ret) + " Only a senior approver ("
                    + seniority.requirement() + ") may destroy it before then.",
                    "Ask a senior approver to decide this request.");
        }
        requests.decide(r, TwoPersonRequest.Status.APPROVED, viewer, override);
        String label = files.label(locked);
        audit.record(override == null ? "DESTRUCTION_APPROVED" : "DESTRUCTION_APPROVED_BY_OVERRIDE", "SOURCE",
                locked.id(), label, AuditTrail.SUCCESS);
        Destruction done = shredder.shred(locked, new FileShredder.Order(r.id(), r.requestedBy(), r.requestedAt(),
                reason(r), viewer.userId(), ret.endsOn(), override), clock.instant());
        return view(r, locked, today, new HashMap<>(), done);
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public DestructionView refuse(String id, @NotNull @Valid DestructionRefusal refusal) {
        Viewer viewer = viewers.of(principal);
        TwoPersonRequest r = requests.locked(id, KINDS);
        Source source = files.resolve(viewer, r.sourceId(), "request", id);
        requests.decidable(r, viewer);
        requests.decide(r, TwoPersonRequest.Status.REFUSED, viewer, refusal.reason());
        audit.record("DESTRUCTION_REFUSED", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return view(r, source, today(), new HashMap<>(), null);
    }

    private String running(RetentionClock.Retention ret) {
        return ret.active()
                ? "The source is still active: the retention period of its file (" + rules.current().retentionAfterAuthorisation()
                        + ") begins only when it is deactivated."
                : "The retention period of this file runs until " + ret.endsOn() + ".";
    }

    private DestructionView view(TwoPersonRequest r, Source s, LocalDate today, Map<String, String> names, Destruction done) {
        RetentionClock.Retention ret = s.isDestroyed() ? null : retention.of(s.id());
        boolean overridden = "APPROVED".equals(r.status()) && r.reason() != null;
        return new DestructionView(r.id(), s.id(), s.isDestroyed() ? null : s.codeName(), r.status(), reason(r),
                username(names, r.requestedBy()), r.requestedAt(), r.decidedBy() == null ? null : username(names, r.decidedBy()),
                r.decidedAt(), r.reason(), ret == null ? null : ret.endsOn(), ret != null && ret.runningOn(today),
                overridden, done);
    }

    private static String reason(TwoPersonRequest r) {
        return TwoPersonRequests.payload(r).getString("reason", "");
    }

    private LocalDate today() {
        return ruleClock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private String username(Map<String, String> cache, String userId) {
        return cache.computeIfAbsent(userId, u -> Optional.ofNullable(em.find(User.class, u)).map(User::username)
                .orElse("(unknown user)"));
    }
}
