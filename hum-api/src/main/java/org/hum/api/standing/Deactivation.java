package org.hum.api.standing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/sources/{id}/deactivation}: deactivate a source at once. The reasons are
 * stored encrypted under the file's key.
 *
 * @param reason      why (required)
 * @param forCause    closed for cause: reopening it, and any contact with it, then needs senior approval
 * @param sourceTold  whether the source has been told
 * @param delayReason why the source has not been told yet: required when {@code sourceTold} is false
 */
public record Deactivation(
        @NotBlank(message = "is required: why the source is deactivated")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String reason,

        @NotNull(message = "is required: true if the source is closed for cause, false otherwise")
        Boolean forCause,

        @NotNull(message = "is required: true if the source has been told, false otherwise (then give delayReason)")
        Boolean sourceTold,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String delayReason) {

    @Override
    public String toString() {
        return "Deactivation[forCause=" + forCause + ", sourceTold=" + sourceTold + "]";
    }
}
