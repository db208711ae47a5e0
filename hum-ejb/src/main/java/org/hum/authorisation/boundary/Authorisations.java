package org.hum.authorisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.api.Role;
import org.hum.api.authorisation.AuthorisationApplication;
import org.hum.api.authorisation.AuthorisationKind;
import org.hum.api.authorisation.AuthorisationStatus;
import org.hum.api.authorisation.AuthorisationView;
import org.hum.api.authorisation.GrantRequest;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.ReviewRequest;
import org.hum.api.authorisation.SourceAuthorisations;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditTrail;
import org.hum.config.control.DatabaseRaces;
import org.hum.authorisation.control.AuthorisationClocks;
import org.hum.authorisation.control.AuthorisationRules;
import org.hum.authorisation.control.AuthorisationStore;
import org.hum.authorisation.control.AuthorisationTexts;
import org.hum.authorisation.control.AuthorisationViews;
import org.hum.source.control.SourceFiles;
import org.hum.source.control.SourceStore;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationReview;
import org.hum.crypto.control.DataKey;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.rules.control.Seniority;
import org.hum.rules.control.SourceCategories;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Authorisations of the use of a source (docs/domain.md, "Lifecycle" 4): application by a case
 * officer or controller; grant or refusal by an authorising officer who is not the applicant
 * (a senior one for a special category), after the policy's hard stops; reviews; renewal only
 * after a review within the current term; cancellation. Every end and due day is computed from
 * the rule profile by the rule clock. The transaction and security boundary: the source is
 * resolved for the caller first, and an authorisation of a file the caller may not see
 * answers as one that does not exist.
 */
@Stateless
public class Authorisations {
    @Resource
    SessionContext context;

    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    SourceStore sources;

