package org.hum.api.standing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a reactivation, of its approval and of a senior approval of contact:
 * the recorded reason (stored encrypted under the file's key).
 */
public record StandingReason(
        @NotBlank(message = "is required: the reason to record")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String reason) {

    @Override
    public String toString() {
        return "StandingReason[***]";
    }
}
