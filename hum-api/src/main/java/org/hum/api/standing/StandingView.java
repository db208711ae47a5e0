package org.hum.api.standing;

import org.hum.api.source.SourceStatus;

import java.time.Instant;
import java.util.List;

/**
 * A source's standing ({@code GET /api/sources/{id}/standing}).
 *
 * @param status                 current status
 * @param since                  since when (rule clock)
 * @param seniorContactApproved  closed for cause, and a senior approval of contact is in force
 * @param contactApprovedUntil   when that approval ends; null when none is in force
 * @param pendingReactivation    a request to reopen a source closed for cause, awaiting senior approval; null when none
 * @param history                every change, oldest first, starting with the registration
 * @param may                    what the caller may do now (for screens; the server checks again)
 */
public record StandingView(String sourceId, SourceStatus status, Instant since, boolean seniorContactApproved,
                           Instant contactApprovedUntil, PendingReactivation pendingReactivation,
                           List<StatusChangeView> history, Permissions may) {

    /** A pending request to reopen a source closed for cause. */
    public record PendingReactivation(Instant requestedAt, String requestedBy, String reason) {
        @Override
        public String toString() {
            return "PendingReactivation[" + requestedAt + "]";
        }
    }

    /** What the caller may do to this source now. */
    public record Permissions(boolean deactivate, boolean reactivate, boolean approveReactivation,
                              boolean approveContact) {
    }
}
