package org.hum.authorisation.control;

import org.hum.api.authorisation.AuthorisationKind;
import org.hum.authorisation.entity.Authorisation;
import org.hum.dashboard.control.Urgency;
import org.hum.rules.control.RuleProfile;
import org.hum.rules.control.RuleProfiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every clock at its boundary: the instant (or day) before, of, and after. */
class AuthorisationClocksTest {
    private static final RuleProfile US = RuleProfiles.US_FEDERAL;
    private static final RuleProfile UK = RuleProfiles.UK;
    private static final Instant GRANTED = Instant.parse("2027-01-15T10:00:00Z");
    private static final Duration TICK = Duration.ofNanos(1000);

    private static Authorisation granted(AuthorisationKind kind, boolean juvenile) {
        Authorisation a = new Authorisation("a", "s", kind, 1, GRANTED.minusSeconds(3600), "officer");
        a.granted(GRANTED, "authoriser", juvenile, GRANTED, AuthorisationClocks.endsAt(kind, juvenile, GRANTED, US));
        return a;
    }

    private static void inForceUntil(Authorisation a, Instant end) {
        assertEquals(end, a.endsAt());
        assertTrue(a.inForce(end.minus(TICK)), "in force the instant before its end");
        assertFalse(a.inForce(end), "not in force at its end");
        assertFalse(a.inForce(end.plus(TICK)), "not in force after its end");
    }

    private static void dueAround(LocalDate due) {
        assertEquals(Optional.of(Urgency.DUE_SOON), Urgency.of(due, due.minusDays(1)), "the day before");
        assertEquals(Optional.of(Urgency.DUE_TODAY), Urgency.of(due, due), "the day of");
        assertEquals(Optional.of(Urgency.OVERDUE), Urgency.of(due, due.plusDays(1)), "the day after");
    }

    @Test
    void aStandardAuthorisationLastsTwelveMonths() {
        Authorisation a = granted(AuthorisationKind.STANDARD, false);
        inForceUntil(a, Instant.parse("2028-01-15T10:00:00Z"));
        dueAround(AuthorisationClocks.day(a.endsAt()));
    }

    @Test
    void anUrgentOralAuthorisationLastsSeventyTwoHoursAndHasNoReviewBeforeItsEnd() {
        Authorisation a = granted(AuthorisationKind.URGENT_ORAL, false);
        inForceUntil(a, Instant.parse("2027-01-18T10:00:00Z"));
        assertEquals(Optional.empty(),
                AuthorisationClocks.nextReviewDue(a.decidedAt(), Optional.empty(), a.endsAt(), false, US));
    }

    @Test
    void aJuvenilesAuthorisationLastsFourMonthsWithMonthlyReviews() {
        Authorisation a = granted(AuthorisationKind.STANDARD, true);
        inForceUntil(a, Instant.parse("2027-05-15T10:00:00Z"));
        LocalDate due = AuthorisationClocks.nextReviewDue(a.decidedAt(), Optional.empty(), a.endsAt(), true, US).orElseThrow();
        assertEquals(LocalDate.of(2027, 2, 15), due);
        dueAround(due);
        // reviewed on 2027-03-20: the next one a month later
        assertEquals(Optional.of(LocalDate.of(2027, 4, 20)), AuthorisationClocks.nextReviewDue(a.decidedAt(),
                Optional.of(Instant.parse("2027-03-20T08:00:00Z")), a.endsAt(), true, US));
        // reviewed on 2027-04-20: the next would fall after the end, so none is listed (the expiry is)
        assertEquals(Optional.empty(), AuthorisationClocks.nextReviewDue(a.decidedAt(),
                Optional.of(Instant.parse("2027-04-20T08:00:00Z")), a.endsAt(), true, US));
    }

    @Test
    void anAdultsReviewFallsDueEveryReviewIntervalFromTheGrantOrTheLastReview() {
        Authorisation a = granted(AuthorisationKind.STANDARD, false);
        LocalDate due = AuthorisationClocks.nextReviewDue(a.decidedAt(), Optional.empty(), a.endsAt(), false, US).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 15).plus(US.reviewInterval()), due);
        dueAround(due);
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1).plus(US.reviewInterval())), AuthorisationClocks.nextReviewDue(
                a.decidedAt(), Optional.of(Instant.parse("2027-03-01T12:00:00Z")), a.endsAt(), false, US));
    }

    @Test
    void aRenewalNeedsAReviewWithinTheCurrentTerm() {
        Instant term = GRANTED;
        assertFalse(AuthorisationClocks.reviewedWithinTerm(term, Optional.empty()));
        assertFalse(AuthorisationClocks.reviewedWithinTerm(term, Optional.of(term.minus(TICK))), "the instant before");
        assertTrue(AuthorisationClocks.reviewedWithinTerm(term, Optional.of(term)), "the instant of");
        assertTrue(AuthorisationClocks.reviewedWithinTerm(term, Optional.of(term.plus(TICK))), "after");
    }

    @Test
    void instructionsHoldForTheInstructionsInterval() {
        Instant given = Instant.parse("2027-01-10T09:00:00Z");
        Instant until = AuthorisationClocks.instructionsCurrentUntil(given, US);
        assertEquals(Instant.parse("2028-01-10T09:00:00Z"), until);
        dueAround(AuthorisationClocks.day(until));
    }

    @Test
    void anOiaCountsBothItsDays() {
        assertEquals(1, AuthorisationClocks.oiaDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
        assertEquals(90, AuthorisationClocks.oiaDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertEquals(91, AuthorisationClocks.oiaDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)));
    }

    @Test
    void theUkNotifiesAnOiaWithinSevenDaysAndTheUsNotAtAll() {
        LocalDate grant = LocalDate.of(2027, 1, 10);
        LocalDate due = AuthorisationClocks.oiaNotificationDue(grant, UK).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 17), due);
        dueAround(due);
        assertEquals(Optional.empty(), AuthorisationClocks.oiaNotificationDue(grant, US));
    }

    @Test
    void anOiaIsInForceFromItsFirstToItsLastDay() {
        var o = new org.hum.authorisation.entity.OiaAuthorisation("o", "s", 1, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 4, 30), GRANTED, "authoriser");
        assertFalse(o.inForce(LocalDate.of(2027, 1, 31)));
        assertTrue(o.inForce(LocalDate.of(2027, 2, 1)));
        assertTrue(o.inForce(LocalDate.of(2027, 4, 30)));
        assertFalse(o.inForce(LocalDate.of(2027, 5, 1)));
        dueAround(o.endsOn());
    }
}
