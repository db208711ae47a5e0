package org.hum.authorisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hum.access.control.Viewer;
import org.hum.access.control.Viewers;
import org.hum.access.entity.User;
import org.hum.api.Role;
import org.hum.api.authorisation.InstructionsView;
import org.hum.api.authorisation.OiaRequest;
import org.hum.api.authorisation.OiaView;
import org.hum.api.authorisation.ReasonRequest;
import org.hum.api.authorisation.WitnessRequest;
import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.rules.GuardedAction;
import org.hum.audit.control.AuditTrail;
import org.hum.authorisation.control.AuthorisationClocks;
import org.hum.authorisation.control.AuthorisationRules;
import org.hum.authorisation.control.AuthorisationStore;
import org.hum.authorisation.control.AuthorisationTexts;
import org.hum.authorisation.control.AuthorisationViews;
import org.hum.authorisation.control.People;
import org.hum.source.control.SourceFiles;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.OiaNotification;
import org.hum.authorisation.entity.SourceInstructions;
import org.hum.crypto.control.DataKey;
import org.hum.rules.control.Circumstances;
import org.hum.config.control.RuleClock;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.Rules;
import org.hum.rules.control.SourcePolicy;
import org.hum.source.entity.Source;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Otherwise-illegal-activity authorisations (docs/domain.md, "Otherwise illegal activity (OIA) / criminal conduct authorisation"):
 * specific, prospective, at most the profile's oiaMaxDays, granted by an authorising officer
 * after the policy's hard stops, acknowledged by the source before a witness, with the
 * notifications the profile requires tracked as deadlines. Also the instructions given to a
 * source before a witness (docs/domain.md, "Lifecycle" 5).
 */
@Stateless
public class OiaAuthorisations {
    @Inject
    Principal principal;

    @Inject
    Viewers viewers;

    @Inject
    SourceFiles files;

    @Inject
    AuthorisationStore store;

    @Inject
    AuthorisationTexts texts;

    @Inject
    AuthorisationViews views;

    @Inject
    People people;

    @Inject
    SourcePolicy policy;

    @Inject
    Rules rules;

