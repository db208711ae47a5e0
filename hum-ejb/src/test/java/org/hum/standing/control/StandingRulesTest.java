package org.hum.standing.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.source.SourceStatus;
import org.hum.api.standing.Deactivation;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceStanding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingRulesTest {
    private static final Instant REGISTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final String SENIOR_NEEDS = "an authorising officer cleared to SECRET";

    // --- the standing computed from what was recorded ---

    @Test
    void registrationCountsAsActiveAtTheRegistrationDate() {
        SourceStanding.Standing s = StandingRules.standing(REGISTERED, Optional.empty(), List.of(), NOW);
        assertEquals(SourceStatus.ACTIVE, s.status());
        assertEquals(REGISTERED, s.since());
        assertFalse(s.seniorContactApproved());
    }

    @Test
    void theLatestChangeIsTheStatus() {
        var latest = Optional.of(new StandingRules.Latest("c1", SourceStatus.DEACTIVATED, NOW.minusSeconds(60)));
        SourceStanding.Standing s = StandingRules.standing(REGISTERED, latest, List.of(), NOW);
        assertEquals(SourceStatus.DEACTIVATED, s.status());
        assertEquals(NOW.minusSeconds(60), s.since());
    }

    @Test
    void aContactApprovalHoldsUntilTheInstantItEndsAndOnlyForTheClosureItAnswers() {
        var closed = Optional.of(new StandingRules.Latest("closure-2", SourceStatus.CLOSED_FOR_CAUSE, NOW.minusSeconds(600)));
        Instant end = NOW.plus(Duration.ofDays(90));
        var approval = List.of(new StandingRules.Approval("closure-2", end));
        assertTrue(StandingRules.standing(REGISTERED, closed, approval, end.minusMillis(1)).seniorContactApproved());
        assertFalse(StandingRules.standing(REGISTERED, closed, approval, end).seniorContactApproved());
        assertFalse(StandingRules.standing(REGISTERED, closed, approval, end.plusMillis(1)).seniorContactApproved());
        // an approval of an earlier closure does not carry over to a new one
        var earlier = List.of(new StandingRules.Approval("closure-1", end));
        assertFalse(StandingRules.standing(REGISTERED, closed, earlier, NOW).seniorContactApproved());
        // once reactivated, there is nothing to approve
        var active = Optional.of(new StandingRules.Latest("reactivation", SourceStatus.ACTIVE, NOW));
        assertFalse(StandingRules.standing(REGISTERED, active, approval, NOW).seniorContactApproved());
        assertEquals(Optional.of(end), StandingRules.contactApprovedUntil(closed, approval, NOW));
    }

    @Test
    void aContactApprovalLastsTheProfilesReviewInterval() {
        assertEquals(Instant.parse("2027-06-15T10:00:00Z"), StandingRules.contactApprovalEnd(NOW, RuleProfiles.US_FEDERAL));
    }

    // --- deactivation ---

    @Test
    void theDelayMustBeDocumentedWhenTheSourceWasNotTold() {
        HumException e = assertThrows(HumException.class,
                () -> StandingRules.requireComplete(new Deactivation("moved away", false, false, null)));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("delayReason", e.fieldErrors().get(0).field());
        assertThrows(HumException.class, () -> StandingRules.requireComplete(new Deactivation("moved away", false, false, "  ")));
        assertDoesNotThrow(() -> StandingRules.requireComplete(new Deactivation("moved away", false, false, "operation running")));
        assertDoesNotThrow(() -> StandingRules.requireComplete(new Deactivation("moved away", false, true, null)));
    }

    @Test
    void anActiveSourceIsDeactivatedOrClosedForCause() {
        assertEquals(SourceStatus.DEACTIVATED, StandingRules.deactivation(SourceStatus.ACTIVE, REGISTERED, false));
        assertEquals(SourceStatus.CLOSED_FOR_CAUSE, StandingRules.deactivation(SourceStatus.ACTIVE, REGISTERED, true));
    }

    @Test
    void anAlreadyDeactivatedSourceIsRefusedUnlessNowClosedForCause() {
        HumException e = assertThrows(HumException.class,
                () -> StandingRules.deactivation(SourceStatus.DEACTIVATED, NOW, false));
        assertEquals(ErrorCode.CONFLICT, e.code());
        assertTrue(e.getMessage().contains("already deactivated"), e.getMessage());
        assertEquals(SourceStatus.CLOSED_FOR_CAUSE, StandingRules.deactivation(SourceStatus.DEACTIVATED, NOW, true));
        for (boolean forCause : new boolean[]{true, false}) {
            HumException c = assertThrows(HumException.class,
                    () -> StandingRules.deactivation(SourceStatus.CLOSED_FOR_CAUSE, NOW, forCause));
            assertEquals(ErrorCode.CONFLICT, c.code());
            assertTrue(c.getMessage().contains("already closed for cause"), c.getMessage());
        }
    }

    // --- reactivation ---

    @Test
    void anActiveSourceIsNotReactivated() {
        HumException e = assertThrows(HumException.class, () -> StandingRules.reactivation(SourceStatus.ACTIVE, false));
        assertEquals(ErrorCode.CONFLICT, e.code());
        assertTrue(e.getMessage().contains("not deactivated"), e.getMessage());
    }

    @Test
    void aDeactivatedSourceIsReactivatedAtOnce() {
        assertEquals(StandingRules.Reactivation.IMMEDIATE, StandingRules.reactivation(SourceStatus.DEACTIVATED, false));
    }

    @Test
    void reactivationAfterCauseIsOnlyARequestForSeniorApproval() {
        assertEquals(StandingRules.Reactivation.REQUEST_SENIOR_APPROVAL,
                StandingRules.reactivation(SourceStatus.CLOSED_FOR_CAUSE, false));
        HumException twice = assertThrows(HumException.class,
                () -> StandingRules.reactivation(SourceStatus.CLOSED_FOR_CAUSE, true));
        assertEquals(ErrorCode.CONFLICT, twice.code());
    }

    @Test
    void reactivationAfterCauseWithoutASeniorApproverIsRefusedNamingWhatIsNeeded() {
        HumException e = assertThrows(HumException.class, () -> StandingRules.requireReactivationApproval(
                SourceStatus.CLOSED_FOR_CAUSE, Optional.of("officer"), false, SENIOR_NEEDS, "authoriser2"));
        assertEquals(ErrorCode.RULE_VIOLATION, e.code());
        assertEquals(StandingRules.SENIOR, ((org.hum.api.error.RuleViolation) e).rule());
        assertTrue(e.getMessage().contains(SENIOR_NEEDS), e.getMessage());
    }

    @Test
    void theApproverIsNeverTheRequester() {
        HumException e = assertThrows(HumException.class, () -> StandingRules.requireReactivationApproval(
                SourceStatus.CLOSED_FOR_CAUSE, Optional.of("authoriser1"), true, SENIOR_NEEDS, "authoriser1"));
        assertEquals(ErrorCode.RULE_VIOLATION, e.code());
        assertEquals(StandingRules.NOT_REQUESTER, ((org.hum.api.error.RuleViolation) e).rule());
        assertTrue(e.getMessage().contains("own request"), e.getMessage());
        assertDoesNotThrow(() -> StandingRules.requireReactivationApproval(
                SourceStatus.CLOSED_FOR_CAUSE, Optional.of("officer1"), true, SENIOR_NEEDS, "authoriser1"));
    }

    @Test
    void anApprovalNeedsAPendingRequestOnASourceClosedForCause() {
        HumException none = assertThrows(HumException.class, () -> StandingRules.requireReactivationApproval(
                SourceStatus.CLOSED_FOR_CAUSE, Optional.empty(), true, SENIOR_NEEDS, "authoriser1"));
        assertEquals(ErrorCode.CONFLICT, none.code());
        for (SourceStatus s : new SourceStatus[]{SourceStatus.ACTIVE, SourceStatus.DEACTIVATED}) {
            HumException e = assertThrows(HumException.class, () -> StandingRules.requireReactivationApproval(
                    s, Optional.of("officer1"), true, SENIOR_NEEDS, "authoriser1"));
            assertEquals(ErrorCode.CONFLICT, e.code(), s.name());
        }
    }

    // --- contact approval ---

    @Test
    void contactApprovalNeedsASeniorApproverAndASourceClosedForCause() {
        HumException notSenior = assertThrows(HumException.class,
                () -> StandingRules.requireContactApproval(SourceStatus.CLOSED_FOR_CAUSE, false, SENIOR_NEEDS));
        assertEquals(ErrorCode.RULE_VIOLATION, notSenior.code());
        assertEquals(StandingRules.SENIOR, ((org.hum.api.error.RuleViolation) notSenior).rule());
        assertTrue(notSenior.getMessage().contains(SENIOR_NEEDS));
        HumException active = assertThrows(HumException.class,
                () -> StandingRules.requireContactApproval(SourceStatus.ACTIVE, true, SENIOR_NEEDS));
        assertEquals(ErrorCode.CONFLICT, active.code());
        assertDoesNotThrow(() -> StandingRules.requireContactApproval(SourceStatus.CLOSED_FOR_CAUSE, true, SENIOR_NEEDS));
    }

    // --- who may act ---

    @Test
    void theHandlerAControllerOrAnAuthorisingOfficerMayAct() {
        assertTrue(StandingRules.mayAct(true, false, false));
        assertTrue(StandingRules.mayAct(false, true, false));
        assertTrue(StandingRules.mayAct(false, false, true));
        assertFalse(StandingRules.mayAct(false, false, false));
        assertEquals(ErrorCode.FORBIDDEN, StandingRules.notAllowedToAct().code());
    }
}
