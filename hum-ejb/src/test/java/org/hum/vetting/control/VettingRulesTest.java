package org.hum.vetting.control;

import org.hum.api.source.SourceStatus;
import org.hum.api.vetting.TenureFlag;
import org.hum.api.vetting.ValidationKind;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceStanding.StatusChange;
import org.hum.vetting.control.VettingRules.Concluded;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.hum.vetting.control.ContinuousUseTest.active;
import static org.hum.vetting.control.ContinuousUseTest.at;
import static org.hum.vetting.control.ContinuousUseTest.off;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VettingRulesTest {
    static final VettingRules.Figures US = new VettingRules.Figures(RuleProfiles.US_FEDERAL.validationInterval(),
            RuleProfiles.US_FEDERAL.enhancedReviewAfter(), RuleProfiles.US_FEDERAL.continuousUseGap(), Period.ofDays(90));
    static final Instant REGISTERED = at(2015, 1, 10);
    static final LocalDate ENHANCED_THRESHOLD = LocalDate.of(2020, 1, 10);

    static Concluded initial(Instant at, boolean suitable) {
        return new Concluded(ValidationKind.INITIAL, suitable, at);
    }

    static Concluded periodic(Instant at, boolean suitable) {
        return new Concluded(ValidationKind.PERIODIC, suitable, at);
    }

    static VettingRules.Assessment assess(List<StatusChange> history, List<Concluded> validations, Instant now) {
        return VettingRules.assess(REGISTERED, history, validations, US, now);
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    @Test
    void nothingConcludedNothingDueAndTheFirstValidationIsInitial() {
        var a = assess(List.of(), List.of(), at(2016, 1, 1));
        assertEquals(Optional.empty(), a.initialConcludedAt());
        assertEquals(Optional.empty(), a.nextValidationDue());
        assertFalse(a.validationOverdue());
        assertEquals(ValidationKind.INITIAL, a.nextKind());
    }

    @Test
    void periodicValidationFallsDueAnIntervalAfterTheLastConclusionTheDayBeforeOfAndAfter() {
        var validations = List.of(initial(noon(LocalDate.of(2025, 3, 10)), true));
        LocalDate due = LocalDate.of(2026, 3, 10);
        var before = assess(List.of(), validations, noon(due.minusDays(1)));
        var on = assess(List.of(), validations, noon(due));
        var after = assess(List.of(), validations, at(2026, 3, 11));
        assertEquals(Optional.of(due), before.nextValidationDue());
        assertFalse(before.validationOverdue(), "day before");
        assertFalse(on.validationOverdue(), "day of: due, not yet overdue");
        assertTrue(after.validationOverdue(), "day after");
    }

    @Test
    void aLaterConclusionOfAnyKindResetsTheClock() {
        var validations = List.of(initial(at(2016, 1, 1), true), periodic(at(2016, 12, 1), true));
        assertEquals(Optional.of(LocalDate.of(2017, 12, 1)), assess(List.of(), validations, at(2017, 1, 1)).nextValidationDue());
    }

    @Test
    void initialConcludedAtNeedsASuitableInitialValidation() {
        assertEquals(Optional.empty(), assess(List.of(), List.of(initial(at(2016, 1, 1), false)), at(2016, 2, 1)).initialConcludedAt());
        assertEquals(ValidationKind.INITIAL, assess(List.of(), List.of(initial(at(2016, 1, 1), false)), at(2016, 2, 1)).nextKind());
        var ok = assess(List.of(), List.of(initial(at(2016, 1, 1), true)), at(2016, 2, 1));
        assertEquals(Optional.of(at(2016, 1, 1)), ok.initialConcludedAt());
        assertEquals(ValidationKind.PERIODIC, ok.nextKind());
    }

    @Test
    void aLaterNotSuitableWithdrawsTheInitialUntilANewInitialFindsItSuitable() {
        var withdrawn = List.of(initial(at(2016, 1, 1), true), periodic(at(2016, 12, 1), false));
        assertEquals(Optional.empty(), assess(List.of(), withdrawn, at(2017, 1, 1)).initialConcludedAt());
        assertEquals(ValidationKind.INITIAL, assess(List.of(), withdrawn, at(2017, 1, 1)).nextKind());
        var restored = List.of(initial(at(2016, 1, 1), true), periodic(at(2016, 12, 1), false), initial(at(2017, 2, 1), true));
        assertEquals(Optional.of(at(2017, 2, 1)), assess(List.of(), restored, at(2017, 3, 1)).initialConcludedAt());
    }

    @Test
    void aConclusionAfterNowIsNotYetOnRecord() {
        var a = assess(List.of(), List.of(initial(at(2017, 1, 1), true)), at(2016, 6, 1));
        assertEquals(Optional.empty(), a.initialConcludedAt());
    }

    @Test
    void enhancedReviewFallsDueFiveYearsIntoContinuousUseTheDayBeforeOfAndAfter() {
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var before = assess(List.of(), validations, noon(ENHANCED_THRESHOLD.minusDays(1)));
        var on = assess(List.of(), validations, at(2020, 1, 10));
        var after = assess(List.of(), validations, at(2020, 1, 11));
        assertEquals(Optional.of(ENHANCED_THRESHOLD), before.enhancedReviewDueOn());
        assertFalse(before.enhancedReviewOutstanding(), "day before");
        assertEquals(ValidationKind.PERIODIC, before.nextKind());
        assertTrue(on.enhancedReviewOutstanding(), "day of");
        assertEquals(ValidationKind.ENHANCED, on.nextKind());
        assertTrue(after.enhancedReviewOutstanding(), "day after");
    }

    @Test
    void anEnhancedReviewOnOrAfterTheThresholdSatisfiesIt() {
        var validations = List.of(initial(at(2015, 2, 1), true), new Concluded(ValidationKind.ENHANCED, true, at(2020, 1, 10)));
        var a = assess(List.of(), validations, at(2020, 2, 1));
        assertFalse(a.enhancedReviewOutstanding());
        assertEquals(ValidationKind.ENHANCED, a.nextKind(), "past the threshold, every validation is enhanced");
        assertEquals(Optional.of(LocalDate.of(2021, 1, 10)), a.nextValidationDue());
    }

    @Test
    void aShortDeactivationDoesNotResetTheEnhancedReviewThreshold() {
        var history = List.of(active(REGISTERED), off(at(2019, 3, 1)), active(at(2020, 2, 28)));
        var a = assess(history, List.of(initial(at(2015, 2, 1), true)), at(2020, 3, 1));
        assertEquals(Optional.of(REGISTERED), a.continuousUseSince());
        assertTrue(a.enhancedReviewOutstanding());
    }

    @Test
    void aDeactivationOfTheFullGapResetsIt() {
        var history = List.of(active(REGISTERED), off(at(2019, 3, 1)), active(at(2020, 3, 1)));
        var a = assess(history, List.of(initial(at(2015, 2, 1), true)), at(2020, 4, 1));
        assertEquals(Optional.of(at(2020, 3, 1)), a.continuousUseSince());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), a.enhancedReviewDueOn());
        assertFalse(a.enhancedReviewOutstanding());
    }

    // --- tenure gaming: window of 90 days before the enhanced threshold 2020-01-10 starts on 2019-10-12

    @Test
    void aDeactivationNinetyDaysBeforeTheEnhancedThresholdFollowedByAReactivationIsFlagged() {
        LocalDate windowStart = ENHANCED_THRESHOLD.minusDays(90);
        assertEquals(LocalDate.of(2019, 10, 12), windowStart);
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var history = List.of(active(REGISTERED), off(noon(windowStart)), active(at(2020, 2, 1)));
        List<TenureFlag> flags = assess(history, validations, at(2020, 3, 1)).tenureFlags();
        assertEquals(List.of(new TenureFlag(windowStart, LocalDate.of(2020, 2, 1), VettingRules.ENHANCED_REVIEW, ENHANCED_THRESHOLD)), flags);
    }

    @Test
    void aDeactivationNinetyOneDaysBeforeIsNotFlagged() {
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var history = List.of(active(REGISTERED), off(noon(ENHANCED_THRESHOLD.minusDays(91))), active(at(2020, 2, 1)));
        assertEquals(List.of(), assess(history, validations, at(2020, 3, 1)).tenureFlags());
    }

    @Test
    void aDeactivationInTheWindowWithNoReactivationIsNotFlaggedYet() {
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var history = List.of(active(REGISTERED), off(at(2019, 12, 1)));
        assertEquals(List.of(), assess(history, validations, at(2020, 3, 1)).tenureFlags());
        var reactivatedLater = List.of(active(REGISTERED), off(at(2019, 12, 1)), active(at(2020, 4, 1)));
        assertEquals(List.of(), assess(reactivatedLater, validations, at(2020, 3, 31)).tenureFlags(), "the day before the reactivation");
        assertEquals(1, assess(reactivatedLater, validations, at(2020, 4, 1)).tenureFlags().size(), "the day of it");
    }

    @Test
    void aLongDeactivationThatResetsContinuousUseIsStillFlagged() {
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var history = List.of(active(REGISTERED), off(at(2019, 12, 1)), active(at(2021, 1, 5)));
        var a = assess(history, validations, at(2021, 2, 1));
        assertEquals(Optional.of(at(2021, 1, 5)), a.continuousUseSince(), "the gaming worked on the clock...");
        assertFalse(a.enhancedReviewOutstanding());
        assertEquals(VettingRules.ENHANCED_REVIEW, a.tenureFlags().get(0).threshold(), "...so it is flagged");
    }

    @Test
    void aDeactivationWhileTheEnhancedReviewIsOverdueIsFlagged() {
        var validations = List.of(initial(at(2015, 2, 1), true), periodic(at(2019, 6, 1), true));
        var history = List.of(active(REGISTERED), off(at(2020, 5, 1)), active(at(2020, 7, 1)));
        assertEquals(1, assess(history, validations, at(2020, 8, 1)).tenureFlags().size());
    }

    @Test
    void aDeactivationAfterTheEnhancedReviewWasDoneIsNotFlagged() {
        var validations = List.of(initial(at(2015, 2, 1), true), new Concluded(ValidationKind.ENHANCED, true, at(2020, 1, 15)));
        var history = List.of(active(REGISTERED), off(at(2020, 3, 1)), active(at(2020, 4, 1)));
        assertEquals(List.of(), assess(history, validations, at(2020, 5, 1)).tenureFlags());
    }

    @Test
    void aDeactivationJustBeforeAPeriodicValidationFallsDueIsFlagged() {
        var validations = List.of(initial(at(2017, 5, 1), true));
        LocalDate due = LocalDate.of(2018, 5, 1);
        var inWindow = List.of(active(REGISTERED), off(noon(due.minusDays(90))), active(at(2018, 6, 1)));
        assertEquals(List.of(new TenureFlag(due.minusDays(90), LocalDate.of(2018, 6, 1), VettingRules.PERIODIC_VALIDATION, due)),
                assess(inWindow, validations, at(2018, 7, 1)).tenureFlags());
        var outside = List.of(active(REGISTERED), off(noon(due.minusDays(91))), active(at(2018, 6, 1)));
        assertEquals(List.of(), assess(outside, validations, at(2018, 7, 1)).tenureFlags());
    }

    @Test
    void aDeactivationBeforeAnyValidationAndFarFromTheEnhancedThresholdIsNotFlagged() {
        var history = List.of(active(REGISTERED), off(at(2016, 3, 1)), active(at(2016, 4, 1)));
        assertEquals(List.of(), assess(history, List.of(), at(2016, 5, 1)).tenureFlags());
    }

    @Test
    void theUkProfileReadsItsOwnFigures() {
        var uk = new VettingRules.Figures(RuleProfiles.UK.validationInterval(), RuleProfiles.UK.enhancedReviewAfter(),
                RuleProfiles.UK.continuousUseGap(), Period.ofDays(90));
        var a = VettingRules.assess(REGISTERED, List.of(), List.of(initial(at(2016, 1, 1), true)), uk, at(2016, 2, 1));
        assertEquals(Optional.of(LocalDate.of(2016, 1, 1).plus(RuleProfiles.UK.validationInterval())), a.nextValidationDue());
        assertEquals(SourceStatus.ACTIVE, SourceStatus.valueOf("ACTIVE"));
    }
}
