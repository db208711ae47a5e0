package org.hum.rules.control;

import org.hum.api.error.ErrorCode;
import org.hum.api.rules.GuardedAction;
import org.hum.api.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link LifecycleRules}, and each clock boundary it has. */
class LifecycleRulesTest {
    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final RuleProfile US = RuleProfiles.US_FEDERAL;
    private static final Set<GuardedAction> USE_AND_AUTHORISE =
            EnumSet.of(GuardedAction.TASK, GuardedAction.PAY, GuardedAction.GRANT_OIA, GuardedAction.AUTHORISE);
    private static final Set<GuardedAction> USE = EnumSet.of(GuardedAction.TASK, GuardedAction.PAY, GuardedAction.GRANT_OIA);

    /** A source in good standing: every rule satisfied. */
    private static Facts good() {
        return new Facts();
    }

    private static final class Facts {
        SourceStatus status = SourceStatus.ACTIVE;
        boolean contactApproved;
        Optional<Instant> initial = Optional.of(NOW.minus(Duration.ofDays(100)));
        Optional<LocalDate> nextValidation = Optional.of(TODAY.plusDays(200));
        boolean enhancedOutstanding;
        Optional<Instant> authorisedUntil = Optional.of(NOW.plus(Duration.ofDays(60)));
        Optional<Instant> instructedUntil = Optional.of(NOW.plus(Duration.ofDays(60)));
        OptionalInt age = OptionalInt.of(34);

        PolicyFacts facts() {
            return new PolicyFacts(new SourceStanding.Standing(status, NOW.minus(Duration.ofDays(3)), contactApproved),
                    new ValidationStanding.ValidationFacts(initial, nextValidation, enhancedOutstanding),
                    new AuthorisationStanding.AuthorisationFacts(authorisedUntil, instructedUntil),
                    new SourceCategories.CategoryFacts(Set.of(), age));
        }
    }

    private static List<String> rules(GuardedAction action, Facts f) {
        return rules(action, f, US, NOW, Circumstances.NONE);
    }

    private static List<String> rules(GuardedAction action, Facts f, RuleProfile profile, Instant now, Circumstances c) {
        return LifecycleRules.evaluate(action, f.facts(), profile, now, c).stream().map(Refusal::rule).toList();
    }

    private static Refusal only(GuardedAction action, Facts f, Circumstances c) {
        List<Refusal> r = LifecycleRules.evaluate(action, f.facts(), US, NOW, c);
        assertEquals(1, r.size(), "exactly one refusal expected: " + r);
        return r.get(0);
    }

    @ParameterizedTest
    @EnumSource(GuardedAction.class)
    void aSourceInGoodStandingMayBeActedOn(GuardedAction action) {
        assertEquals(List.of(), rules(action, good()));
    }

    // --- source.active ---

    @ParameterizedTest
    @EnumSource(value = GuardedAction.class, names = {"TASK", "PAY", "GRANT_OIA", "AUTHORISE"})
    void aDeactivatedSourceIsNeitherUsedNorAuthorised(GuardedAction action) {
        Facts f = good();
        f.status = SourceStatus.DEACTIVATED;
        Refusal r = only(action, f, Circumstances.NONE);
        assertEquals("source.active", r.rule());
        assertEquals(ErrorCode.RULE_VIOLATION, r.code());
        assertTrue(r.reason().contains("deactivated"), r.reason());
        assertEquals("reactivate the source first.", r.remedy());
    }

    @ParameterizedTest
    @EnumSource(value = GuardedAction.class, names = {"TASK", "PAY", "GRANT_OIA", "AUTHORISE"})
    void aSourceClosedForCauseIsNeitherUsedNorAuthorisedAndTheRemedyNamesSeniorApproval(GuardedAction action) {
        Facts f = good();
        f.status = SourceStatus.CLOSED_FOR_CAUSE;
        Refusal r = only(action, f, Circumstances.NONE);
        assertEquals("source.active", r.rule());
        assertTrue(r.reason().contains("closed for cause"), r.reason());
        assertTrue(r.remedy().contains("senior approval"), r.remedy());
    }

