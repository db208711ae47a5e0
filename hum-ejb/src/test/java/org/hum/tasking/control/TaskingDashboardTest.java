package org.hum.tasking.control;

import org.hum.api.authorisation.AuthorisedActivity;
import org.hum.api.tasking.Priority;
import org.hum.authorisation.control.AuthorisedActivities;
import org.hum.tasking.entity.Tasking;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.hum.api.authorisation.AuthorisedActivity.CONTROLLED_PURCHASE;
import static org.hum.api.authorisation.AuthorisedActivity.CROSS_BORDER_TRAVEL;
import static org.hum.api.authorisation.AuthorisedActivity.REPORT_OBSERVED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The check each line of the compliance list of taskings outside an authorisation passes after
 * SQL found it ({@code TaskingDashboard.why}): the rule's cases, and nothing open past its day or
 * not open. ComplianceDashboardIT holds the SQL to the same cases.
 */
class TaskingDashboardTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    private static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");

    @Test
    void aLineIsShownExactlyWhenTheRuleSaysTheTaskingIsOutsideAndSaysWhy() {
        Optional<AuthorisedActivities.Cover> named = cover(EnumSet.of(CROSS_BORDER_TRAVEL));
        assertEquals(Optional.empty(), TaskingDashboard.why(issued(EnumSet.of(REPORT_OBSERVED), "a-1", TODAY), TODAY, named));
        assertEquals(Optional.empty(), TaskingDashboard.why(issued(EnumSet.of(REPORT_OBSERVED, CROSS_BORDER_TRAVEL), "a-1", TODAY),
                TODAY, named), "covered by an activity the authorisation names");
        assertEquals(Optional.of("asks for [CONTROLLED_PURCHASE] beyond the authorisation"), TaskingDashboard.why(
                issued(EnumSet.of(REPORT_OBSERVED, CONTROLLED_PURCHASE), "a-1", TODAY), TODAY, named));
        assertEquals(Optional.of("issued when no authorisation was in force"),
                TaskingDashboard.why(issued(EnumSet.of(REPORT_OBSERVED), null, TODAY), TODAY, named));
        assertEquals(Optional.of("no authorisation in force"),
                TaskingDashboard.why(issued(EnumSet.of(REPORT_OBSERVED), "a-1", TODAY), TODAY, Optional.empty()));
    }

    @Test
    void aTaskingPastItsDayOrNotOpenIsNotALine() {
        assertEquals(Optional.empty(), TaskingDashboard.why(issued(EnumSet.of(REPORT_OBSERVED), "a-1", TODAY.minusDays(1)), TODAY,
                Optional.empty()), "expires: the overdue list's");
        Tasking draft = new Tasking("t-2", "s-1", "T-2027-000002", "r-1", Priority.HIGH, TODAY, EnumSet.of(REPORT_OBSERVED), 1, NOW, "u-1");
        assertEquals(Optional.empty(), TaskingDashboard.why(draft, TODAY, Optional.empty()), "a draft");
    }

    private static Tasking issued(Set<AuthorisedActivity> activities, String authorisationId, LocalDate due) {
        Tasking t = new Tasking("t-1", "s-1", "T-2027-000001", "r-1", Priority.HIGH, due, activities, 1, NOW, "u-1");
        t.issued(NOW, "u-1", authorisationId);
        return t;
    }

    private static Optional<AuthorisedActivities.Cover> cover(Set<AuthorisedActivity> named) {
        return Optional.of(new AuthorisedActivities.Cover("a-1", NOW.plusSeconds(86400), AuthorisedActivity.withBase(named)));
    }
}
