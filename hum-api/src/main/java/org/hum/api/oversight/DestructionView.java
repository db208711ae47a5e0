package org.hum.api.oversight;

import org.hum.api.keys.Destruction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A destruction request as its deciders see it (docs/api.md, "Oversight"). {@code codeName} is
 * null once the file is destroyed. {@code retentionEndsOn} is the first day the file may be
 * destroyed without an override (null while the source is still active: its period has not begun);
 * {@code periodRunning} says whether that day is still to come. {@code decisionReason} is the
 * refusal's reason or the senior approver's override reason. {@code destruction} is what the
 * approval erased (only in the answer to the approval).
 */
public record DestructionView(String id, String sourceId, String codeName, String status, String reason,
                              String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                              String decisionReason, LocalDate retentionEndsOn, boolean periodRunning,
                              boolean overridden, Destruction destruction) {
}
