package org.hum.api.standing;

import org.hum.api.source.SourceStatus;

import java.time.Instant;

/**
 * One change of a source's status, oldest first; the first is its registration (ACTIVE).
 *
 * @param by          username of who made the change (the approver, for a reactivation after cause)
 * @param requestedBy for a reactivation after cause, who requested it; null otherwise
 * @param sourceTold  for a deactivation, whether the source was told; null otherwise
 * @param reason      the recorded reason; null for the registration
 * @param delayReason why the source was not told; null when told
 */
public record StatusChangeView(SourceStatus status, Instant at, String by, boolean forCause, Boolean sourceTold,
                               String reason, String delayReason, String requestedBy) {
    @Override
    public String toString() {
        return "StatusChangeView[" + status + " at " + at + "]";
    }
}