    @Inject
    @RuleClock
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public OiaView grant(String sourceId, @NotNull @Valid OiaRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "source file", sourceId);
        Instant now = AuthorisationClocks.now(clock);
        LocalDate today = AuthorisationClocks.day(now);
        RuleProfile profile = rules.current();
        AuthorisationRules.oiaDays(request.startsOn(), request.endsOn(), today, profile);
        policy.require(GuardedAction.GRANT_OIA, source.id(), Circumstances.NONE, files.label(source));
        DataKey key = texts.key(source);
        String id = UUID.randomUUID().toString();
        OiaAuthorisation o = new OiaAuthorisation(id, source.id(), key.version(), request.startsOn(), request.endsOn(),
                now, viewer.userId());
        o.conduct(texts.seal(key, OiaAuthorisation.ENTITY, OiaAuthorisation.CONDUCT, id, request.conduct()));
        store.add(o);
        notification(o, OiaNotification.Occasion.GRANT, today, profile);
        audit.record("OIA_GRANTED", "OIA", id, files.label(source), AuditTrail.SUCCESS);
        return views.oia(source, o, today);
    }

    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME})
    public OiaView acknowledge(String oiaId, @NotNull @Valid WitnessRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, oiaId);
        if (!OiaAuthorisation.GRANTED.equals(l.o.status()) || l.o.acknowledgedAt() != null) {
            throw new HumException(ErrorCode.CONFLICT, l.o.acknowledgedAt() != null
                    ? "The source's acknowledgment of this OIA authorisation is already recorded."
                    : "This OIA authorisation was " + l.o.status().toLowerCase() + "; there is nothing to acknowledge.");
        }
        AuthorisationRules.acknowledged(request.sourceAcknowledged());
        User witness = people.witness(request.witness());
        AuthorisationRules.witnessIsAnother(viewer.userId(), witness.id());
        Instant now = AuthorisationClocks.now(clock);
        l.o.acknowledged(now, viewer.userId(), witness.id());
        store.flush();
        audit.record("OIA_ACKNOWLEDGED", "OIA", l.o.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.oia(l.source, l.o, AuthorisationClocks.day(now));
    }

    @RolesAllowed(Role.AUTHORISING_OFFICER_NAME)
    public OiaView cancel(String oiaId, @NotNull @Valid ReasonRequest request) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, oiaId);
        if (!OiaAuthorisation.GRANTED.equals(l.o.status())) {
            throw new HumException(ErrorCode.CONFLICT, "This OIA authorisation was already "
                    + l.o.status().toLowerCase() + ".");
        }
        Instant now = AuthorisationClocks.now(clock);
        LocalDate today = AuthorisationClocks.day(now);
        l.o.ended(OiaAuthorisation.CANCELLED, now, viewer.userId(), texts.seal(texts.key(l.source, l.o.dekVersion()),
                OiaAuthorisation.ENTITY, OiaAuthorisation.END_REASON, l.o.id(), request.reason()));
        store.flush();
        notification(l.o, OiaNotification.Occasion.CANCELLATION, today, rules.current());
        audit.record("OIA_CANCELLED", "OIA", l.o.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.oia(l.source, l.o, today);
    }

    /** The notification owed to the oversight body was made. */
    @RolesAllowed({Role.AUTHORISING_OFFICER_NAME, Role.CONTROLLER_NAME})
    public OiaView notified(String oiaId, String notificationId) {
        Viewer viewer = viewers.of(principal);
        Loaded l = load(viewer, oiaId);
        OiaNotification n = store.notificationsOf(l.o.id()).stream()
                .filter(x -> x.id().equals(notificationId)).findFirst()
                .orElseThrow(() -> HumException.notFound("notification of this OIA authorisation"));
        if (n.notifiedAt() != null) {
            throw new HumException(ErrorCode.CONFLICT, "This notification was already recorded on " + n.notifiedAt() + ".");
        }
        Instant now = AuthorisationClocks.now(clock);
        n.notified(now, viewer.userId());
        store.flush();
        audit.record("OIA_NOTIFIED", "OIA", l.o.id(), files.label(l.source), AuditTrail.SUCCESS);
        return views.oia(l.source, l.o, AuthorisationClocks.day(now));
    }

    /** docs/domain.md, "Lifecycle" 5: instructions given before a witness and acknowledged by the source. */
    @RolesAllowed({Role.CASE_OFFICER_NAME, Role.CONTROLLER_NAME})
    public InstructionsView instruct(String sourceId, @NotNull @Valid WitnessRequest request) {
        Viewer viewer = viewers.of(principal);
        Source source = files.resolve(viewer, sourceId, "source file", sourceId);
        AuthorisationRules.acknowledged(request.sourceAcknowledged());
        User witness = people.witness(request.witness());
        AuthorisationRules.witnessIsAnother(viewer.userId(), witness.id());
        SourceInstructions i = new SourceInstructions(UUID.randomUUID().toString(), source.id(), AuthorisationClocks.now(clock),
                viewer.userId(), witness.id());
        store.add(i);
        audit.record("INSTRUCTIONS_GIVEN", "SOURCE", source.id(), files.label(source), AuditTrail.SUCCESS);
        return views.instructions(i, rules.current());
    }

    private void notification(OiaAuthorisation o, OiaNotification.Occasion occasion, LocalDate on, RuleProfile profile) {
        AuthorisationClocks.oiaNotificationDue(on, profile).ifPresent(due ->
                store.add(new OiaNotification(UUID.randomUUID().toString(), o.id(), occasion, due)));
    }

    private record Loaded(OiaAuthorisation o, Source source) {
    }

    private Loaded load(Viewer viewer, String id) {
        String canonical = SourceFiles.canonical(id);
        var o = canonical == null ? java.util.Optional.<OiaAuthorisation>empty() : store.oia(canonical);
        if (o.isEmpty()) {
            throw HumException.notFound("OIA authorisation");
        }
        return new Loaded(o.get(), files.resolve(viewer, o.get().sourceId(), "OIA authorisation", canonical));
    }
}