    @Test
    void aContactWithADeactivatedSourceMayBeRecorded() {
        Facts f = good();
        f.status = SourceStatus.DEACTIVATED;
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f));
    }

    // --- source.closed-for-cause-contact ---

    @Test
    void noContactWithASourceClosedForCauseWithoutSeniorApproval() {
        Facts f = good();
        f.status = SourceStatus.CLOSED_FOR_CAUSE;
        Refusal r = only(GuardedAction.RECORD_CONTACT, f, Circumstances.NONE);
        assertEquals("source.closed-for-cause-contact", r.rule());
        assertEquals(ErrorCode.RULE_VIOLATION, r.code());
    }

    @Test
    void contactWithASourceClosedForCauseIsRecordedOnceASeniorApproved() {
        Facts f = good();
        f.status = SourceStatus.CLOSED_FOR_CAUSE;
        f.contactApproved = true;
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f));
    }

    @ParameterizedTest
    @EnumSource(value = GuardedAction.class, names = {"TASK", "PAY", "GRANT_OIA", "AUTHORISE"})
    void aContactApprovalDoesNotReopenASourceClosedForCause(GuardedAction action) {
        Facts f = good();
        f.status = SourceStatus.CLOSED_FOR_CAUSE;
        f.contactApproved = true;
        assertEquals(List.of("source.active"), rules(action, f));
    }

    // --- juvenile.appropriate-adult ---

    @Test
    void aFifteenYearOldIsContactedOnlyWithAnAppropriateAdult() {
        Facts f = good();
        f.age = OptionalInt.of(15);
        Refusal r = only(GuardedAction.RECORD_CONTACT, f, Circumstances.contact(false));
        assertEquals("juvenile.appropriate-adult", r.rule());
        assertEquals(ErrorCode.UNPROCESSABLE, r.code());
        assertTrue(r.reason().contains("16"), r.reason());
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f, US, NOW, Circumstances.contact(true)));
    }

    @Test
    void aSixteenYearOldNeedsNoAppropriateAdult() {
        Facts f = good();
        f.age = OptionalInt.of(16);
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f, US, NOW, Circumstances.contact(false)));
    }

    @Test
    void theAppropriateAdultAgeComesFromTheProfile() {
        Facts f = good();
        f.age = OptionalInt.of(16);
        RuleProfile tuned = RuleProfileTuning.apply(US, new org.hum.api.rules.RuleProfileSettings("US_FEDERAL", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, 17, null, null, null, null, null,
                null, null, null, null, null, null, null, null));
        assertEquals(List.of("juvenile.appropriate-adult"),
                rules(GuardedAction.RECORD_CONTACT, f, tuned, NOW, Circumstances.contact(false)));
    }

    @Test
    void anUnknownAgeDoesNotTriggerTheAppropriateAdultRule() {
        Facts f = good();
        f.age = OptionalInt.empty();
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f, US, NOW, Circumstances.contact(false)));
    }

    @ParameterizedTest
    @EnumSource(value = GuardedAction.class, names = {"TASK", "PAY", "GRANT_OIA", "AUTHORISE"})
    void theAppropriateAdultRuleConcernsContactsOnly(GuardedAction action) {
        Facts f = good();
        f.age = OptionalInt.of(14);
        assertEquals(List.of(), rules(action, f));
    }

    // --- validation.initial ---

    @Test
    void withoutAnInitialValidationASourceIsNeitherUsedNorAuthorised() {
        for (GuardedAction action : USE_AND_AUTHORISE) {
            Facts f = good();
            f.initial = Optional.empty();
            assertEquals(List.of("validation.initial"), rules(action, f), action.name());
        }
        Facts f = good();
        f.initial = Optional.empty();
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f), "a contact needs no validation");
    }

    // --- validation.periodic: the day before, of and after the due date ---

    @Test
    void thePeriodicValidationMayBeDoneUpToTheDayItFallsDue() {
        for (GuardedAction action : USE) {
            Facts dueTomorrow = good();
            dueTomorrow.nextValidation = Optional.of(TODAY.plusDays(1));
            assertEquals(List.of(), rules(action, dueTomorrow), "the day before the due date: " + action);

            Facts dueToday = good();
            dueToday.nextValidation = Optional.of(TODAY);
            assertEquals(List.of(), rules(action, dueToday), "the day of the due date: " + action);
            // the last instant of the due day is still the due day
            assertEquals(List.of(), rules(action, dueToday, US,
                    TODAY.atTime(23, 59, 59).toInstant(ZoneOffset.UTC), Circumstances.NONE));

            Facts dueYesterday = good();
            dueYesterday.nextValidation = Optional.of(TODAY.minusDays(1));
            assertEquals(List.of("validation.periodic"), rules(action, dueYesterday), "the day after: " + action);
        }
    }

    @Test
    void anOverduePeriodicValidationNamesItsDueDate() {
        Facts f = good();
        f.nextValidation = Optional.of(TODAY.minusDays(1));
        Refusal r = only(GuardedAction.TASK, f, Circumstances.NONE);
        assertTrue(r.reason().contains(TODAY.minusDays(1).toString()), r.reason());
    }

    @Test
    void anOverduePeriodicValidationDoesNotBlockAuthorisationOrContact() {
        Facts f = good();
        f.nextValidation = Optional.of(TODAY.minusDays(30));
        assertEquals(List.of(), rules(GuardedAction.AUTHORISE, f));
        assertEquals(List.of(), rules(GuardedAction.RECORD_CONTACT, f));
    }

    // --- validation.enhanced ---

    @Test
    void anOutstandingEnhancedReviewBlocksUse() {
        for (GuardedAction action : USE) {
            Facts f = good();
            f.enhancedOutstanding = true;
            assertEquals(List.of("validation.enhanced"), rules(action, f), action.name());
        }
        Facts f = good();
        f.enhancedOutstanding = true;
        assertTrue(only(GuardedAction.PAY, f, Circumstances.NONE).reason().contains("5 years"));
        assertEquals(List.of(), rules(GuardedAction.AUTHORISE, f));
    }

    // --- authorisation.current: the instant before, at and after its end ---

    @Test
    void anAuthorisationHoldsUntilTheInstantItEnds() {
        Instant end = NOW;
        for (GuardedAction action : USE) {
            Facts f = good();
            f.authorisedUntil = Optional.of(end);
            assertEquals(List.of(), rules(action, f, US, end.minusMillis(1), Circumstances.NONE), "just before: " + action);
            assertEquals(List.of("authorisation.current"), rules(action, f, US, end, Circumstances.NONE), "at: " + action);
            assertEquals(List.of("authorisation.current"), rules(action, f, US, end.plusMillis(1), Circumstances.NONE),
                    "just after: " + action);
        }
    }

    @Test
    void noAuthorisationAtAllBlocksUseButNotAuthorising() {
        Facts f = good();
        f.authorisedUntil = Optional.empty();
        assertEquals(List.of("authorisation.current"), rules(GuardedAction.GRANT_OIA, f));
        assertEquals(List.of(), rules(GuardedAction.AUTHORISE, f), "granting the first authorisation needs none");
    }

    // --- instructions.acknowledged: likewise ---

    @Test
    void instructionsHoldUntilTheInstantTheyLapse() {
        Instant end = NOW;
        for (GuardedAction action : USE) {
            Facts f = good();
            f.instructedUntil = Optional.of(end);
            assertEquals(List.of(), rules(action, f, US, end.minusMillis(1), Circumstances.NONE), "just before: " + action);
            assertEquals(List.of("instructions.acknowledged"), rules(action, f, US, end, Circumstances.NONE), "at: " + action);
            assertEquals(List.of("instructions.acknowledged"), rules(action, f, US, end.plusMillis(1), Circumstances.NONE),
                    "just after: " + action);
        }
        Facts none = good();
        none.instructedUntil = Optional.empty();
        Refusal r = only(GuardedAction.TASK, none, Circumstances.NONE);
        assertTrue(r.reason().contains("12 months"), r.reason());
        assertEquals(List.of(), rules(GuardedAction.AUTHORISE, none));
    }

    // --- all together ---

    @Test
    void everyBrokenRuleIsListedWithTheSourceStatusFirst() {
        Facts f = good();
        f.status = SourceStatus.DEACTIVATED;
        f.initial = Optional.empty();
        f.nextValidation = Optional.of(TODAY.minusDays(1));
        f.enhancedOutstanding = true;
        f.authorisedUntil = Optional.empty();
        f.instructedUntil = Optional.empty();
        assertEquals(List.of("source.active", "validation.initial", "validation.periodic", "validation.enhanced",
                "authorisation.current", "instructions.acknowledged"), rules(GuardedAction.PAY, f));
    }

    @Test
    void aContactWithAYoungSourceClosedForCauseListsBothRules() {
        Facts f = good();
        f.status = SourceStatus.CLOSED_FOR_CAUSE;
        f.age = OptionalInt.of(15);
        List<String> r = rules(GuardedAction.RECORD_CONTACT, f, US, NOW, Circumstances.contact(false));
        assertEquals(List.of("source.closed-for-cause-contact", "juvenile.appropriate-adult"), r);
        assertFalse(r.contains("source.active"));
    }
}
