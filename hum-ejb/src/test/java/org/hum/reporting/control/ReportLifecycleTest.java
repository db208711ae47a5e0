package org.hum.reporting.control;

import org.hum.api.error.RuleViolation;
import org.hum.api.reporting.PartnerKind;
import org.hum.api.reporting.ReportRules;
import org.hum.api.reporting.ReportStatus;
import org.hum.api.reporting.Tlp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportLifecycleTest {

    private static void refused(String rule, Runnable step) {
        assertEquals(rule, assertThrows(RuleViolation.class, step::run).rule());
    }

    @Test
    void draftsAreSubmittedThenApprovedByAnotherPerson() {
        assertEquals(ReportStatus.SUBMITTED, ReportLifecycle.submit(ReportStatus.DRAFT));
        assertEquals(ReportStatus.RELEASED, ReportLifecycle.approve(ReportStatus.SUBMITTED, "a", "b"));
    }

    @Test
    void theAuthorNeverApprovesWhateverTheStatus() {
        for (ReportStatus s : ReportStatus.values()) {
            refused(ReportRules.INDEPENDENT_APPROVER, () -> ReportLifecycle.approve(s, "a", "a"));
        }
    }

    @Test
    void illegalStepsAreRefusedByState() {
        for (ReportStatus s : List.of(ReportStatus.SUBMITTED, ReportStatus.RELEASED, ReportStatus.WITHDRAWN, ReportStatus.SUPERSEDED)) {
            refused(ReportRules.STATE, () -> ReportLifecycle.submit(s));
        }
        for (ReportStatus s : List.of(ReportStatus.DRAFT, ReportStatus.RELEASED, ReportStatus.WITHDRAWN, ReportStatus.SUPERSEDED)) {
            refused(ReportRules.STATE, () -> ReportLifecycle.approve(s, "a", "b"));
        }
        refused(ReportRules.STATE, () -> ReportLifecycle.withdraw(ReportStatus.WITHDRAWN));
        refused(ReportRules.STATE, () -> ReportLifecycle.edit(ReportStatus.SUPERSEDED));
    }

    @Test
    void editingAfterReleaseMakesANewVersion() {
        assertEquals(ReportLifecycle.Edit.IN_PLACE, ReportLifecycle.edit(ReportStatus.DRAFT));
        assertEquals(ReportLifecycle.Edit.IN_PLACE, ReportLifecycle.edit(ReportStatus.SUBMITTED));
        assertEquals(ReportLifecycle.Edit.NEW_VERSION, ReportLifecycle.edit(ReportStatus.RELEASED));
        assertEquals(ReportStatus.WITHDRAWN, ReportLifecycle.withdraw(ReportStatus.RELEASED));
    }

    @Test
    void withdrawingClosesEveryOpenVersionAndNoClosedOne() {
        for (ReportStatus s : ReportStatus.values()) {
            boolean open = s == ReportStatus.DRAFT || s == ReportStatus.SUBMITTED || s == ReportStatus.RELEASED;
            assertEquals(open, ReportLifecycle.closedByWithdrawal(s), s.name());
            if (open) {
                assertEquals(ReportStatus.WITHDRAWN, ReportLifecycle.withdraw(s));
            } else {
                refused(ReportRules.STATE, () -> ReportLifecycle.withdraw(s));
            }
        }
    }

    @Test
    void aRegradeIsAnotherTlpOrAnotherReleasability() {
        Set<String> fedState = Set.of("FEDERAL", "STATE");
        assertNull(ReportLifecycle.regrade("AMBER", fedState, "AMBER", Set.of("STATE", "FEDERAL")));
        assertEquals("regraded to TLP:GREEN", ReportLifecycle.regrade("AMBER", fedState, "GREEN", fedState));
        assertEquals("releasability changed", ReportLifecycle.regrade("AMBER", fedState, "AMBER", Set.of("FEDERAL")));
        assertEquals("releasability changed", ReportLifecycle.regrade("RED", Set.of("Arizona fusion centre"), "RED",
                Set.of("Arizona fusion centre", "Sonora liaison")));
    }

    @Test
    void redNamesItsRecipientsOnly() {
        refused(ReportRules.RECIPIENTS, () -> ReportLifecycle.checkRecipients(Tlp.RED, List.of(PartnerKind.FEDERAL), List.of()));
        refused(ReportRules.RECIPIENTS, () -> ReportLifecycle.checkRecipients(Tlp.RED, List.of(PartnerKind.FEDERAL), List.of("HSI")));
        refused(ReportRules.RECIPIENTS, () -> ReportLifecycle.checkRecipients(Tlp.GREEN, List.of(), List.of()));
        ReportLifecycle.checkRecipients(Tlp.RED, List.of(), List.of("HSI El Paso"));
        ReportLifecycle.checkRecipients(Tlp.AMBER_STRICT, List.of(PartnerKind.TRIBAL), null);
    }

    @Test
    void tlpWireWords() {
        assertEquals("AMBER+STRICT", Tlp.AMBER_STRICT.wire());
        assertEquals(Tlp.AMBER_STRICT, Tlp.fromWire("AMBER+STRICT").orElseThrow());
        assertEquals("TLP:RED", Tlp.RED.marking());
    }

    @Test
    void datesToThePrecision() {
        LocalDate d = LocalDate.of(2026, 11, 3);
        assertEquals("2026-W45", DatePrecision.WEEK.cut(d));
        assertEquals("2026-11", DatePrecision.MONTH.cut(d));
        assertEquals("2026-11-03", DatePrecision.DAY.cut(d));
        assertEquals("2026-W53", DatePrecision.WEEK.cut(LocalDate.of(2027, 1, 1)));
        assertEquals(DatePrecision.WEEK, DatePrecision.DEFAULT);
    }
}
