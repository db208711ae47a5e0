package org.hum.api.authorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An authorisation as the caller may see it. {@code endsAt}, {@code nextReviewDue} and
 * {@code renewable} are computed from the rule profile by the rule clock.
 *
 * @param inForce        granted, not cancelled, and its end not reached
 * @param nextReviewDue  the day the next review falls due; null when none falls due before the end
 * @param renewable      a review of use, tasks and information was recorded within the current term
 * @param activities     what it authorises the source to do (the base set, the application's, and granted amendments')
 */
public record AuthorisationView(
        String id,
        String sourceId,
        String codeName,
        AuthorisationKind kind,
        AuthorisationStatus status,
        boolean inForce,
        Instant appliedAt,
        String appliedBy,
        Instant decidedAt,
        String decidedBy,
        boolean risksExplainedAndUnderstood,
        boolean juvenile,
        Instant termStartedAt,
        Instant endsAt,
        LocalDate nextReviewDue,
        boolean renewable,
        int renewals,
        Instant cancelledAt,
        String cancelledBy,
        String necessity,
        String proportionality,
        String tasks,
        String collateralIntrusion,
        String confidentialInformation,
        String decisionReason,
        String cancellationReason,
        List<ReviewView> reviews,
        Set<AuthorisedActivity> activities,
        List<AmendmentView> amendments) {

    public AuthorisationView {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        activities = activities == null ? AuthorisedActivity.BASE : Set.copyOf(activities);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    @Override
    public String toString() {
        return "AuthorisationView[id=" + id + ", sourceId=" + sourceId + ", kind=" + kind + ", status=" + status
                + ", endsAt=" + endsAt + ", ***]";
    }
}
