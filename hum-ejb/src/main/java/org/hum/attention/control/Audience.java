package org.hum.attention.control;

import org.hum.access.control.Viewer;
import org.hum.api.Role;

import java.util.EnumSet;
import java.util.Set;

/** Whose dashboard a section belongs to. */
public enum Audience {
    /** Case officers: the sources they handle (due contacts, open taskings, drafts). */
    HANDLER,
    /** Controllers and authorising officers: pending approvals, welfare alerts, overdue taskings. */
    SUPERVISION,
    /** Compliance reviewers: payments to sources not active, contacts without a report, taskings outside an authorisation. */
    COMPLIANCE;

    public static Set<Audience> of(Viewer viewer) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        if (viewer.hasRole(Role.CASE_OFFICER_NAME)) {
            audiences.add(HANDLER);
        }
        if (viewer.hasRole(Role.CONTROLLER_NAME) || viewer.hasRole(Role.AUTHORISING_OFFICER_NAME)) {
            audiences.add(SUPERVISION);
        }
        if (viewer.hasRole(Role.COMPLIANCE_REVIEWER_NAME)) {
            audiences.add(COMPLIANCE);
        }
        return audiences;
    }
}
