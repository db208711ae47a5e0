package org.hum.api.deconfliction;

import java.time.Instant;

/**
 * One of the caller's own checks ({@code GET /api/deconfliction/checks/{id}}): {@code status}
 * {@code AWAITING_CONTROLLER} until a controller releases an outcome, then {@code RELEASED} with
 * the {@code outcome} ({@code CLEAR} or {@code SPEAK_TO_CONTROLLER}) and the controller's note.
 * Nothing here says whether anything matched, beyond what the controller released.
 */
public record CheckView(String checkId, Instant checkedAt, String purpose, String prospectId, String status,
                        String outcome, String note, Instant releasedAt) {
    public static final String AWAITING = "AWAITING_CONTROLLER";
    public static final String RELEASED = "RELEASED";
}
