package org.hum.api.tasking;

import org.hum.api.authorisation.AuthorisedActivity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A tasking as the caller may see it.
 *
 * @param requirementTitle        null when the caller is not cleared for the requirement's compartment
 * @param status                  as of the rule clock: an open tasking past its due day reads EXPIRED
 * @param authorisationId         the authorisation in force when it was issued; null if none was (or not issued yet)
 * @param withinAuthorisation     an authorisation is in force now and covers every activity of the tasking
 * @param actions                 what the caller may do next: issue, acknowledgement, start, fulfilment, cancellation
 * @param port                    the code of the port of entry it is about, or null
 */
public record TaskingView(String id, String reference, String sourceId, String codeName, String requirementId,
                          String requirementReference, String requirementTitle, Priority priority, LocalDate dueOn,
                          Set<AuthorisedActivity> activities, String limits, String riskAssessment,
                          TaskingStatus status, String cancellationReason, Instant createdAt, String createdBy,
                          Instant issuedAt, String issuedBy, String authorisationId, Instant acknowledgedAt,
                          Instant startedAt, Instant endedAt, String endedBy, boolean withinAuthorisation,
                          List<String> actions, String port) {

    @Override
    public String toString() {
        return "TaskingView[id=" + id + ", reference=" + reference + ", status=" + status + ", ***]";
    }
}
