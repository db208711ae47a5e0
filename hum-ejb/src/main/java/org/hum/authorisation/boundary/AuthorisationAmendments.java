package org.hum.authorisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.authorisation.AmendmentRequest;
import org.hum.api.authorisation.AmendmentView;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditLog;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.control.AuthorisationClocks;
import org.hum.authorisation.control.AuthorisationRules;
import org.hum.authorisation.control.AuthorisationStore;
import org.hum.authorisation.control.AuthorisationTexts;
import org.hum.authorisation.control.AuthorisationViews;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationAmendment;
import org.hum.crypto.control.DataKey;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourceCategories;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.source.entity.IdentityGrant;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.RuleViolation;

/**
 * Amendments of an authorisation in force that add activities (docs/domain.md, "Tasking": a tasking whose limits
 * go beyond the current authorisation needs the authorisation amended first). The source's
 * handler or a controller applies, giving the activities and why; an authorising officer who is not the
 * applicant grants it (a senior one for a special category), after the policy's hard stops, as
 * a grant of the authorisation itself. The source's row is locked, so that changes of one
 * file's authorisations happen one at a time. Every step and refusal is audited.
 */
@Stateless
public class AuthorisationAmendments {
    public static final String NOTHING_NEW = "amendment.adds-activities";
    public static final String IN_FORCE = "amendment.authorisation-in-force";

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    AuthorisationStore store;

    @Inject
    SourceStore sources;

    @Inject
    AuthorisationTexts texts;

    @Inject
    AuthorisationViews views;

    @Inject
    SourcePolicy policy;

    @Inject
    SourceCategories categories;

    @Inject
    Seniority seniority;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    AuditLog refusals;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public List<AmendmentView> list(String authorisationId) {
        Loaded l = load(viewers.of(principal), authorisationId);
        audit.record("AUTHORISATION_AMENDMENTS_READ", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return store.amendmentsOf(l.a.id()).stream().map(m -> views.amendment(l.source, m)).toList();
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public AmendmentView apply(String authorisationId, @NotNull @Valid AmendmentRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, authorisationId);
        try {
            if (!viewer.hasRole(Role.CONTROLLER_NAME) && sources.grant(l.source.id(), viewer.userId())
                    .filter(g -> IdentityGrant.GrantRole.HANDLER.name().equals(g.grantRole())).isEmpty()) {
                throw new HumException(ErrorCode.FORBIDDEN,
                        "Only the source's handler or a controller may apply to amend its authorisation.");
            }
            Instant now = AuthorisationClocks.now(clock);
            requireInForce(l.a, now);
            requireAddsSomething(l.a, request.activities());
            DataKey key = texts.key(l.source);
            String id = UUID.randomUUID().toString();
            AuthorisationAmendment m = new AuthorisationAmendment(id, l.a.id(), l.source.id(), request.activities(),
                    key.version(), texts.seal(key, AuthorisationAmendment.ENTITY, AuthorisationAmendment.REASON, id,
                    request.reason()), now, viewer.userId());
            store.add(m);
            audit.record("AUTHORISATION_AMENDMENT_APPLIED", "AUTHORISATION", l.a.id(), files.label(l.source),
                    AuditTrail.SUCCESS);
            return views.amendment(l.source, m);
        } catch (HumException e) {
            refusals.refused("AUTHORISATION_AMENDMENT_APPLIED", "AUTHORISATION", l.a.id(), files.label(l.source));
            throw e;
        }
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public AmendmentView grant(String authorisationId, String amendmentId) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, authorisationId);
        String canonical = SourceFiles.canonical(amendmentId);
        AuthorisationAmendment m = (canonical == null ? java.util.Optional.<AuthorisationAmendment>empty()
                : store.amendmentForUpdate(canonical)).filter(x -> x.authorisationId().equals(l.a.id()))
                .orElseThrow(() -> HumException.notFound("amendment"));
        try {
            if (!AuthorisationAmendment.APPLIED.equals(m.status())) {
                throw new HumException(ErrorCode.CONFLICT,
                        "This amendment is " + m.status() + "; only an application (APPLIED) can be granted.");
            }
            Instant now = AuthorisationClocks.now(clock);
            requireInForce(l.a, now);
            AuthorisationRules.notOwn(m.appliedBy(), viewer.userId(), "grant");
            var cats = categories.of(l.source.id(), AuthorisationClocks.day(now));
            AuthorisationRules.seniorIfSpecial(cats.special(), seniority.isSenior(viewer), seniority.requirement());
            policy.require(GuardedAction.AUTHORISE, l.source.id(), Circumstances.NONE, files.label(l.source));
            m.granted(now, viewer.userId());
            l.a.amended(m.activities());
            store.flush();
            audit.record("AUTHORISATION_AMENDED", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
            return views.amendment(l.source, m);
        } catch (HumException e) {
            refusals.refused("AUTHORISATION_AMENDED", "AUTHORISATION", l.a.id(), files.label(l.source));
            throw e;
        }
    }

    private static void requireInForce(Authorisation a, Instant now) {
        if (!a.inForce(now)) {
            throw new RuleViolation(ErrorCode.RULE_VIOLATION, IN_FORCE,
                    "Only an authorisation in force is amended; this one is " + a.status()
                            + (a.endsAt() != null ? " (its term ends " + a.endsAt() + ")" : "") + ".",
                    "apply for a new authorisation naming the activities instead.");
        }
    }

    static void requireAddsSomething(Authorisation a, java.util.Set<AuthorisedActivity> wanted) {
        var missing = java.util.EnumSet.copyOf(wanted);
        missing.removeAll(a.activities());
        if (missing.isEmpty()) {
            throw new RuleViolation(ErrorCode.UNPROCESSABLE, NOTHING_NEW,
                    "The authorisation already covers " + wanted + "; an amendment adds activities.",
                    "name at least one activity it does not cover yet.");
        }
    }

    private record Loaded(Authorisation a, Source source) {
    }

    /** The authorisation and its source, with the source's row locked; 404 as an unknown id if the caller may not see it. */
    private Loaded load(Viewer viewer, String id) {
        String canonical = SourceFiles.canonical(id);
        var a = canonical == null ? java.util.Optional.<Authorisation>empty() : store.authorisation(canonical);
        if (a.isEmpty()) {
            throw HumException.notFound("authorisation");
        }
        files.resolve(viewer, a.get().sourceId(), "authorisation", canonical);
        Source source = files.resolveForUpdate(viewer, a.get().sourceId(), "ACCESS_REFUSED");
        Authorisation locked = store.authorisationForUpdate(canonical).orElseThrow(() -> HumException.notFound("authorisation"));
        return new Loaded(locked, source);
    }
}
