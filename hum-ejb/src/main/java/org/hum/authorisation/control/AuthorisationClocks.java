package org.hum.authorisation.control;

import org.hum.api.authorisation.AuthorisationKind;
import org.hum.rules.control.RuleProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Every clock of docs/domain.md, "Lifecycle" 4-5 and "Otherwise illegal activity (OIA) / criminal conduct authorisation", as pure
 * functions of the rule profile and the moments recorded: nobody types a due date. Days are
 * UTC days.
 */
public final class AuthorisationClocks {
    private AuthorisationClocks() {
    }

    /**
     * When a term that starts at {@code start} ends: the profile's urgentOralPeriod (72 hours)
     * for an urgent oral authorisation, else its authorisationPeriod (12 months; 4 for a
     * juvenile). At that instant the authorisation is no longer in force.
     */
    public static Instant endsAt(AuthorisationKind kind, boolean juvenile, Instant start, RuleProfile profile) {
        if (kind == AuthorisationKind.URGENT_ORAL) {
            return start.plus(profile.urgentOralPeriod());
        }
        return start.atZone(ZoneOffset.UTC).plus(profile.authorisationPeriod(juvenile)).toInstant();
    }

    /**
     * The day the next review falls due: the profile's reviewInterval (monthly for a juvenile)
     * after the last review, or after the grant when none was recorded. Empty when that day is
     * not before the day the authorisation ends (the expiry comes first: an urgent oral one).
     */
    public static Optional<LocalDate> nextReviewDue(Instant grantedAt, Optional<Instant> lastReview, Instant endsAt,
                                                    boolean juvenile, RuleProfile profile) {
        LocalDate base = day(lastReview.filter(r -> r.isAfter(grantedAt)).orElse(grantedAt));
        LocalDate due = base.plus(profile.reviewInterval(juvenile));
        return due.isBefore(day(endsAt)) ? Optional.of(due) : Optional.empty();
    }

    /** A renewal needs a review of use, tasks and information recorded within the current term. */
    public static boolean reviewedWithinTerm(Instant termStart, Optional<Instant> lastReview) {
        return lastReview.filter(r -> !r.isBefore(termStart)).isPresent();
    }

    /** Instructions given at {@code givenAt} hold until the profile's instructionsInterval (a year) later. */
    public static Instant instructionsCurrentUntil(Instant givenAt, RuleProfile profile) {
        return givenAt.atZone(ZoneOffset.UTC).plus(profile.instructionsInterval()).toInstant();
    }

    /** The OIA's length in days, counting its first and last day. */
    public static long oiaDays(LocalDate startsOn, LocalDate endsOn) {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** The day a notification after a grant or an end made on {@code on} is due; empty if the profile notifies none. */
    public static Optional<LocalDate> oiaNotificationDue(LocalDate on, RuleProfile profile) {
        return profile.notifiesOia() ? Optional.of(on.plusDays(profile.oiaNotificationDays())) : Optional.empty();
    }

    /** The rule clock's instant at the database's precision (microseconds), so that what is answered is what is stored. */
    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
