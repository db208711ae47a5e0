package org.hum.tasking.control;

import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.error.RuleViolation;
import org.hum.api.tasking.RequirementStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.hum.api.authorisation.AuthorisedActivity.CONSENSUAL_RECORDING;
import static org.hum.api.authorisation.AuthorisedActivity.CONTROLLED_PURCHASE;
import static org.hum.api.authorisation.AuthorisedActivity.ELICIT_INFORMATION;
import static org.hum.api.authorisation.AuthorisedActivity.OTHERWISE_ILLEGAL_ACTIVITY;
import static org.hum.api.authorisation.AuthorisedActivity.REPORT_OBSERVED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of issuing a tasking, each at its boundary. */
class TaskingRulesTest {
    private static final Optional<String> AUTH = Optional.of("auth-1");

    @Test
    void aTaskingWithinTheAuthorisationIsIssuedOneActivityBeyondIsRefusedWithTheAmendmentAsRemedy() {
        Optional<Set<AuthorisedActivity>> base = Optional.of(AuthorisedActivity.BASE);
        assertDoesNotThrow(() -> TaskingRules.withinAuthorisation(EnumSet.of(REPORT_OBSERVED), AUTH, base));
        assertDoesNotThrow(() -> TaskingRules.withinAuthorisation(EnumSet.of(REPORT_OBSERVED, ELICIT_INFORMATION), AUTH, base),
                "exactly what is covered");
        RuleViolation v = assertThrows(RuleViolation.class, () -> TaskingRules.withinAuthorisation(
                EnumSet.of(REPORT_OBSERVED, CONSENSUAL_RECORDING), AUTH, base));
        assertEquals(TaskingRules.WITHIN_AUTHORISATION, v.rule());
        assertEquals(409, v.code().status());
        assertTrue(v.getMessage().contains("[CONSENSUAL_RECORDING]"), v.getMessage());
        assertTrue(v.remedy().contains("amend the authorisation"), v.remedy());
        assertTrue(v.remedy().contains("/api/authorisations/auth-1/amendments"), v.remedy());
        // once amended
        Optional<Set<AuthorisedActivity>> amended = Optional.of(AuthorisedActivity.withBase(EnumSet.of(CONSENSUAL_RECORDING)));
        assertDoesNotThrow(() -> TaskingRules.withinAuthorisation(EnumSet.of(REPORT_OBSERVED, CONSENSUAL_RECORDING), AUTH,
                amended));
        // no authorisation in force at all
        RuleViolation none = assertThrows(RuleViolation.class, () -> TaskingRules.withinAuthorisation(
                EnumSet.of(REPORT_OBSERVED), Optional.empty(), Optional.empty()));
        assertEquals(TaskingRules.WITHIN_AUTHORISATION, none.rule());
    }

    @Test
    void beyondNamesExactlyWhatIsMissing() {
        assertEquals(EnumSet.noneOf(AuthorisedActivity.class),
                TaskingRules.beyond(EnumSet.of(REPORT_OBSERVED), Optional.of(AuthorisedActivity.BASE)));
        assertEquals(EnumSet.of(CONTROLLED_PURCHASE, OTHERWISE_ILLEGAL_ACTIVITY), TaskingRules.beyond(
                EnumSet.of(REPORT_OBSERVED, CONTROLLED_PURCHASE, OTHERWISE_ILLEGAL_ACTIVITY), Optional.of(AuthorisedActivity.BASE)));
    }

    @Test
    void otherwiseIllegalActivityNeedsTheOiaOnlyWhenAskedFor() {
        LocalDate due = LocalDate.parse("2027-05-01");
        assertDoesNotThrow(() -> TaskingRules.oiaIfIllegal(EnumSet.of(REPORT_OBSERVED), false, due));
        assertDoesNotThrow(() -> TaskingRules.oiaIfIllegal(EnumSet.of(OTHERWISE_ILLEGAL_ACTIVITY), true, due));
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> TaskingRules.oiaIfIllegal(EnumSet.of(OTHERWISE_ILLEGAL_ACTIVITY), false, due));
        assertEquals(TaskingRules.OIA, v.rule());
        assertTrue(v.remedy().contains("2027-05-01"), v.remedy());
    }

    @Test
    void theDueDayIsTodayOrLater() {
        LocalDate today = LocalDate.parse("2027-01-31");
        assertDoesNotThrow(() -> TaskingRules.dueNotPast(today.plusDays(1), today));
        assertDoesNotThrow(() -> TaskingRules.dueNotPast(today, today));
        RuleViolation v = assertThrows(RuleViolation.class, () -> TaskingRules.dueNotPast(today.minusDays(1), today));
        assertEquals(TaskingRules.DUE_DATE, v.rule());
        assertEquals(422, v.code().status());
    }

    @Test
    void theRequirementIsOpenAndOfTheFilesCompartment() {
        assertDoesNotThrow(() -> TaskingRules.requirementOpen(RequirementStatus.OPEN, "R-1"));
        assertEquals(TaskingRules.REQUIREMENT_OPEN, assertThrows(RuleViolation.class,
                () -> TaskingRules.requirementOpen(RequirementStatus.CLOSED, "R-1")).rule());
        assertDoesNotThrow(() -> TaskingRules.sameCompartment("COPPER", "COPPER", "R-1"));
        assertEquals(TaskingRules.REQUIREMENT_COMPARTMENT, assertThrows(RuleViolation.class,
                () -> TaskingRules.sameCompartment("MESA", "COPPER", "R-1")).rule());
    }

    @Test
    void outsideAnAuthorisationWhenNoneIsInForceWhenIssuedWithoutOneOrBeyondIt() {
        Optional<Set<AuthorisedActivity>> base = Optional.of(AuthorisedActivity.BASE);
        assertFalse(TaskingRules.outsideAuthorisation(EnumSet.of(REPORT_OBSERVED), "a", base));
        assertTrue(TaskingRules.outsideAuthorisation(EnumSet.of(REPORT_OBSERVED), "a", Optional.empty()));
        assertTrue(TaskingRules.outsideAuthorisation(EnumSet.of(REPORT_OBSERVED), null, base));
        assertTrue(TaskingRules.outsideAuthorisation(EnumSet.of(REPORT_OBSERVED, CONSENSUAL_RECORDING), "a", base));
    }

    @Test
    void anAuthorisationThatNamesNoActivitiesAuthorisesTheBaseSet() {
        assertEquals(EnumSet.of(REPORT_OBSERVED, ELICIT_INFORMATION), AuthorisedActivity.parse(null));
        assertEquals(EnumSet.of(REPORT_OBSERVED, ELICIT_INFORMATION), AuthorisedActivity.parse(""));
        assertEquals(EnumSet.of(REPORT_OBSERVED, ELICIT_INFORMATION, CONTROLLED_PURCHASE),
                AuthorisedActivity.parse(AuthorisedActivity.format(EnumSet.of(CONTROLLED_PURCHASE))));
    }
}
