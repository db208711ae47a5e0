package org.hum.api.deconfliction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A controller's release of what the officer who checked is told:
 * {@code POST /api/deconfliction/referrals/{id}/release}. {@code CLEAR}: go ahead;
 * {@code SPEAK_TO_CONTROLLER}: stop and speak to your controller first. The note is read by the
 * officer: a name of a person or file does not belong in it.
 */
public record ReferralRelease(
        @NotBlank(message = "is required: CLEAR or SPEAK_TO_CONTROLLER")
        @Pattern(regexp = "CLEAR|SPEAK_TO_CONTROLLER", message = "must be CLEAR or SPEAK_TO_CONTROLLER")
        String outcome,

        @Size(max = 500, message = "must be at most 500 characters")
        String note) {
}
