package org.hum.api.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refusal or a cancellation, with its reason (stored encrypted). */
public record ReasonRequest(
        @NotBlank(message = "is required: say why")
        @Size(max = 4000, message = "must be at most 4000 characters")
        String reason) {

    @Override
    public String toString() {
        return "ReasonRequest[***]";
    }
}
