package org.hum.authorisation.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;
import org.hum.rules.control.RuleProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorisationRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final Instant TERM = Instant.parse("2027-01-01T00:00:00Z");

    private static RuleViolation refused(String rule, ErrorCode code, Executable e) {
        RuleViolation v = assertThrows(RuleViolation.class, e);
        assertEquals(rule, v.rule());
        assertEquals(code, v.code());
        assertTrue(v.getMessage().contains("To go on:"), "names a remedy");
        return v;
    }

    @Test
    void theApplicantMayNotGrantRefuseOrRenewTheirOwnApplication() {
        refused(AuthorisationRules.NOT_OWN, ErrorCode.RULE_VIOLATION, () -> AuthorisationRules.notOwn("u1", "u1", "grant"));
        assertDoesNotThrow(() -> AuthorisationRules.notOwn("u1", "u2", "grant"));
    }

    @Test
    void aSpecialCategoryNeedsASeniorApprover() {
        refused(AuthorisationRules.SENIOR, ErrorCode.RULE_VIOLATION,
                () -> AuthorisationRules.seniorIfSpecial(true, false, "a senior"));
        assertDoesNotThrow(() -> AuthorisationRules.seniorIfSpecial(true, true, "a senior"));
        assertDoesNotThrow(() -> AuthorisationRules.seniorIfSpecial(false, false, "a senior"));
    }

    @Test
    void theRisksMustBeConfirmedExplained() {
        refused(AuthorisationRules.RISKS, ErrorCode.UNPROCESSABLE, () -> AuthorisationRules.risksExplained(null));
        refused(AuthorisationRules.RISKS, ErrorCode.UNPROCESSABLE, () -> AuthorisationRules.risksExplained(false));
        assertDoesNotThrow(() -> AuthorisationRules.risksExplained(true));
    }

    @Test
    void oneAuthorisationInForceAtATime() {
        refused(AuthorisationRules.ONE_IN_FORCE, ErrorCode.RULE_VIOLATION,
                () -> AuthorisationRules.noneOtherInForce(java.util.Optional.of(TERM)));
        assertDoesNotThrow(() -> AuthorisationRules.noneOtherInForce(java.util.Optional.empty()));
    }

    @Test
    void renewalOnlyInForceNotUrgentOralAndAfterAReview() {
        refused(AuthorisationRules.RENEWAL_REVIEW, ErrorCode.RULE_VIOLATION,
                () -> AuthorisationRules.renewable(true, false, false, TERM));
        refused(AuthorisationRules.RENEW_EXPIRED, ErrorCode.RULE_VIOLATION,
                () -> AuthorisationRules.renewable(false, false, true, TERM));
        refused(AuthorisationRules.URGENT_ORAL_RENEWAL, ErrorCode.RULE_VIOLATION,
                () -> AuthorisationRules.renewable(true, true, true, TERM));
        assertDoesNotThrow(() -> AuthorisationRules.renewable(true, false, true, TERM));
    }

    @Test
    void anOiaStartsTodayOrLater() {
        var profile = RuleProfiles.US_FEDERAL;
        refused(AuthorisationRules.OIA_PROSPECTIVE, ErrorCode.UNPROCESSABLE,
                () -> AuthorisationRules.oiaDays(TODAY.minusDays(1), TODAY.plusDays(10), TODAY, profile));
        assertDoesNotThrow(() -> AuthorisationRules.oiaDays(TODAY, TODAY.plusDays(10), TODAY, profile));
        assertDoesNotThrow(() -> AuthorisationRules.oiaDays(TODAY.plusDays(1), TODAY.plusDays(10), TODAY, profile));
    }

    @Test
    void anOiaLastsAtMostNinetyDays() {
        var profile = RuleProfiles.UK;
        assertEquals(90, profile.oiaMaxDays());
        assertDoesNotThrow(() -> AuthorisationRules.oiaDays(TODAY, TODAY.plusDays(88), TODAY, profile), "89 days");
        assertDoesNotThrow(() -> AuthorisationRules.oiaDays(TODAY, TODAY.plusDays(89), TODAY, profile), "90 days");
        RuleViolation v = refused(AuthorisationRules.OIA_MAX_DAYS, ErrorCode.UNPROCESSABLE,
                () -> AuthorisationRules.oiaDays(TODAY, TODAY.plusDays(90), TODAY, profile));
        assertTrue(v.getMessage().contains("91"));
        HumException backwards = assertThrows(HumException.class,
                () -> AuthorisationRules.oiaDays(TODAY.plusDays(5), TODAY.plusDays(4), TODAY, profile));
        assertEquals(ErrorCode.INVALID_INPUT, backwards.code());
    }

    @Test
    void theWitnessIsAnotherPersonAndTheSourceAcknowledged() {
        refused(AuthorisationRules.WITNESS, ErrorCode.UNPROCESSABLE, () -> AuthorisationRules.witnessIsAnother("u", "u"));
        assertDoesNotThrow(() -> AuthorisationRules.witnessIsAnother("u", "w"));
        refused(AuthorisationRules.ACKNOWLEDGED, ErrorCode.UNPROCESSABLE, () -> AuthorisationRules.acknowledged(false));
        refused(AuthorisationRules.ACKNOWLEDGED, ErrorCode.UNPROCESSABLE, () -> AuthorisationRules.acknowledged(null));
        assertDoesNotThrow(() -> AuthorisationRules.acknowledged(true));
    }
}
