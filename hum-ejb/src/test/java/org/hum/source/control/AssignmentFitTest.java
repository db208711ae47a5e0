package org.hum.source.control;

import org.hum.api.Role;
import org.hum.api.source.AssignmentRole;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Which user roles fit an assignment (docs/domain.md, "Two-person control"). */
class AssignmentFitTest {
    @Test
    void handlersAreCaseOfficersControllersControllersAndRecordsOfficersSupervisors() {
        assertEquals(Set.of(Role.CASE_OFFICER_NAME), SourceRecords.fittingRoles(AssignmentRole.HANDLER));
        assertEquals(Set.of(Role.CASE_OFFICER_NAME), SourceRecords.fittingRoles(AssignmentRole.CO_HANDLER));
        assertEquals(Set.of(Role.CONTROLLER_NAME), SourceRecords.fittingRoles(AssignmentRole.CONTROLLER));
        assertEquals(Set.of(Role.CONTROLLER_NAME, Role.AUTHORISING_OFFICER_NAME),
                SourceRecords.fittingRoles(AssignmentRole.RECORDS_OFFICER));
    }

    @Test
    void noAssignmentFitsAReviewerAReportsOfficerAnAdministratorOrAPartner() {
        for (AssignmentRole a : AssignmentRole.values()) {
            for (String r : new String[] {Role.COMPLIANCE_REVIEWER_NAME, Role.REPORTS_OFFICER_NAME, Role.ADMIN_NAME,
                    Role.PARTNER_NAME}) {
                assertFalse(SourceRecords.fittingRoles(a).contains(r), a + " fits " + r);
            }
        }
    }
}
