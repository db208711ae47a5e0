package org.hum.vetting.control;

import org.hum.api.vetting.ValidationKind;
import org.hum.rules.control.Deadline;
import org.hum.source.entity.Source;
import org.hum.vetting.control.VettingRules.Concluded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hum.vetting.control.ContinuousUseTest.active;
import static org.hum.vetting.control.ContinuousUseTest.at;
import static org.hum.vetting.control.ContinuousUseTest.off;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VettingDeadlinesTest {
    static final Source SOURCE = new Source("s-1", "HUM-TEST0001", "KESTREL", "COPPER", 1, "k", 1,
            VettingRulesTest.REGISTERED, "u-1");

    static List<Deadline> deadlines(List<org.hum.rules.control.SourceStanding.StatusChange> history, List<Concluded> v,
                                    LocalDate today) {
        var a = VettingRules.assess(SOURCE.registeredAt(), history, v, VettingRulesTest.US, today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        return VettingDeadlines.of(SOURCE, a, today);
    }

    static List<String> kinds(List<Deadline> d) {
        return d.stream().map(Deadline::kind).toList();
    }

    @Test
    void periodicValidationAndTheComingEnhancedReviewAreDeadlines() {
        var d = deadlines(List.of(), List.of(VettingRulesTest.initial(at(2016, 1, 1), true)), LocalDate.of(2016, 6, 1));
        assertEquals(List.of(VettingDeadlines.VALIDATION_DUE, VettingDeadlines.ENHANCED_REVIEW_DUE), kinds(d));
        assertEquals(LocalDate.of(2017, 1, 1), d.get(0).dueOn());
        assertEquals(LocalDate.of(2020, 1, 10), d.get(1).dueOn());
        assertEquals(SOURCE.label(), d.get(0).label(), "each line carries its source's label");
        assertFalse(d.get(0).summary().contains("s-1"), "the summary names the code name, not ids or identities");
        assertTrue(d.get(0).summary().startsWith("KESTREL"));
    }

    @Test
    void theDayAfterTheDueDayTheValidationIsOverdue() {
        var d = deadlines(List.of(), List.of(VettingRulesTest.initial(at(2016, 1, 1), true)), LocalDate.of(2017, 1, 2));
        assertTrue(d.get(0).overdueOn(LocalDate.of(2017, 1, 2)));
        assertFalse(d.get(0).overdueOn(LocalDate.of(2017, 1, 1)));
    }

    @Test
    void aDoneEnhancedReviewLeavesTheList() {
        var v = List.of(VettingRulesTest.initial(at(2015, 2, 1), true), new Concluded(ValidationKind.ENHANCED, true, at(2020, 1, 12)));
        assertEquals(List.of(VettingDeadlines.VALIDATION_DUE), kinds(deadlines(List.of(), v, LocalDate.of(2020, 2, 1))));
        var outstanding = List.of(VettingRulesTest.initial(at(2015, 2, 1), true));
        assertTrue(kinds(deadlines(List.of(), outstanding, LocalDate.of(2020, 2, 1))).contains(VettingDeadlines.ENHANCED_REVIEW_DUE));
    }

    @Test
    void aTenureGamingFlagIsDueOnTheDayOfTheReactivation() {
        var v = List.of(VettingRulesTest.initial(at(2015, 2, 1), true), VettingRulesTest.periodic(at(2019, 6, 1), true));
        var history = List.of(active(SOURCE.registeredAt()), off(at(2019, 12, 1)), active(at(2020, 2, 1)));
        var flags = deadlines(history, v, LocalDate.of(2020, 3, 1)).stream()
                .filter(x -> x.kind().equals(VettingDeadlines.TENURE_GAMING)).toList();
        assertEquals(1, flags.size());
        assertEquals(LocalDate.of(2020, 2, 1), flags.get(0).dueOn());
        assertTrue(flags.get(0).summary().contains("enhanced review"), flags.get(0).summary());
    }

    @Test
    void aSourceAtRestIsNotValidatedButItsTenureFlagsStay() {
        var v = List.of(VettingRulesTest.initial(at(2015, 2, 1), true), VettingRulesTest.periodic(at(2019, 6, 1), true));
        var history = List.of(active(SOURCE.registeredAt()), off(at(2019, 12, 1)), active(at(2020, 2, 1)));
        LocalDate today = LocalDate.of(2020, 3, 1);
        var a = VettingRules.assess(SOURCE.registeredAt(), history, v, VettingRulesTest.US,
                today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertTrue(kinds(VettingDeadlines.of(SOURCE, a, today, true)).contains(VettingDeadlines.VALIDATION_DUE));
        assertEquals(List.of(VettingDeadlines.TENURE_GAMING), kinds(VettingDeadlines.of(SOURCE, a, today, false)));
    }
}
