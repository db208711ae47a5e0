package org.hum.authorisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.authorisation.AuthorisationView;
import org.hum.api.authorisation.InstructionsView;
import org.hum.api.authorisation.OiaNotificationView;
import org.hum.api.authorisation.OiaView;
import org.hum.api.authorisation.ReviewView;
import org.hum.authorisation.entity.Authorisation;
import org.hum.authorisation.entity.AuthorisationReview;
import org.hum.authorisation.entity.OiaAuthorisation;
import org.hum.authorisation.entity.SourceInstructions;
import org.hum.rules.control.RuleProfile;
import org.hum.source.entity.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hum.api.authorisation.AmendmentView;
import org.hum.api.authorisation.AuthorisationKind;
import org.hum.authorisation.entity.AuthorisationAmendment;

/** Builds the views, decrypting free text; only for a caller the boundary has checked. */
@ApplicationScoped
public class AuthorisationViews {
    @Inject
    AuthorisationStore store;

    @Inject
    AuthorisationTexts texts;

    @Inject
    People people;

    public AuthorisationView view(Source source, Authorisation a, Instant now, RuleProfile profile) {
        var reviews = store.reviewsOf(a.id()).stream().map(r -> review(source, r)).toList();
        Optional<Instant> last = reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(0).reviewedAt());
        boolean inForce = a.inForce(now);
        LocalDate nextReview = inForce
                ? AuthorisationClocks.nextReviewDue(a.decidedAt(), last, a.endsAt(), a.juvenile(), profile).orElse(null)
                : null;
        boolean renewable = inForce && a.kind() != AuthorisationKind.URGENT_ORAL
                && AuthorisationClocks.reviewedWithinTerm(a.termStartedAt(), last);
        String e = Authorisation.ENTITY;
        int v = a.dekVersion();
        return new AuthorisationView(a.id(), a.sourceId(), source.codeName(), a.kind(), a.status(), inForce,
                a.appliedAt(), people.username(a.appliedBy()), a.decidedAt(), people.username(a.decidedBy()),
                a.risksExplained(), a.juvenile(), a.termStartedAt(), a.endsAt(), nextReview, renewable, a.renewals(),
                a.cancelledAt(), people.username(a.cancelledBy()),
                texts.open(source, v, e, Authorisation.NECESSITY, a.id(), a.necessity()),
                texts.open(source, v, e, Authorisation.PROPORTIONALITY, a.id(), a.proportionality()),
                texts.open(source, v, e, Authorisation.TASKS, a.id(), a.tasks()),
                texts.open(source, v, e, Authorisation.COLLATERAL_INTRUSION, a.id(), a.collateralIntrusion()),
                texts.open(source, v, e, Authorisation.CONFIDENTIAL_INFO, a.id(), a.confidentialInfo()),
                texts.open(source, v, e, Authorisation.DECISION_REASON, a.id(), a.decisionReason()),
                texts.open(source, v, e, Authorisation.CANCEL_REASON, a.id(), a.cancelReason()),
                reviews, a.activities(), store.amendmentsOf(a.id()).stream().map(m -> amendment(source, m)).toList());
    }

    public AmendmentView amendment(Source source,
                                                             AuthorisationAmendment m) {
        String e = AuthorisationAmendment.ENTITY;
        return new AmendmentView(m.id(), m.authorisationId(), m.sourceId(), m.activities(),
                texts.open(source, m.dekVersion(), e, AuthorisationAmendment.REASON, m.id(),
                        m.reason()),
                m.status(), m.appliedAt(), people.username(m.appliedBy()), m.grantedAt(), people.username(m.grantedBy()));
    }

    public ReviewView review(Source source, AuthorisationReview r) {
        String e = AuthorisationReview.ENTITY;
        return new ReviewView(r.id(), r.reviewedAt(), people.username(r.reviewedBy()),
                texts.open(source, r.dekVersion(), e, AuthorisationReview.USE_MADE, r.id(), r.useMade()),
                texts.open(source, r.dekVersion(), e, AuthorisationReview.TASKS_GIVEN, r.id(), r.tasksGiven()),
                texts.open(source, r.dekVersion(), e, AuthorisationReview.INFORMATION_OBTAINED, r.id(),
                        r.informationObtained()));
    }

    public OiaView oia(Source source, OiaAuthorisation o, LocalDate today) {
        var notifications = store.notificationsOf(o.id()).stream()
                .map(n -> new OiaNotificationView(n.id(), n.occasion(), n.dueOn(), n.notifiedAt(),
                        people.username(n.notifiedBy())))
                .toList();
        String e = OiaAuthorisation.ENTITY;
        return new OiaView(o.id(), o.sourceId(), o.status(), o.inForce(today),
                texts.open(source, o.dekVersion(), e, OiaAuthorisation.CONDUCT, o.id(), o.conduct()),
                o.startsOn(), o.endsOn(), o.grantedAt(), people.username(o.grantedBy()), o.acknowledgedAt(),
                people.username(o.ackWitness()), o.endedAt(), people.username(o.endedBy()),
                texts.open(source, o.dekVersion(), e, OiaAuthorisation.END_REASON, o.id(), o.endReason()),
                notifications);
    }

    public InstructionsView instructions(SourceInstructions i, RuleProfile profile) {
        return new InstructionsView(i.id(), i.givenAt(), people.username(i.givenBy()), people.username(i.witness()),
                AuthorisationClocks.instructionsCurrentUntil(i.givenAt(), profile));
    }
}