    @Inject
    AuthorisationStore store;

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
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public SourceAuthorisations overview(String sourceId) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "source file", sourceId);
        Instant now = AuthorisationClocks.now(clock);
        RuleProfile profile = rules.current();
        var authorisations = store.authorisationsOf(source.id()).stream()
                .map(a -> views.view(source, a, now, profile)).toList();
        var oia = store.oiaOf(source.id()).stream()
                .map(o -> views.oia(source, o, AuthorisationClocks.day(now))).toList();
        var instructions = store.instructionsOf(source.id()).stream()
                .map(i -> views.instructions(i, profile)).toList();
        var facts = policy.facts(source.id(), now).authorisation();
        audit.record("AUTHORISATIONS_READ", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return new SourceAuthorisations(source.id(), source.codeName(), facts.currentUntil().orElse(null),
                facts.instructionsCurrentUntil().orElse(null), authorisations, oia, instructions);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME,
            Role.COMPLIANCE_REVIEWER_NAME})
    public AuthorisationView find(String id) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, false);
        audit.record("AUTHORISATION_READ", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, l.a, AuthorisationClocks.now(clock), rules.current());
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public AuthorisationView apply(String sourceId, @NotNull @Valid AuthorisationApplication application) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "source file", sourceId);
        Instant now = AuthorisationClocks.now(clock);
        DataKey key = texts.key(source);
        String id = UUID.randomUUID().toString();
        Authorisation a = new Authorisation(id, source.id(), application.kind(), key.version(), now, viewer.userId());
        String e = Authorisation.ENTITY;
        a.application(texts.seal(key, e, Authorisation.NECESSITY, id, application.necessity()),
                texts.seal(key, e, Authorisation.PROPORTIONALITY, id, application.proportionality()),
                texts.seal(key, e, Authorisation.TASKS, id, application.tasks()),
                texts.seal(key, e, Authorisation.COLLATERAL_INTRUSION, id, application.collateralIntrusion()),
                texts.seal(key, e, Authorisation.CONFIDENTIAL_INFO, id, application.confidentialInformation()));
        a.activities(application.activities());
        store.add(a);
        audit.record("AUTHORISATION_APPLIED", "AUTHORISATION", id, files.label(source), AuditTrail.SUCCESS);
        return views.view(source, a, now, rules.current());
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public AuthorisationView grant(String id, @NotNull @Valid GrantRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        Authorisation a = l.a;
        requireStatus(a, AuthorisationStatus.APPLIED, "granted");
        Instant now = AuthorisationClocks.now(clock);
        RuleProfile profile = rules.current();
        AuthorisationRules.notOwn(a.appliedBy(), viewer.userId(), "grant");
        var cats = categories.of(l.source.id(), AuthorisationClocks.day(now));
        AuthorisationRules.seniorIfSpecial(cats.special(), seniority.isSenior(viewer), seniority.requirement());
        AuthorisationRules.risksExplained(request.risksExplainedAndUnderstood());
        AuthorisationRules.noneOtherInForce(store.inForce(l.source.id(), now).map(Authorisation::endsAt));
        policy.require(GuardedAction.AUTHORISE, l.source.id(), Circumstances.NONE, files.label(l.source));
        a.granted(now, viewer.userId(), cats.juvenile(), now,
                AuthorisationClocks.endsAt(a.kind(), cats.juvenile(), now, profile));
        store.flush();
        sources.mirrorAuthorisation(l.source.id());
        audit.record("AUTHORISATION_GRANTED", "AUTHORISATION", a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, a, now, profile);
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public AuthorisationView refuse(String id, @NotNull @Valid ReasonRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        requireStatus(l.a, AuthorisationStatus.APPLIED, "refused");
        AuthorisationRules.notOwn(l.a.appliedBy(), viewer.userId(), "refuse");
        Instant now = AuthorisationClocks.now(clock);
        l.a.refused(now, viewer.userId(), texts.seal(dekOf(l), Authorisation.ENTITY, Authorisation.DECISION_REASON,
                l.a.id(), request.reason()));
        store.flush();
        audit.record("AUTHORISATION_REFUSED", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, l.a, now, rules.current());
    }

    /**
     * Records a review of an authorisation in force. It moves the file's kept next review, so a change
     * of the rule profile moving every file's at the same moment can make it a deadlock's victim:
     * rolled back whole, it is run again, up to {@link DatabaseRaces#RETRIES} times (and so is a lock
     * wait that timed out).
     */
    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuthorisationView review(String id, @NotNull @Valid ReviewRequest request) {
        Authorisations self = context.getBusinessObject(Authorisations.class);
        return DatabaseRaces.retried(() -> self.reviewOnce(id, request));
    }

    /** One run of {@link #review} in its own transaction (the request was validated there); public only for the container's proxy. */
    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuthorisationView reviewOnce(String id, ReviewRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        Instant now = AuthorisationClocks.now(clock);
        if (!l.a.inForce(now)) {
            throw new HumException(ErrorCode.CONFLICT, "Only an authorisation in force is reviewed; this one is "
                    + describe(l.a, now) + ".");
        }
        var key = texts.key(l.source);
        String rid = UUID.randomUUID().toString();
        AuthorisationReview r = new AuthorisationReview(rid, l.a.id(), key.version(), now, viewer.userId());
        String e = AuthorisationReview.ENTITY;
        r.texts(texts.seal(key, e, AuthorisationReview.USE_MADE, rid, request.useMade()),
                texts.seal(key, e, AuthorisationReview.TASKS_GIVEN, rid, request.tasksGiven()),
                texts.seal(key, e, AuthorisationReview.INFORMATION_OBTAINED, rid, request.informationObtained()));
        store.add(r);
        store.flush();
        sources.mirrorAuthorisation(l.source.id()); // its next review moves (SourceClocks)
        audit.record("AUTHORISATION_REVIEWED", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, l.a, now, rules.current());
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public AuthorisationView renew(String id) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        Authorisation a = l.a;
        Instant now = AuthorisationClocks.now(clock);
        RuleProfile profile = rules.current();
        AuthorisationRules.renewable(a.inForce(now), a.kind() == AuthorisationKind.URGENT_ORAL,
                AuthorisationClocks.reviewedWithinTerm(a.termStartedAt(), store.lastReview(a.id())), a.termStartedAt());
        AuthorisationRules.notOwn(a.appliedBy(), viewer.userId(), "renew");
        var cats = categories.of(l.source.id(), AuthorisationClocks.day(now));
        AuthorisationRules.seniorIfSpecial(cats.special(), seniority.isSenior(viewer), seniority.requirement());
        policy.require(GuardedAction.AUTHORISE, l.source.id(), Circumstances.NONE, files.label(l.source));
        // the new term follows the current one without a gap
        Instant start = a.endsAt();
        a.renewed(cats.juvenile(), start, AuthorisationClocks.endsAt(a.kind(), cats.juvenile(), start, profile));
        store.flush();
        sources.mirrorAuthorisation(l.source.id());
        audit.record("AUTHORISATION_RENEWED", "AUTHORISATION", a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, a, now, profile);
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public AuthorisationView cancel(String id, @NotNull @Valid ReasonRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, id, true);
        Instant now = AuthorisationClocks.now(clock);
        if (!l.a.inForce(now)) {
            throw new HumException(ErrorCode.CONFLICT, "Only an authorisation in force is cancelled; this one is "
                    + describe(l.a, now) + ".");
        }
        l.a.cancelled(now, viewer.userId(), texts.seal(dekOf(l), Authorisation.ENTITY, Authorisation.CANCEL_REASON,
                l.a.id(), request.reason()));
        store.flush();
        sources.mirrorAuthorisation(l.source.id());
        audit.record("AUTHORISATION_CANCELLED", "AUTHORISATION", l.a.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.view(l.source, l.a, now, rules.current());
    }

    /** Texts added to an existing row are sealed under the row's key version, so that one version opens the row. */
    private DataKey dekOf(Loaded l) {
        return texts.key(l.source, l.a.dekVersion());
    }

    private static void requireStatus(Authorisation a, AuthorisationStatus wanted, String verb) {
        if (a.status() != wanted) {
            throw new HumException(ErrorCode.CONFLICT, "This authorisation is " + a.status()
                    + "; only an application (APPLIED) can be " + verb + ".");
        }
    }

    private static String describe(Authorisation a, Instant now) {
        return a.status() == AuthorisationStatus.GRANTED ? "past its end (" + a.endsAt() + ")" : a.status().name();
    }

    private record Loaded(Authorisation a, Source source) {
    }

    private Loaded load(Viewer viewer, String id, boolean forUpdate) {
        String canonical = SourceFiles.canonical(id);
        var a = canonical == null ? java.util.Optional.<Authorisation>empty()
                : forUpdate ? store.authorisationForUpdate(canonical) : store.authorisation(canonical);
        if (a.isEmpty()) {
            throw HumException.notFound("authorisation");
        }
        Source source = files.resolve(viewer, a.get().sourceId(), "authorisation", canonical);
        return new Loaded(a.get(), source);
    }
}
