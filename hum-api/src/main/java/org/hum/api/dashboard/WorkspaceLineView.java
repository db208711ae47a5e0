package org.hum.api.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the compliance workspace.
 *
 * @param key     names the line (kind, object, day) for marking it; holds no content
 * @param group   REVIEWS, RENEWALS, VALIDATIONS, STATUS_DRIFT, TENURE_GAMING, ERRORS, or a dashboard section's key
 *                (PAYMENTS_TO_INACTIVE_SOURCES, CONTACTS_WITHOUT_REPORT, TASKINGS_OUTSIDE_AUTHORISATION)
 * @param urgency OVERDUE, DUE_TODAY or DUE_SOON for a deadline; null for a finding
 * @param link    the page the line is dealt with on, relative to the application root
 * @param marks   every mark that a reviewer saw it, oldest first
 */
public record WorkspaceLineView(String key, String group, String kind, String objectType, String objectId,
                                String sourceId, String summary, LocalDate on, String urgency, String link,
                                List<WorkspaceMarkView> marks) {
}
