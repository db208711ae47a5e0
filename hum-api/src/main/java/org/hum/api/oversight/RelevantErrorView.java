package org.hum.api.oversight;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A relevant error in the register. {@code reportDueOn} is computed, never typed: the rule
 * profile's {@code errorReportingWorkingDays} after {@code foundOn}, counting working days only
 * (no weekends, no public holiday of the installation). {@code overdue}: not reported and past it.
 *
 * @param status OPEN (to be reported), REPORTED (to be closed) or CLOSED
 */
public record RelevantErrorView(
        String id,
        String sourceId,
        String codeName,
        ErrorKind kind,
        LocalDate foundOn,
        String foundBy,
        Instant recordedAt,
        String description,
        LocalDate reportDueOn,
        int workingDays,
        String status,
        boolean overdue,
        LocalDate reportedOn,
        String reportedBy,
        String reportReference,
        Instant closedAt,
        String closedBy,
        String closingNote) {

    @Override
    public String toString() {
        return "RelevantErrorView[id=" + id + ", kind=" + kind + ", status=" + status + "]";
    }
}
