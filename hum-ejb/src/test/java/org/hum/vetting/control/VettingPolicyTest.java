package org.hum.vetting.control;

import org.hum.api.rules.GuardedAction;
import org.hum.api.source.SourceStatus;
import org.hum.rules.control.AuthorisationStanding.AuthorisationFacts;
import org.hum.rules.control.Circumstances;
import org.hum.rules.control.LifecycleRules;
import org.hum.rules.control.PolicyFacts;
import org.hum.rules.control.Refusal;
import org.hum.rules.control.RuleProfiles;
import org.hum.rules.control.SourceCategories.CategoryFacts;
import org.hum.rules.control.SourceStanding.Standing;
import org.hum.rules.control.ValidationStanding.ValidationFacts;
import org.hum.vetting.control.VettingRules.Concluded;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.hum.vetting.control.ContinuousUseTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the validation clock tells the lifecycle policy: its hard stops, the day before, of and after. */
class VettingPolicyTest {
    static List<String> refusedRules(List<Concluded> validations, Instant now) {
        var a = VettingRules.assess(VettingRulesTest.REGISTERED, List.of(), validations, VettingRulesTest.US, now);
        PolicyFacts facts = new PolicyFacts(new Standing(SourceStatus.ACTIVE, VettingRulesTest.REGISTERED, false),
                new ValidationFacts(a.initialConcludedAt(), a.nextValidationDue(), a.enhancedReviewOutstanding()),
                new AuthorisationFacts(Optional.of(now.plusSeconds(86_400 * 30L)), Optional.of(now.plusSeconds(86_400 * 30L))),
                new CategoryFacts(Set.of(), OptionalInt.empty()));
        return LifecycleRules.evaluate(GuardedAction.TASK, facts, RuleProfiles.US_FEDERAL, now, Circumstances.NONE)
                .stream().map(Refusal::rule).toList();
    }

    @Test
    void noSuitableInitialValidationIsAHardStop() {
        assertEquals(List.of("validation.initial"), refusedRules(List.of(), at(2016, 1, 1)));
        assertEquals(List.of("validation.initial"),
                refusedRules(List.of(VettingRulesTest.initial(at(2015, 6, 1), false)), at(2016, 1, 1)));
    }

    @Test
    void theDayAfterThePeriodicValidationFellDueTheSourceMayNotBeTasked() {
        var validations = List.of(VettingRulesTest.initial(at(2016, 3, 10), true));
        LocalDate due = LocalDate.of(2017, 3, 10);
        assertEquals(List.of(), refusedRules(validations, VettingRulesTest.noon(due.minusDays(1))), "day before");
        assertEquals(List.of(), refusedRules(validations, VettingRulesTest.noon(due)), "day of");
        assertEquals(List.of("validation.periodic"), refusedRules(validations, VettingRulesTest.noon(due.plusDays(1))), "day after");
    }

    @Test
    void anOutstandingEnhancedReviewIsAHardStop() {
        var validations = List.of(VettingRulesTest.initial(at(2015, 2, 1), true), VettingRulesTest.periodic(at(2019, 6, 1), true));
        assertEquals(List.of(), refusedRules(validations, at(2020, 1, 9)));
        assertEquals(List.of("validation.enhanced"), refusedRules(validations, at(2020, 1, 10)));
    }
}
